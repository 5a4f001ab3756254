import { resolveDatabaseUrl, resolveReplicaUrls } from './database-url.js'
import { resolveSecret } from './secret.js'

/**
 * Imported first by every entrypoint (server, CLI), before Payload loads: checks DATABASE_URL
 * (and its replicas) and PAYLOAD_SECRET and stops with one readable line instead of a stack trace.
 *
 * Entry points import Payload and the config statically after this module: Node 20 can leave a
 * dynamic import of the config unsettled (exit 13) when `payload` was imported dynamically first.
 */
try {
  resolveReplicaUrls(
    process.env.DATABASE_REPLICA_URLS,
    resolveDatabaseUrl(process.env.DATABASE_URL),
  )
  process.env.PAYLOAD_SECRET ||= resolveSecret()
} catch (error) {
  console.error(`dualpower-cms: ${(error as Error).message}`)
  process.exit(1)
}
