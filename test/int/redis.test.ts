/**
 * REDIS_URL (src/redis.ts), against a real Redis server started for this file (Debian's
 * `redis-server`): two app processes on one database share the response cache, the submission
 * limit and the spent form stamps; when Redis goes away, reads are still answered by the app and
 * submissions are refused with 503 (never counted as allowed); when it is back, both work again.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import { once } from 'node:events'
import http from 'node:http'

import { Redis } from 'ioredis'

import {
  RedisResponseStore,
  redisSpentStamps,
  redisSubmissionLimiter,
  redisUrlFromEnv,
} from '../../src/redis.js'
import { keyValueStore } from '../../src/kv.js'
import { testDatabaseKind } from '../helpers/database.js'
import {
  freePort,
  type ServerProcess,
  startSeededServer,
  startServerProcess,
} from '../helpers/server.js'

const REDIS_SERVER = process.env.REDIS_SERVER || 'redis-server'
const available = spawnSync(REDIS_SERVER, ['--version']).status === 0
if (!available && process.env.CI === 'true') {
  throw new Error(`CI=true but ${REDIS_SERVER} is missing: the Redis suite cannot run`)
}
const suite = available ? describe : describe.skip

let redis: ChildProcess | undefined
let port: number
let url: string

async function startRedis() {
  redis = spawn(REDIS_SERVER, ['--port', String(port), '--save', '', '--appendonly', 'no'], {
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

async function stopRedis() {
  if (!redis || redis.exitCode !== null) return
  const exited = new Promise((resolve) => redis!.once('exit', resolve))
  redis.kill('SIGKILL')
  await exited
}

const clients: Redis[] = []
/** A connection as the app makes one (no offline queue), once it is ready. */
const client = async () => {
  const made = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1 })
  clients.push(made)
  await once(made, 'ready')
  return made
}

beforeAll(async () => {
  if (!available) return
  port = await freePort()
  url = `redis://127.0.0.1:${port}`
  await startRedis()
})

afterAll(async () => {
  for (const made of clients) made.disconnect()
  await stopRedis()
})

describe('REDIS_URL', () => {
  test('absent or blank means in-process; a malformed one is named', () => {
    expect(redisUrlFromEnv({})).toBeNull()
    expect(redisUrlFromEnv({ REDIS_URL: ' ' })).toBeNull()
    expect(redisUrlFromEnv({ REDIS_URL: 'redis://cache:6379/2' })).toBe('redis://cache:6379/2')
    expect(() => redisUrlFromEnv({ REDIS_URL: 'http://cache:6379' })).toThrow(/REDIS_URL/)
    expect(() => redisUrlFromEnv({ REDIS_URL: 'cache:6379' })).toThrow(/REDIS_URL/)
  })
})

suite('the stores, shared by two connections', () => {
  test('a cached answer comes back byte for byte, with its headers, and expires', async () => {
    const [one, two] = [
      new RedisResponseStore(await client()),
      new RedisResponseStore(await client()),
    ]
    const body = Buffer.from([0, 10, 255, 13, 10, 0x7b])
    const entry = {
      status: 200,
      headers: { 'content-type': 'application/json', vary: ['accept', 'accept-language'] },
      body,
      storedAt: 1_700_000_000_000,
    }
    await one.set('GET /api/events\nkey with\nnewlines', entry, 300)
    expect(await two.get('GET /api/events\nkey with\nnewlines')).toEqual(entry)
    expect(await two.get('GET /api/events')).toBeUndefined()
    await new Promise((r) => setTimeout(r, 400))
    expect(await two.get('GET /api/events\nkey with\nnewlines')).toBeUndefined()
  })

  test('the submission limit counts across both', async () => {
    const [one, two] = [
      redisSubmissionLimiter(await client(), 3),
      redisSubmissionLimiter(await client(), 3),
    ]
    const key = `198.51.100.${Date.now() % 200}`
    expect([await one.consume(key), await two.consume(key), await one.consume(key)]).toEqual([
      0, 0, 0,
    ])
    expect(await two.consume(key)).toBeGreaterThan(3000)
    expect(await one.consume(`${key}.other`)).toBe(0)
  })

  test('a form stamp spent through one is spent for the other', async () => {
    const [one, two] = [redisSpentStamps(await client()), redisSpentStamps(await client())]
    const stamp = `stamp-${Date.now()}`
    expect(await one.spend(stamp)).toBe(true)
    expect(await two.spend(stamp)).toBe(false)
    expect(await one.spend(stamp)).toBe(false)
  })

  test("payload.kv: Payload's Redis adapter under our prefix, one store for every instance", async () => {
    expect(keyValueStore({})).toBeUndefined()
    const adapter = keyValueStore({ REDIS_URL: url })!
    // The table stays in the schema with Redis too (no migration when REDIS_URL is set).
    expect(adapter.kvCollection?.slug).toBe('payload-kv')
    const payload = {} as Parameters<typeof adapter.init>[0]['payload']
    const [one, two] = [adapter.init({ payload }), adapter.init({ payload })]
    await one.set('session:42', { user: 42, roles: ['moderator'] })
    expect(await two.get('session:42')).toEqual({ user: 42, roles: ['moderator'] })
    expect(await two.has('session:42')).toBe(true)
    expect(await (await client()).exists('dualpower:kv:session:42')).toBe(1)
    expect(await one.keys()).toContain('session:42')
    await two.delete('session:42')
    expect(await one.get('session:42')).toBeNull()
    for (const store of [one, two])
      (store as unknown as { redisClient: Redis }).redisClient.disconnect()
  })

  test('with nothing listening, each fails at once instead of allowing', async () => {
    const gone = new Redis(`redis://127.0.0.1:${await freePort()}`, {
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      retryStrategy: () => 1000,
    })
    gone.on('error', () => {})
    clients.push(gone)
    const started = Date.now()
    await expect(redisSubmissionLimiter(gone, 3).consume('203.0.113.1')).rejects.toBeDefined()
    await expect(redisSpentStamps(gone).spend('s')).rejects.toBeDefined()
    await expect(new RedisResponseStore(gone).get('k')).rejects.toBeDefined()
    expect(Date.now() - started).toBeLessThan(1000)
  })
})

