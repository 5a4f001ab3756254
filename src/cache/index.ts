import type { Express } from 'express'
import type { Payload } from 'payload'

import type { DatabaseTarget } from '../database-url.js'
import { changeTokenFor } from './changeToken.js'
import { anonymousGroups, installChangeVersions } from './changeVersions.js'
import { documentCache } from './documents.js'
import { shareResponseCache } from './graphql.js'
import { responseCache } from './middleware.js'
import { MemoryResponseStore, type ResponseCacheStore } from './store.js'

export type { CachedResponse, ResponseCacheStore } from './store.js'
export { MemoryResponseStore } from './store.js'

export type CacheSettings = { enabled: boolean; maxBytes: number; ttlMs: number }

/**
 * RESPONSE_CACHE (`on` | `off`, default on), RESPONSE_CACHE_MB (memory of the in-process
 * store, default 64), RESPONSE_CACHE_TTL_SECONDS (longest an answer is reused while nothing
 * changes, default 60). A wrong value stops the start with the variable's name.
 */
export function cacheSettingsFromEnv(
  env: Record<string, string | undefined> = process.env,
): CacheSettings {
  const flag = (env.RESPONSE_CACHE ?? 'on').toLowerCase()
  if (!['on', 'off', 'true', 'false', '1', '0'].includes(flag)) {
    throw new Error(`RESPONSE_CACHE must be on or off (got ${env.RESPONSE_CACHE})`)
  }
  const number = (name: string, fallback: number) => {
    const raw = env[name]
    if (raw === undefined || raw === '') return fallback
    const value = Number(raw)
    if (!Number.isFinite(value) || value <= 0) {
      throw new Error(`${name} must be a positive number (got ${raw})`)
    }
    return value
  }
  return {
    enabled: ['on', 'true', '1'].includes(flag),
    maxBytes: Math.round(number('RESPONSE_CACHE_MB', 64) * 1024 * 1024),
    ttlMs: Math.round(number('RESPONSE_CACHE_TTL_SECONDS', 60) * 1000),
  }
}

/**
 * The site's pages, in both languages: home, posts, calendar, events and programmes,
 * organizations, the embeddable calendar, the sitemap and robots.txt. Not the forms (each
 * render carries its own form stamp), previews or private links.
 */
const PAGE_PATHS = [
  /^\/(es\/?)?$/,
  /^\/(es\/)?(posts|calendar|organizations)\/?$/,
  /^\/(es\/)?posts\/[^/.]+$/,
  /^\/(es\/)?events\/[^/.]+(\/schedule)?$/,
  /^\/(es\/)?embed\/events$/,
  /^\/(sitemap\.xml|robots\.txt)$/,
]

/** Anonymous reads worth sharing: the REST API of content, the feeds and the site's pages. */
const CACHED_PATHS = [
  ...PAGE_PATHS,
  /^\/api\//,
  /^\/events\.xml$/,
  /^\/events\/[^/]+\.(xml|ics)$/,
  /^\/events\/[^/]+\/schedule\.(xml|ics)$/,
  /^\/feeds\//,
]
/**
 * Accounts, jobs, admin helpers and uploaded files are never cached; GraphQL is posted, and is
 * cached by its route handler (./graphql.ts).
 */
const NEVER_CACHED = [
  /^\/api\/(users|payload-[^/]*|graphql[^/]*|access)(\/|$)/,
  /^\/api\/[^/]+\/(me|init|refresh-token|verify|unlock)(\/|$)/,
  /^\/api\/[^/]+\/file\//,
]

/** Public collections whose anonymous lists are assembled from cached documents. */
const DOCUMENT_CACHED = ['events', 'sessions', 'posts', 'organizations', 'places', 'categories']

/**
 * Puts the response cache in front of the routes that follow. Returns a function that closes
 * it, or null when it is off or the database gives no change token (MongoDB).
 */
export async function mountResponseCache(
  app: Express,
  payload: Payload,
  target: DatabaseTarget,
  settings: CacheSettings,
  store?: ResponseCacheStore,
): Promise<(() => Promise<void>) | null> {
  if (!settings.enabled) return null
  let token: Awaited<ReturnType<typeof changeTokenFor>>
  try {
    const created = await installChangeVersions(payload)
    if (created > 0) payload.logger.info(`response cache: ${created} change-version triggers added`)
    token = await changeTokenFor(payload, target, await anonymousGroups(payload))
  } catch (error) {
    payload.logger.warn(
      `response cache: off, the database's change versions are not usable ` +
        `(${(error as Error).message}); run the migrations (npm run payload -- migrate)`,
    )
    return null
  }
  if (!token) {
    payload.logger.info(`response cache: off (no change token on ${target.kind})`)
    return null
  }
  const cacheStore = store ?? new MemoryResponseStore(settings.maxBytes)
  app.use(
    responseCache({
      store: cacheStore,
      token,
      ttlMs: settings.ttlMs,
      paths: CACHED_PATHS,
      except: NEVER_CACHED,
      pages: PAGE_PATHS,
      onError: (message) => payload.logger.warn(message),
    }),
  )
  // Behind it, lists whose URL differs every time are built from cached documents.
  app.use(
    documentCache({
      payload,
      store: cacheStore,
      token,
      ttlMs: settings.ttlMs,
      collections: DOCUMENT_CACHED,
      onError: (message) => payload.logger.warn(message),
    }),
  )
  // Payload's GraphQL route (src/app/(payload)/api/graphql) caches anonymous queries with it.
  const withdraw = shareResponseCache({
    store: cacheStore,
    token,
    ttlMs: settings.ttlMs,
    onError: (message) => payload.logger.warn(message),
  })
  return async () => {
    withdraw()
    await token.close()
    await cacheStore.close?.()
  }
}
