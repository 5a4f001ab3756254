/**
 * Debian's redis-server for the suites that share state through it (REDIS_URL), on a free port
 * and holding nothing on disk. Under CI=true a missing redis-server fails the suite instead of
 * skipping it.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process'

import { Redis } from 'ioredis'

import { freePort, killProcess } from './server.js'

const REDIS_SERVER = process.env.REDIS_SERVER || 'redis-server'

/** Whether redis-server is here; throws under CI=true when it is not. */
export function redisAvailable(): boolean {
  const available = spawnSync(REDIS_SERVER, ['--version']).status === 0
  if (!available && process.env.CI === 'true') {
    throw new Error(`CI=true but ${REDIS_SERVER} is missing: the Redis suites cannot run`)
  }
  return available
}

export type RedisServer = {
  url: string
  port: number
  /** Stops the server (SIGKILL: as if it went away); `start` brings it back on the same port. */
  stop: () => Promise<void>
  start: () => Promise<void>
}

export async function startRedisServer(): Promise<RedisServer> {
  const port = await freePort()
  const url = `redis://127.0.0.1:${port}`
  let proc: ChildProcess | undefined
  const start = async () => {
    proc = spawn(REDIS_SERVER, ['--port', String(port), '--save', '', '--appendonly', 'no'], {
      stdio: 'ignore',
    })
    const probe = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0 })
    for (let i = 0; i < 50; i++) {
      try {
        await probe.connect()
        await probe.ping()
        break
      } catch {
        probe.disconnect()
        await new Promise((r) => setTimeout(r, 100))
      }
    }
    probe.disconnect()
  }
  const stop = () => killProcess(proc)
  await start()
  return { url, port, stop, start }
}
