import { parseArgs } from 'node:util'

import { runWithPayload } from './withPayload.js'

const USAGE = 'usage: npm run create-admin -- --email EMAIL --password PASSWORD [--name NAME]'

/** Checks the command line before anything boots: a typo is answered at once. */
function readArgs(argv: string[]): { email: string; name: string; password: string } | string {
  let values: { email?: string; name?: string; password?: string }
  try {
    values = parseArgs({
      args: argv,
      options: {
        email: { type: 'string' },
        name: { type: 'string' },
        password: { type: 'string' },
      },
    }).values
  } catch (error) {
    return (error as Error).message
  }
  const email = values.email?.trim().toLowerCase()
  if (!email || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
    return `--email must be an email address (got ${JSON.stringify(values.email ?? '')})`
  }
  if (!values.password || values.password.length < 8)
    return '--password must be at least 8 characters'
  return { email, name: values.name ?? '', password: values.password }
}

/**
 * npm run create-admin -- --email E --password P
 * Creates an admin, or, when the email already has an account, makes it an admin, sets the
 * new password (the way back in for an operator who lost it).
 */
const args = readArgs(process.argv.slice(2))
if (typeof args === 'string') {
  console.error(`${args}\n${USAGE}`)
  process.exit(2)
}

process.exit(
  await runWithPayload(async (payload) => {
    const existing = await payload.find({
      collection: 'users',
      where: { email: { equals: args.email } },
      limit: 1,
      overrideAccess: true,
    })
    const found = existing.docs[0]
    if (found) {
      const roles = Array.from(new Set([...(found.roles ?? []), 'admin' as const]))
      await payload.update({
        collection: 'users',
        id: found.id,
        data: { password: args.password, roles },
        overrideAccess: true,
      })
      console.log(`Updated ${args.email}: admin, new password set.`)
      return
    }
    await payload.create({
      collection: 'users',
      data: { email: args.email, name: args.name, password: args.password, roles: ['admin'] },
      overrideAccess: true,
    })
    console.log(`Created admin ${args.email}.`)
  }),
)
