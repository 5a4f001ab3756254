/**
 * Payload's key-value store (`payload.kv`): in Redis with REDIS_URL (@payloadcms/kv-redis), so
 * that what one instance puts there the others read; otherwise Payload's default, a table.
 */
import type { KVAdapterResult } from 'payload'

import { redisKVAdapter } from '@payloadcms/kv-redis'
import { databaseKVAdapter } from 'payload'

import { redisUrlFromEnv } from './redis.js'

export function keyValueStore(
  env: Record<string, string | undefined> = process.env,
): KVAdapterResult | undefined {
  const url = redisUrlFromEnv(env)
  if (!url) return undefined
  const redis = redisKVAdapter({ redisURL: url, keyPrefix: 'dualpower:kv:' })
  return {
    // The table stays in the schema: setting REDIS_URL never asks for a migration.
    kvCollection: databaseKVAdapter().kvCollection,
    init: (args) => {
      const store = redis.init(args)
      // ioredis reports a lost connection as an 'error' event; unheard, it is printed on every
      // retry. The app's own Redis client already says once that Redis is away.
      if ('redisClient' in store)
        (store.redisClient as { on: (event: 'error', listener: () => void) => void }).on(
          'error',
          () => {},
        )
      return store
    },
  }
}
