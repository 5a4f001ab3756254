import type { Payload } from 'payload'

import {
  setSpentStamps,
  setSubmissionLimiter,
  submissionsPerHour,
} from '../plugins/content-call/index.js'
import type { ResponseCacheStore } from './cache/store.js'
import {
  connectRedis,
  RedisResponseStore,
  redisSpentStamps,
  redisSubmissionLimiter,
  redisUrlFromEnv,
} from './redis.js'

/**
 * With REDIS_URL, the state instances must share goes to Redis (./redis.ts): the response
 * cache's store, the submission limit and the spent form stamps. Null without it.
 */
export function shareStateThroughRedis(
  payload: Payload,
): { cacheStore: ResponseCacheStore; close: () => Promise<void> } | null {
  const url = redisUrlFromEnv()
  if (!url) return null
  const client = connectRedis(url, (message) => payload.logger.warn(message))
  setSubmissionLimiter(redisSubmissionLimiter(client, submissionsPerHour()))
  setSpentStamps(redisSpentStamps(client))
  payload.logger.info(
    'shared state: the response cache, submission limits and form stamps in Redis',
  )
  return {
    cacheStore: new RedisResponseStore(client),
    close: async () => {
      await client.quit().catch(() => client.disconnect())
    },
  }
}
