import type { Payload } from 'payload'

import { seedContentCall } from './contentCall.js'
import type { SeedCounts } from './counts.js'
import { seedGathering } from './gathering.js'
import { seedSite } from './site.js'
import { seedSeason } from './upcoming.js'
import { demoUsers, seedUsers } from './users.js'

export { formatSeedCounts, type SeedCounts } from './counts.js'

/**
 * Loads the demo content: the demo accounts, the Dual Power 2022 gathering from ../shared/seeds
 * (archived), and an upcoming season dated from `now`: the next gathering with its call open and
 * community events over the coming months. Idempotent: each step creates only what is missing, so a second run reports
 * everything unchanged and writes nothing.
 */
export async function seed(
  payload: Payload,
  env: NodeJS.ProcessEnv = process.env,
  now: Date = new Date(),
): Promise<SeedCounts> {
  if (
    env.NODE_ENV === 'production' &&
    !env.SEED_ADMIN_PASSWORD &&
    env.DUALPOWER_QUICKSTART !== 'true'
  ) {
    throw new Error(
      'Refusing to create demo accounts with the public demo password in production: set SEED_ADMIN_PASSWORD',
    )
  }
  const counts: SeedCounts = {}
  counts.users = await seedUsers(payload, demoUsers(env))
  await seedGathering(payload, counts)
  await seedSeason(payload, counts, now)
  await seedContentCall(payload, counts, now)
  await seedSite(payload, counts)
  return counts
}
