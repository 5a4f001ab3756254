// npm start and npm run dev. Order matters: the preflight fixes NODE_ENV before the server's
// modules load, so the server is imported only once it has run (compiled too: a static import
// would be hoisted, with React, Next and Payload, above it; see scripts/build-server.mjs).
import './start-preflight.js'
import cluster from 'node:cluster'

import { runPrimary, webConcurrency } from './cluster.js'
import { exitOnStartupError } from './startupError.js'

try {
  const count = webConcurrency()
  // WEB_CONCURRENCY > 1: this process only runs the servers (./cluster.ts); each loads the app.
  if (count > 1 && cluster.isPrimary && !process.argv.includes('--dev')) runPrimary(count)
  else await import('./serve.js')
} catch (error) {
  // Loading the server reads the settings (the secret, the database URL) and may refuse them.
  exitOnStartupError(error)
}
