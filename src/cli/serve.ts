import { formatSeedCounts, seed } from '../seed/index.js'
import { DEMO_PASSWORD_DEFAULT } from '../seed/users.js'
import { exitOnSignals, startServer } from '../server.js'
import { exitOnStartupError } from './startupError.js'

/** npm start's server, loaded by start.ts after the preflight (see start-preflight.ts). */
const quickstart = process.env.DUALPOWER_QUICKSTART === 'true'
const dev = process.argv.includes('--dev')

try {
  const running = await startServer({
    dev,
    beforeListen: async (payload) => {
      if (!quickstart && !dev) return
      const { totalDocs } = await payload.count({ collection: 'users', overrideAccess: true })
      if (totalDocs > 0) return
      payload.logger.info(
        `Empty database: seeding demo content… ${formatSeedCounts(await seed(payload))}`,
      )
    },
  })
  exitOnSignals(running)
  const url = process.env.SERVER_URL || `http://localhost:${running.port}`
  const lines = [`Dual Power CMS is running: ${url}/admin`]
  if (quickstart || dev) {
    lines.push(
      `Demo login: ${process.env.SEED_ADMIN_EMAIL || 'admin@example.org'} / ${process.env.SEED_ADMIN_PASSWORD || DEMO_PASSWORD_DEFAULT}`,
      '(also organizer@, moderator@ and reviewer@example.org with the same password)',
    )
  }
  lines.push(`Site: ${url}/ (Spanish: ${url}/es)`)
  lines.push(`REST: ${url}/api   GraphQL: ${url}/api/graphql   Health: ${url}/healthz`)
  console.log('\n' + lines.join('\n') + '\n')
} catch (error) {
  exitOnStartupError(error)
}
