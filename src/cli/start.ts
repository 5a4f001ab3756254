import { spawnSync } from 'node:child_process'

import { exitOnSignals, exitOnStartupError, startServer } from '../server.js'
import { buildNeeded } from './build-state.js'

/**
 * npm start.
 * - NODE_ENV=production: serves the existing production build; Payload applies pending
 *   migrations before the port opens. PAYLOAD_SECRET is required.
 * - otherwise (the quick start): makes a local secret, builds when the build is missing or
 *   stale, migrates, seeds the demo content on an empty database and serves the same
 *   production build. `--dev` runs Next in dev mode instead (hot reload, schema push).
 */
// NODE_ENV is typed read-only (Next's types); this process owns it before anything reads it.
const setEnv = (name: string, value: string) => {
  ;(process.env as Record<string, string>)[name] = value
}
const dev = process.argv.includes('--dev')
const production = process.env.NODE_ENV === 'production'
const port = Number(process.env.PORT || 3000)

try {
  if (!production) {
    const { resolveSecret } = await import('../secret.js')
    process.env.PAYLOAD_SECRET ||= resolveSecret()
  }
  if (!dev) {
    const reason = buildNeeded()
    if (reason && production) {
      throw new Error(`${reason}: run \`npm run build\` before starting with NODE_ENV=production`)
    }
    if (reason) {
      console.log(`Building the app (${reason}); this takes a minute or two the first time…`)
      const started = Date.now()
      const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' })
      if (build.status !== 0) throw new Error('`npm run build` failed; see its output above')
      console.log(`Built in ${((Date.now() - started) / 1000).toFixed(0)} s.`)
    }
    // The quick start serves the production build; it needs production React and migrations.
    setEnv('NODE_ENV', 'production')
    if (!production) process.env.DUALPOWER_QUICKSTART = 'true'
  } else {
    setEnv('NODE_ENV', 'development')
  }

  const quickstart = !production
  const running = await startServer({
    dev,
    port,
    beforeListen: async (payload) => {
      if (!quickstart) return
      const { totalDocs } = await payload.count({ collection: 'users', overrideAccess: true })
      if (totalDocs > 0) return
      const { formatSeedCounts, seed } = await import('../seed/index.js')
      payload.logger.info(
        `Empty database: seeding demo content… ${formatSeedCounts(await seed(payload))}`,
      )
    },
  })
  exitOnSignals(running)
  const url = process.env.SERVER_URL || `http://localhost:${running.port}`
  const lines = [`Dual Power CMS is running: ${url}/admin`]
  if (quickstart) {
    const { DEMO_PASSWORD_DEFAULT } = await import('../seed/users.js')
    lines.push(
      `Demo login: ${process.env.SEED_ADMIN_EMAIL || 'admin@example.org'} / ${process.env.SEED_ADMIN_PASSWORD || DEMO_PASSWORD_DEFAULT}`,
      `(also organizer@, moderator@ and reviewer@example.org with the same password)`,
    )
  }
  lines.push(`REST: ${url}/api   GraphQL: ${url}/api/graphql   Health: ${url}/healthz`)
  console.log('\n' + lines.join('\n') + '\n')
} catch (error) {
  exitOnStartupError(error)
}
