import { type ChildProcess, spawn } from 'node:child_process'
import path from 'node:path'

import type { Payload } from 'payload'

import { abandonRun } from '../plugins/hyperactive/index.js'
import { projectRoot } from './paths.js'

const workers = new Set<ChildProcess>()

/** The worker's entry: compiled, as the server is, unless the server runs its sources (dev). */
function workerCommand(runId: string): string[] {
  const compiled = !process.argv[1]?.endsWith('.ts')
  return compiled
    ? [path.join(projectRoot, 'dist', 'import-worker.mjs'), runId]
    : ['--import', 'tsx', path.join(projectRoot, 'src', 'cli', 'import-worker.ts'), runId]
}

/**
 * The hyperactive plugin's `startImport`: each import runs in a process of its own
 * (src/cli/import-worker.ts), so the server's event loop and memory never carry it. On SQLite
 * its batches take turns with the server's writes. A worker that ends without finishing its run
 * (killed, out of memory) leaves the run failed with the reason.
 */
export function spawnImportWorker(payload: Payload, runId: string): void {
  const child = spawn(process.execPath, [...process.execArgv, ...workerCommand(runId)], {
    cwd: projectRoot,
    env: process.env,
    stdio: ['ignore', 'inherit', 'inherit'],
  })
  workers.add(child)
  const ended = (why: string) => {
    workers.delete(child)
    abandonRun(payload, runId, why).catch((error: Error) =>
      payload.logger.error(`[hyperactive] import run ${runId}: ${error.message}`),
    )
  }
  child.once('error', (error) =>
    ended(`the import's worker process could not start: ${error.message}`),
  )
  child.once('exit', (code, signal) => {
    if (code === 0) return void workers.delete(child)
    ended(
      `the import's worker process ended (${signal ?? `exit ${code}`}) before the import finished`,
    )
  })
}

/** Asks running workers to stop after their batch (they record the run as cancelled) and waits. */
export async function stopImportWorkers(timeoutMs = 10_000): Promise<void> {
  const running = [...workers]
  await Promise.all(
    running.map(
      (child) =>
        new Promise<void>((resolve) => {
          const timer = setTimeout(() => {
            child.kill('SIGKILL')
            resolve()
          }, timeoutMs)
          child.once('exit', () => {
            clearTimeout(timer)
            resolve()
          })
          child.kill('SIGTERM')
        }),
    ),
  )
}
