import type { Payload } from 'payload'

import { RateLimiterRedis } from 'rate-limiter-flexible'

import {
  setSpentStamps,
  setSubmissionLimiter,
  submissionsPerHour,
} from '../plugins/content-call/index.js'
import { shareLoginThrottles } from '../collections/Users/hooks/throttleLogin.js'
import type { ResponseCacheStore } from './cache/store.js'
import { setJobsGate } from './jobsGate.js'
import {
  connectRedis,
  redisJobsLease,
  RedisResponseStore,
  redisSpentStamps,
  redisSubmissionLimiter,
  redisUrlFromEnv,
} from './redis.js'

/**
 * With REDIS_URL, the state instances must share goes to Redis (./redis.ts): the response
 * cache's store, the submission limit, the login throttle, the spent form stamps and the lease
 * of the one jobs runner. Null without it.
 */
export function shareStateThroughRedis(
  payload: Payload,
): { cacheStore: ResponseCacheStore; close: () => Promise<void> } | null {
  const url = redisUrlFromEnv()
  if (!url) return null
  const client = connectRedis(url, (message) => payload.logger.warn(message))
  setSubmissionLimiter(redisSubmissionLimiter(client, submissionsPerHour()))
  setSpentStamps(redisSpentStamps(client))
  setJobsGate(redisJobsLease(client))
  shareLoginThrottles(
    (name, points, duration) =>
      new RateLimiterRedis({
        storeClient: client,
        points,
        duration,
        keyPrefix: `dualpower:login:${name}`,
        rejectIfRedisNotReady: true,
      }),
  )
  payload.logger.info(
    'shared state: the response cache, submission and login limits, form stamps and the jobs runner in Redis',
  )
  return {
    cacheStore: new RedisResponseStore(client),
    close: async () => {
      setJobsGate(null)
      await client.quit().catch(() => client.disconnect())
    },
  }
}
