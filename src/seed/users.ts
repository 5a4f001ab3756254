import type { Payload } from 'payload'

import type { Role } from '../access/roles.js'

export type SeedUser = { email: string; name: string; password: string; roles: Role[] }

export const DEMO_PASSWORD_DEFAULT = 'dualpower-demo-2022'

/** The demo accounts, one per role, so each role can be tried from the login page. */
export function demoUsers(env: NodeJS.ProcessEnv = process.env): SeedUser[] {
  const password = env.SEED_ADMIN_PASSWORD || DEMO_PASSWORD_DEFAULT
  return [
    {
      email: env.SEED_ADMIN_EMAIL || 'admin@example.org',
      name: 'Demo admin',
      password,
      roles: ['admin'],
    },
    { email: 'organizer@example.org', name: 'Demo organizer', password, roles: ['organizer'] },
    { email: 'moderator@example.org', name: 'Demo moderator', password, roles: ['moderator'] },
    { email: 'reviewer@example.org', name: 'Demo reviewer', password, roles: ['reviewer'] },
  ]
}

/** Creates each missing user; an existing one (by email) is left exactly as it is. */
export async function seedUsers(payload: Payload, users: SeedUser[]) {
  let created = 0
  let unchanged = 0
  for (const user of users) {
    const existing = await payload.find({
      collection: 'users',
      where: { email: { equals: user.email } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    if (existing.docs.length > 0) {
      unchanged++
      continue
    }
    await payload.create({ collection: 'users', data: user, overrideAccess: true })
    created++
  }
  return { created, unchanged }
}
