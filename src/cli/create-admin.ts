import { parseArgs } from 'node:util'

import { UsageError, runWithPayload } from './withPayload.js'

const USAGE = 'usage: npm run create-admin -- --email EMAIL --password PASSWORD [--name NAME]'

/**
 * npm run create-admin -- --email E --password P
 * Creates an admin, or, when the email already has an account, makes it an admin and sets the
 * new password (the way back in for an operator who is locked out).
 */
process.exit(
  await runWithPayload(async (payload) => {
    let values: { email?: string; name?: string; password?: string }
    try {
      values = parseArgs({
        options: {
          email: { type: 'string' },
          name: { type: 'string' },
          password: { type: 'string' },
        },
      }).values
    } catch (error) {
      throw new UsageError(`${(error as Error).message}\n${USAGE}`)
    }
    const email = values.email?.trim().toLowerCase()
    if (!email || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
      throw new UsageError(
        `--email must be an email address (got ${JSON.stringify(values.email ?? '')})\n${USAGE}`,
      )
    }
    if (!values.password || values.password.length < 8) {
      throw new UsageError(`--password must be at least 8 characters\n${USAGE}`)
    }
    const existing = await payload.find({
      collection: 'users',
      where: { email: { equals: email } },
      limit: 1,
      overrideAccess: true,
    })
    const found = existing.docs[0]
    if (found) {
      const roles = Array.from(new Set([...(found.roles ?? []), 'admin' as const]))
      await payload.update({
        collection: 'users',
        id: found.id,
        data: { password: values.password, roles, loginAttempts: 0, lockUntil: null },
        overrideAccess: true,
      })
      console.log(`Updated ${email}: admin, new password set, unlocked.`)
      return
    }
    await payload.create({
      collection: 'users',
      data: { email, name: values.name ?? '', password: values.password, roles: ['admin'] },
      overrideAccess: true,
    })
    console.log(`Created admin ${email}.`)
  }),
)
