/**
 * REDIS_URL: state the app's instances share instead of keeping it in each process — the
 * response cache's answers, the per-client submission limit and the spent form stamps. Absent,
 * each process keeps its own, as before.
 *
 * A Redis that goes away never gives a wrong answer: reads are answered by the app without the
 * cache, and public submissions are refused with 503 until it is back, since a limit nobody can
 * count is no limit. Commands fail at once while the connection is down (no offline queue), so
 * a request never waits on a Redis that is not there; the client reconnects by itself.
 */
import { createHash, randomUUID } from 'node:crypto'

import { Redis } from 'ioredis'
import {
  type SpentStamps,
  STAMP_MAX_AGE_MS,
  type SubmissionLimiter,
  submissionLimiterFrom,
} from '../plugins/content-call/index.js'
import { RateLimiterRedis } from 'rate-limiter-flexible'

import type { CachedResponse, ResponseCacheStore } from './cache/store.js'

/** The Redis URL to share state through, or null; a malformed one stops the start by name. */
export function redisUrlFromEnv(env: Record<string, string | undefined> = process.env) {
  const raw = env.REDIS_URL?.trim()
  if (!raw) return null
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw new Error(`REDIS_URL must be a URL such as redis://127.0.0.1:6379 (got ${raw})`)
  }
  if (!['redis:', 'rediss:'].includes(url.protocol)) {
    throw new Error(`REDIS_URL must start with redis:// or rediss:// (got ${url.protocol}//…)`)
  }
  return raw
}

/** A client that fails commands at once while disconnected and keeps reconnecting. */
export function connectRedis(url: string, onError: (message: string) => void): Redis {
  const client = new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2000,
    retryStrategy: (times) => Math.min(times * 200, 2000),
  })
  let reported = false
  client.on('error', (error: Error) => {
    if (reported) return
    reported = true
    onError(`redis: ${error.message}; the cache is bypassed and submissions wait until it is back`)
  })
  client.on('ready', () => (reported = false))
  return client
}

const hashed = (prefix: string, key: string) =>
  `${prefix}${createHash('sha256').update(key).digest('base64url')}`

// A claim that lapsed may have been taken by another instance since: only its holder's token
// lets it go.
const DELETE_IF_HELD = `if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('DEL', KEYS[1])
end
return 0`

/**
 * The response cache's answers in Redis, each under a hash of its key with its expiry: the
 * status and headers as JSON, a newline, then the body's bytes.
 */
export class RedisResponseStore implements ResponseCacheStore {
  constructor(
    private readonly client: Redis,
    private readonly prefix = 'dualpower:cache:',
    private readonly leadPrefix = 'dualpower:lead:',
  ) {}

  async get(key: string): Promise<CachedResponse | undefined> {
    const stored = await this.client.getBuffer(hashed(this.prefix, key))
    if (!stored) return undefined
    const newline = stored.indexOf(10)
    const head = JSON.parse(stored.subarray(0, newline).toString('utf8')) as Omit<
      CachedResponse,
      'body'
    >
    return { ...head, body: stored.subarray(newline + 1) }
  }

  async set(key: string, value: CachedResponse, ttlMs: number): Promise<void> {
    const { body, ...head } = value
    const stored = Buffer.concat([Buffer.from(JSON.stringify(head) + '\n'), body])
    await this.client.set(hashed(this.prefix, key), stored, 'PX', Math.max(1, Math.round(ttlMs)))
  }

  async claim(key: string, ms: number): Promise<string | null> {
    const token = randomUUID()
    const lead = hashed(this.leadPrefix, key)
    const set = await this.client.set(lead, token, 'PX', Math.max(1, Math.round(ms)), 'NX')
    return set === 'OK' ? token : null
  }

  async claimed(key: string): Promise<boolean> {
    return (await this.client.exists(hashed(this.leadPrefix, key))) === 1
  }

  async release(key: string, token: string): Promise<void> {
    await this.client.eval(DELETE_IF_HELD, 1, hashed(this.leadPrefix, key), token)
  }
}

/** The per-client submission limit counted in Redis (rate-limiter-flexible's own store). */
export function redisSubmissionLimiter(
  client: Redis,
  points: number,
  seconds = 3600,
): SubmissionLimiter {
  return submissionLimiterFrom(
    new RateLimiterRedis({
      storeClient: client,
      points,
      duration: seconds,
      keyPrefix: 'dualpower:submissions',
      rejectIfRedisNotReady: true,
    }),
  )
}

/** Spent form stamps in Redis: the first SET NX wins, kept as long as a stamp can be sent. */
export function redisSpentStamps(client: Redis): SpentStamps {
  return {
    spend: async (stamp) =>
      (await client.set(hashed('dualpower:stamp:', stamp), '1', 'PX', STAMP_MAX_AGE_MS, 'NX')) ===
      'OK',
  }
}

const TAKE_OR_RENEW = `if redis.call('GET', KEYS[1]) == ARGV[1] then
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
  return 1
end
if redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then return 1 end
return 0`

/**
 * This process's lease as the one jobs runner among the instances: each call takes it when
 * free or renews it when held, and answers whether this process holds it. The webhook queue's
 * poll (every 5 s) keeps it; a runner that stops loses it after `leaseMs`. A Redis that cannot
 * answer says no: jobs wait for it rather than run twice.
 */
export function redisJobsLease(client: Redis, leaseMs = 30_000): () => Promise<boolean> {
  const holder = randomUUID()
  return async () => {
    try {
      const held = await client.eval(TAKE_OR_RENEW, 1, 'dualpower:jobs:runner', holder, leaseMs)
      return held === 1
    } catch {
      return false
    }
  }
}
