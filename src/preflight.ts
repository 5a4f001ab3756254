import v8 from 'node:v8'

import { resolveDatabaseUrl, resolveReplicaUrls, sqliteSynchronous } from './database-url.js'
import { heapGrowingPercent } from './heap.js'
import { resolveSecret } from './secret.js'

/**
 * Imported first by every entrypoint (server, CLI), before Payload loads: checks DATABASE_URL
 * (its replicas and SQLite's commit setting too) and PAYLOAD_SECRET, sets how the heap grows,
 * and stops with one readable line instead of a stack trace.
 *
 * Entry points import Payload and the config statically after this module: Node 20 can leave a
 * dynamic import of the config unsettled (exit 13) when `payload` was imported dynamically first.
 */
try {
  resolveReplicaUrls(
    process.env.DATABASE_REPLICA_URLS,
    resolveDatabaseUrl(process.env.DATABASE_URL),
  )
  sqliteSynchronous(process.env.SQLITE_SYNCHRONOUS)
  process.env.PAYLOAD_SECRET ||= resolveSecret()
  // V8 lets a busy heap grow severalfold between full collections, so a process's memory showed
  // what it had thrown away rather than what it uses; a fixed, smaller step keeps it near the
  // latter, in the server, an import's worker and the commands alike (docs/benchmark.md).
  const percent = heapGrowingPercent(process.env.HEAP_GROWING_PERCENT)
  if (percent > 0) v8.setFlagsFromString(`--heap-growing-percent=${percent}`)
} catch (error) {
  console.error(`dualpower-cms: ${(error as Error).message}`)
  process.exit(1)
}