suite('two app processes on one database and one Redis', () => {
  let a: ServerProcess
  let b: ServerProcess
  let close: () => Promise<void>
  let n = 0
  const propose = (server: ServerProcess, from: string) =>
    fetch(`${server.url}/api/proposals`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': from },
      body: JSON.stringify({
        title: `Shared limit ${++n}`,
        format: 'workshop',
        description: 'Sent to one of two instances.',
        submitterName: 'Probe',
        submitterEmail: `shared${n}@example.org`,
        consent: true,
        answers: [{ question: 'recording', value: '1' }],
      }),
    })

  /** A GET as behind a load balancer: both instances are asked for the one public host. */
  const asSite = (server: ServerProcess, path: string) =>
    new Promise<{ cache: string | undefined; body: string }>((resolve, reject) => {
      const { port } = new URL(server.url)
      http
        .get({ host: '127.0.0.1', port, path, headers: { host: 'cms.example.org' } }, (res) => {
          let body = ''
          res.setEncoding('utf8')
          res.on('data', (chunk: string) => (body += chunk))
          res.on('end', () => resolve({ cache: res.headers['x-cache'] as string, body }))
        })
        .on('error', reject)
    })

  beforeAll(async () => {
    const started = await startSeededServer(undefined, {
      REDIS_URL: url,
      SUBMISSIONS_PER_HOUR: '3',
      TRUST_PROXY: 'loopback',
    })
    a = started.server
    b = await startServerProcess(started.env)
    close = async () => {
      await b.stop('SIGKILL')
      await started.close()
    }
  }, 180_000)
  afterAll(async () => close?.())

  // PostgreSQL's change versions are the database's, so both instances read the same key. A
  // SQLite token names its process (a replaced file must never match), so each keeps its own.
  test("PostgreSQL: an answer cached by one is the other's hit; SQLite: each its own", async () => {
    const path = '/api/posts?limit=2&depth=0&sort=title'
    const first = await asSite(a, path)
    expect(first.cache).toBe('miss')
    const other = await asSite(b, path)
    expect(other.cache).toBe(testDatabaseKind() === 'postgres' ? 'hit' : 'miss')
    expect(other.body).toBe(first.body)
  })

  test('the submission limit counts across both: the fourth is refused, whichever answers', async () => {
    const from = '192.0.2.61'
    const statuses = []
    for (const server of [a, b, a, b]) statuses.push((await propose(server, from)).status)
    expect(statuses).toEqual([201, 201, 201, 429])
  })

  test('without Redis, reads are answered and submissions refused with 503; then both recover', async () => {
    await stopRedis()
    const read = await fetch(`${b.url}/api/events?limit=1&depth=0`)
    expect(read.status).toBe(200)
    expect(((await read.json()) as { docs: unknown[] }).docs).toHaveLength(1)
    const refused = await propose(a, '192.0.2.62')
    expect(refused.status).toBe(503)
    expect(refused.headers.get('retry-after')).toBe('30')
    expect(await refused.text()).toMatch(/paused/)
    await startRedis()
    let status = 0
    for (let i = 0; i < 30 && status !== 201; i++) {
      await new Promise((r) => setTimeout(r, 200))
      status = (await propose(a, '192.0.2.63')).status
    }
    expect(status).toBe(201)
  })
})
