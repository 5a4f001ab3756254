import type { Payload } from 'payload'

import { seedContentCall } from './contentCall.js'
import type { SeedCounts } from './counts.js'
import { seedGathering } from './gathering.js'
import { seedSite } from './site.js'
import { demoUsers, seedUsers } from './users.js'

export { formatSeedCounts, type SeedCounts } from './counts.js'

/**
 * Loads the demo content: the demo accounts and the Dual Power 2022 gathering from
 * ../shared/seeds. Idempotent: each step creates only what is missing, so a second run reports
 * everything unchanged and writes nothing.
 */
export async function seed(
  payload: Payload,
  env: NodeJS.ProcessEnv = process.env,
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
  await seedContentCall(payload, counts)
  await seedSite(payload, counts)
  return counts
}
