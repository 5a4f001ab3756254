/**
 * Anonymous REST lists built from cached documents.
 *
 * The response cache helps only when a URL comes back. A list whose query differs every time
 * (a date filter, a search) runs Payload's whole read path for every document on the page:
 * most of its time is JavaScript per document (field hooks, the row transform, rich-text JSON),
 * far more than the SQL it needs (figures: docs/benchmark.md). A public
 * document reads the same for every anonymous visitor until something is written, so this path
 * asks Payload only which documents are on the page (ids and the page counts, the same query,
 * access rules and sort as Payload's REST handler) and takes each document's public JSON, as
 * Payload itself wrote it for an anonymous reader, from the store under the change token; only
 * the documents not there yet are read, all in one query.
 *
 * The answer is Payload's answer: the same documents, the same JSON, the same page fields in
 * the same order; anything this path does not recognise (other parameters, credentials,
 * cookies, CORS requests, unknown locales, `no-cache`) goes to Payload untouched.
 */
import type { NextFunction, Request, RequestHandler, Response } from 'express'
import type { CollectionSlug, Payload, TypedLocale, Where } from 'payload'
import * as qs from 'qs-esm'
import { promisify } from 'node:util'
import zlib from 'node:zlib'

import type { ChangeToken } from './changeToken.js'
import { PAGE_IDS, type PageIds, takePageIds } from './pageIds.js'
import type { ResponseCacheStore } from './store.js'

const gzip = promisify(zlib.gzip)

export type DocumentCacheOptions = {
  payload: Payload
  store: ResponseCacheStore
  token: ChangeToken
  ttlMs: number
  /** Collections whose anonymous lists are built here. */
  collections: string[]
  onError?: (message: string) => void
}

/** The query parameters this path understands; any other sends the request to Payload. */
const KNOWN = new Set(['where', 'sort', 'limit', 'page', 'depth', 'locale'])
/** Deeper populations fan out too far to be worth caching per document. */
const MAX_DEPTH = 2
const MAX_LIMIT = 100

type ListQuery = {
  where?: Where
  sort?: string[]
  limit?: number
  page?: number
  depth?: number
  locale?: string
}

const isWhole = (value: unknown) => typeof value === 'string' && /^\d{1,6}$/.test(value)

/**
 * The list query as Payload's REST handler reads it (qs with the same options, numbers from
 * digit strings, sort split at commas), or null when this path should not answer it.
 */
export function parseListQuery(search: string, locales: string[]): ListQuery | null {
  const raw = qs.parse(search, {
    allowEmptyArrays: true,
    arrayLimit: 1000,
    depth: 10,
    ignoreQueryPrefix: true,
  }) as Record<string, unknown>
  const query: ListQuery = {}
  for (const [key, value] of Object.entries(raw)) {
    if (!KNOWN.has(key)) return null
    switch (key) {
      case 'where':
        if (typeof value !== 'object' || value === null || Array.isArray(value)) return null
        query.where = value as Where
        break
      case 'sort':
        if (typeof value !== 'string' || value === '') return null
        query.sort = value.split(',')
        break
      case 'locale':
        if (typeof value !== 'string' || !locales.includes(value)) return null
        query.locale = value
        break
      default: {
        if (!isWhole(value)) return null
        const number = Number(value)
        if (key === 'depth' && number > MAX_DEPTH) return null
        if (key === 'limit' && (number < 1 || number > MAX_LIMIT)) return null
        if (key === 'page' && number < 1) return null
        query[key as 'limit' | 'page' | 'depth'] = number
      }
    }
  }
  return query
}

function eligible(req: Request): boolean {
  if (req.method !== 'GET') return false
  const h = req.headers
  if (h.authorization || h.cookie || h.origin) return false
  if (h['if-none-match'] || h['if-modified-since']) return false
  return !(h['cache-control'] ?? '').includes('no-cache')
}

