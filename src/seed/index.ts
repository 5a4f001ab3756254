import type { Payload } from 'payload'

import { seedContentCall } from './contentCall.js'
import { seedGathering } from './gathering.js'
import { demoUsers, seedUsers } from './users.js'

export type SeedCounts = Record<string, { created: number; unchanged: number }>

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
  return counts
}

export const formatSeedCounts = (counts: SeedCounts) =>
  Object.entries(counts)
    .map(([name, c]) => `${name}: ${c.created} created, ${c.unchanged} unchanged`)
    .join('; ')
