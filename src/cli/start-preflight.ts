import { buildNeeded } from '../../scripts/build-state.mjs'

/**
 * Runs before the server loads Payload, React or Next: picks the mode, makes the local secret
 * and fixes NODE_ENV (React picks its build when first loaded). Compiled on its own into
 * dist/start-preflight.js, which dist/start.mjs imports first (scripts/build-server.mjs).
 * - NODE_ENV=production: PAYLOAD_SECRET is required.
 * - otherwise, the quick start: the production build served with a generated local secret,
 *   migrating and seeding an empty database.
 * - `--dev` (`npm run dev`, through tsx): Next dev mode (compiles on request, pushes the schema).
 * Building when needed is `npm start`'s launcher's work (scripts/start.mjs); this only refuses
 * to serve a build older than its sources.
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
  if (reason) {
    console.error(
      `dualpower-cms: ${reason}: run \`npm run build\` (or \`npm start\`, which builds)`,
    )
    process.exit(1)
  }
  setEnv('NODE_ENV', 'production')
  if (!production) setEnv('DUALPOWER_QUICKSTART', 'true')
}