/** Builds anonymous lists of `collections` from cached documents; see the file's comment. */
export function documentCache(options: DocumentCacheOptions): RequestHandler {
  const { payload, store, token } = options
  const collections = new Set(options.collections.filter((slug) => slug in payload.collections))
  const localization = payload.config.localization
  const locales = localization ? localization.localeCodes : []
  const defaultLocale = localization ? localization.defaultLocale : undefined
  const seam = takePageIds(payload)
  if (seam) payload.logger.warn(`document cache: ${seam}`)
  let reported = false
  const report = (message: string) => {
    if (reported) return
    reported = true
    options.onError?.(`document cache: passing requests through: ${message}`)
  }

  const answer = async (
    req: Request,
    res: Response,
    next: NextFunction,
    collection: CollectionSlug,
    query: ListQuery,
  ) => {
    const version = await token.current()
    const base = {
      collection,
      locale: (query.locale ?? defaultLocale) as TypedLocale | undefined,
      overrideAccess: false,
      user: null,
    } as const
    // The page: which documents, in which order, with the counts. Access rules apply as in REST.
    // Payload's find asks the adapter for 10 when no limit is given, and for page 1.
    const mark: PageIds = { collection, limit: query.limit ?? 10, page: query.page }
    const page = await payload.find({
      ...base,
      context: { [PAGE_IDS]: mark },
      depth: 0,
      limit: query.limit,
      page: query.page,
      select: { id: true } as Record<string, true>,
      sort: query.sort,
      where: query.where,
    })
    const ids = (mark.ids ?? page.docs.map((doc) => doc.id)).map(String)
    const keyOf = (id: string) =>
      [version, 'doc', collection, id, base.locale ?? '', query.depth ?? ''].join('\n')
    const found = await Promise.all(ids.map((id) => store.get(keyOf(id))))
    const missing = ids.filter((_, i) => !found[i])
    const read = new Map<string, Buffer>()
    if (missing.length > 0) {
      const docs = await payload.find({
        ...base,
        depth: query.depth,
        limit: missing.length,
        pagination: false,
        where: { id: { in: missing } },
      })
      for (const doc of docs.docs) read.set(String(doc.id), Buffer.from(JSON.stringify(doc)))
      // Something changed between the two queries: let Payload answer from one read.
      if (read.size !== missing.length) return next()
      const storedAt = Date.now()
      await Promise.all(
        [...read].map(([id, body]) =>
          store.set(keyOf(id), { status: 200, headers: {}, body, storedAt }, options.ttlMs),
        ),
      )
    }
    const bodies = ids.map((id, i) => found[i]?.body ?? read.get(id)!)
    // Payload's page object with its documents written in place, keys in Payload's order.
    const [before, after] = JSON.stringify({ ...page, docs: 0 }).split('"docs":0')
    const parts: Buffer[] = [Buffer.from(`${before}"docs":[`)]
    bodies.forEach((body, i) => {
      if (i > 0) parts.push(Buffer.from(','))
      parts.push(body)
    })
    parts.push(Buffer.from(`]${after}`))
    let json = Buffer.concat(parts)
    res.setHeader('Content-Type', 'application/json')
    res.setHeader('Vary', 'Accept-Encoding')
    res.setHeader('X-Documents', `${ids.length - missing.length}/${ids.length} cached`)
    if (/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')) && json.length > 1024) {
      json = await gzip(json)
      res.setHeader('Content-Encoding', 'gzip')
    }
    res.status(200).end(json)
  }

  return (req: Request, res: Response, next: NextFunction) => {
    const match = /^\/api\/([a-z0-9-]+)\/?$/.exec(req.path)
    if (!match || !collections.has(match[1]!) || !eligible(req)) return next()
    const search = req.originalUrl.slice(req.originalUrl.indexOf('?') + 1)
    const query = req.originalUrl.includes('?') ? parseListQuery(search, locales) : {}
    if (!query) return next()
    answer(req, res, next, match[1] as CollectionSlug, query).catch((error: Error) => {
      // A query Payload refuses (a bad where, a field anonymous readers may not query) gets
      // Payload's own answer, with its own status and message.
      if (!res.headersSent) return next()
      report(error.message)
    })
  }
}
