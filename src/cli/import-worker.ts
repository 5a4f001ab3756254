import { runImport } from '../../plugins/hyperactive/index.js'
import { runWithPayload } from './withPayload.js'

/**
 * The process an admin import runs in (src/importWorker.ts starts it): `import-worker RUN_ID`.
 * SIGTERM (the server stopping) stops it after the batch it is writing, as a cancel does.
 */
const runId = process.argv[2]
if (!runId) {
  console.error('usage: import-worker RUN_ID')
  process.exit(2)
}
let stopping = false
process.once('SIGTERM', () => {
  stopping = true
})
process.exit(
  await runWithPayload(async (payload) => {
    const started = Date.now()
    const summary = await runImport(payload, runId, { shouldStop: () => stopping })
    payload.logger.info(
      `[hyperactive] import run ${runId} (${summary.file}): ${summary.cancelled ? 'cancelled' : summary.failed.length > 0 ? 'stopped' : 'done'}; ` +
        `${summary.created} created, ${summary.updated} updated, ${summary.unchanged} unchanged in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    )
  }),
)
