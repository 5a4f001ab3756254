import { spawnSync } from 'node:child_process'

import { buildNeeded } from './build-state.js'

/**
 * Runs before `npm start` loads Payload, React or Next: picks the mode, makes the local secret,
 * builds when needed and fixes NODE_ENV (React picks its build when first loaded).
 * - NODE_ENV=production: the existing build must be current; PAYLOAD_SECRET is required.
 * - otherwise, the quick start: build if missing or stale, then serve that production build
 *   with a generated local secret, migrating and seeding an empty database.
 * - `--dev`: Next dev mode (compiles on request, pushes the schema).
 */
const setEnv = (name: string, value: string) => {
  // NODE_ENV is typed read-only (Next's types); this process owns it before anything reads it.
  ;(process.env as Record<string, string>)[name] = value
}

const dev = process.argv.includes('--dev')
const production = process.env.NODE_ENV === 'production'

if (!production) {
  const { resolveSecret } = await import('../secret.js')
  process.env.PAYLOAD_SECRET ||= resolveSecret()
}
if (dev) {
  setEnv('NODE_ENV', 'development')
} else {
  const reason = buildNeeded()
  if (reason && production) {
    console.error(
      `dualpower-cms: ${reason}: run \`npm run build\` before starting with NODE_ENV=production`,
    )
    process.exit(1)
  }
  if (reason) {
    console.log(`Building the app (${reason}); the first build takes a minute or two…`)
    const started = Date.now()
    const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' })
    if (build.status !== 0) {
      console.error('dualpower-cms: `npm run build` failed; see its output above')
      process.exit(1)
    }
    console.log(`Built in ${((Date.now() - started) / 1000).toFixed(0)} s.`)
  }
  setEnv('NODE_ENV', 'production')
  if (!production) setEnv('DUALPOWER_QUICKSTART', 'true')
}
