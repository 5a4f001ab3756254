/**
 * REDIS_URL (src/redis.ts), against a real Redis server started for this file (Debian's
 * `redis-server`): the stores instances share (cached answers, the submission limit, spent form
 * stamps, payload.kv, the jobs runner's lease), each through two connections, and what each does
 * when nothing answers. Two app processes sharing them: test/int/multi-instance.test.ts.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { once } from 'node:events'

import { Redis } from 'ioredis'

import {
  redisJobsLease,
  RedisResponseStore,
  redisSpentStamps,
  redisSubmissionLimiter,
  redisUrlFromEnv,
} from '../../src/redis.js'
import { closeKeyValueStore, keyValueStore } from '../../src/kv.js'
import { leadAcross } from '../../src/cache/store.js'
import { type RedisServer, redisAvailable, startRedisServer } from '../helpers/redis.js'
import { freePort } from '../helpers/server.js'

const suite = redisAvailable() ? describe : describe.skip

let redis: RedisServer | undefined
let url: string

const clients: Redis[] = []
/** A connection as the app makes one (no offline queue), once it is ready. */
const client = async () => {
  const made = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1 })
  clients.push(made)
  await once(made, 'ready')
  return made
}

beforeAll(async () => {
  if (!redisAvailable()) return
  redis = await startRedisServer()
  url = redis.url
})

afterAll(async () => {
  for (const made of clients) made.disconnect()
  await redis?.stop()
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

  test('one instance makes an answer, the other waits for it in the store', async () => {
    const [one, two] = [
      new RedisResponseStore(await client()),
      new RedisResponseStore(await client()),
    ]
    const entry = { status: 200, headers: {}, body: Buffer.from('made once'), storedAt: 1 }
    const maker = await leadAcross(one, 'GET /api/events?burst', 2000)
    expect(maker.made).toBeUndefined()
    const started = Date.now()
    const waiting = leadAcross(two, 'GET /api/events?burst', 2000)
    await new Promise((r) => setTimeout(r, 150))
    await one.set('GET /api/events?burst', entry, 10_000)
    await maker.release()
    expect((await waiting).made).toEqual(entry)
    expect(Date.now() - started).toBeLessThan(1000)
    // The claim is gone with the release: the next miss of the key leads again.
    expect(await two.claimed('GET /api/events?burst')).toBe(false)

    // A maker whose answer may not be kept lets go: the other stops waiting and makes its own.
    const second = await leadAcross(one, 'GET /api/events?private', 2000)
    const other = leadAcross(two, 'GET /api/events?private', 2000)
    await new Promise((r) => setTimeout(r, 100))
    const letGo = Date.now()
    second.release()
    expect((await other).made).toBeUndefined()
    expect(Date.now() - letGo).toBeLessThan(500)

    // A maker that never comes back holds the key no longer than the wait.
    await leadAcross(one, 'GET /api/events?stuck', 300)
    const stuck = Date.now()
    expect((await leadAcross(two, 'GET /api/events?stuck', 300)).made).toBeUndefined()
    expect(Date.now() - stuck).toBeLessThan(1000)

    // A maker slower than its claim lets go of its own claim only: the one the next maker took
    // once it lapsed still holds, so that maker's waiters keep waiting for its answer.
    const slow = await leadAcross(one, 'GET /api/events?slow', 200)
    await new Promise((r) => setTimeout(r, 300))
    const next = await leadAcross(two, 'GET /api/events?slow', 2000)
    expect(next.made).toBeUndefined()
    await slow.release()
    expect(await one.claimed('GET /api/events?slow')).toBe(true)
    await next.release()
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
    // Shutdown closes the connection (the server's and the command line's).
    await closeKeyValueStore(one)
    await closeKeyValueStore(two)
    for (const store of [one, two])
      expect((store as unknown as { redisClient: Redis }).redisClient.status).toBe('end')
    await closeKeyValueStore(undefined)
  })

  test('payload.kv closes within a second when Redis is away', async () => {
    const adapter = keyValueStore({ REDIS_URL: `redis://127.0.0.1:${await freePort()}` })!
    const store = adapter.init({ payload: {} as Parameters<typeof adapter.init>[0]['payload'] })
    const started = Date.now()
    await closeKeyValueStore(store)
    expect(Date.now() - started).toBeLessThan(1500)
    expect((store as unknown as { redisClient: Redis }).redisClient.status).toBe('end')
  })

  test('one jobs runner at a time: the lease is held, renewed, and taken over once it lapses', async () => {
    const [one, two] = [redisJobsLease(await client(), 400), redisJobsLease(await client(), 400)]
    expect(await one()).toBe(true)
    expect(await two()).toBe(false)
    await new Promise((r) => setTimeout(r, 250))
    expect(await one()).toBe(true) // renewed
    await new Promise((r) => setTimeout(r, 250))
    expect(await two()).toBe(false) // still one's, thanks to the renewal
    await new Promise((r) => setTimeout(r, 500))
    expect(await two()).toBe(true) // one stopped asking: the lease lapsed
    expect(await one()).toBe(false)
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
    // The answer is made here rather than waited for.
    expect((await leadAcross(new RedisResponseStore(gone), 'k', 5000)).made).toBeUndefined()
    expect(await redisJobsLease(gone)()).toBe(false)
    expect(Date.now() - started).toBeLessThan(1000)
  })
})
