// Imports nothing of the app: the primary process only starts, watches and stops the servers.
import cluster, { type Worker } from 'node:cluster'

/** WEB_CONCURRENCY: server processes sharing the port, 1 (the default) for none apart. */
export function webConcurrency(env: Record<string, string | undefined> = process.env): number {
  const raw = env.WEB_CONCURRENCY?.trim()
  if (!raw) return 1
  const n = Number(raw)
  if (!Number.isInteger(n) || n < 1 || n > 64) {
    throw new Error(`WEB_CONCURRENCY must be a whole number from 1 to 64 (got ${raw})`)
  }
  return n
}

const log = (message: string) => console.log(`dualpower-cms: ${message}`)

/**
 * Runs `count` server processes on one port (node's cluster: the primary accepts, the workers
 * answer). The first starts alone, so that migrations and the quick start's seeding run once;
 * the others follow once it listens. Only the first runs the jobs queue (JOBS_AUTORUN as set),
 * so each job runs once. A worker that dies after it listened is replaced; one that dies before
 * (a setting it refuses, a database it cannot reach) stops them all with exit 1, since starting
 * it again would fail the same way. SIGTERM and SIGINT stop them all.
 */
export function runPrimary(count: number): void {
  const jobs = process.env.JOBS_AUTORUN ?? 'true'
  const running = new Map<Worker, { index: number; listening: boolean }>()
  let stopping = false
  let othersStarted = false
  let exitCode = 0

  const stopAll = (signal: NodeJS.Signals, code: number) => {
    stopping = true
    exitCode = code
    for (const worker of running.keys()) worker.process.kill(signal)
    if (running.size === 0) process.exit(code)
  }
  if (!process.env.REDIS_URL) {
    log(
      `WEB_CONCURRENCY=${count} without REDIS_URL: each process counts the submission limit ` +
        'and keeps its cache on its own (set REDIS_URL to share them)',
    )
  }

  const fork = (index: number) => {
    const worker = cluster.fork({ JOBS_AUTORUN: index === 0 ? jobs : 'false' })
    running.set(worker, { index, listening: false })
    worker.once('listening', () => {
      running.get(worker)!.listening = true
      if (othersStarted) return
      othersStarted = true
      for (let i = 1; i < count; i++) fork(i)
      log(`${count} server processes share the port (WEB_CONCURRENCY); jobs run in the first`)
    })
  }

  cluster.on('exit', (worker, code, signal) => {
    const { index, listening } = running.get(worker) ?? { index: 0, listening: false }
    running.delete(worker)
    const how = signal ?? `exit ${code}`
    if (stopping) {
      if (running.size === 0) process.exit(exitCode)
      return
    }
    if (!listening) {
      console.error(`dualpower-cms: server process ${index + 1} could not start (${how}); stopping`)
      stopAll('SIGTERM', 1)
      return
    }
    log(`server process ${index + 1} ended (${how}); starting another`)
    fork(index)
  })

  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      log(`${signal}: stopping ${running.size} server processes`)
      stopAll(signal, 0)
    })
  }
  fork(0)
}
