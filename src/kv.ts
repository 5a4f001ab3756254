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

type KvClient = {
  status: string
  quit: () => Promise<unknown>
  disconnect: () => void
  once: (event: 'end', listener: () => void) => void
}

/**
 * Closes `payload.kv`'s Redis connection, when it has one (shutdown): politely, or at once when
 * Redis does not answer within a second.
 */
export async function closeKeyValueStore(kv: unknown) {
  const client = (kv as { redisClient?: KvClient } | undefined)?.redisClient
  if (!client || client.status === 'end') return
  const ended = new Promise<void>((resolve) => client.once('end', resolve))
  const late = setTimeout(() => client.disconnect(), 1000)
  client.quit().catch(() => client.disconnect())
  let gaveUp: NodeJS.Timeout | undefined
  await Promise.race([ended, new Promise((resolve) => (gaveUp = setTimeout(resolve, 2000)))])
  clearTimeout(late)
  clearTimeout(gaveUp)
}
