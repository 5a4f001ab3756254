import type { NextFunction, Request, RequestHandler, Response } from 'express'

import type { ChangeToken } from './changeToken.js'
import {
  answersInFlight,
  type CachedResponse,
  leadAcross,
  type ResponseCacheStore,
} from './store.js'

export type ResponseCacheOptions = {
  store: ResponseCacheStore
  token: Pick<ChangeToken, 'current' | 'close'>
  /** How long an answer may be served while nothing changes: bounds answers that depend on
   * the clock (an "upcoming events" feed). */
  ttlMs: number
  /** Paths whose anonymous GET answers may be cached. */
  paths: RegExp[]
  /** Paths never cached even when they match `paths`. */
  except?: RegExp[]
  /**
   * Paths of the site's pages among `paths`. Next marks every page it renders per request
   * `private, no-store`, though an anonymous page is the same for every anonymous reader: these
   * are stored all the same, and sent (fresh or from the cache) with `no-cache`, so browsers
   * ask again and see a change at once.
   */
  pages?: RegExp[]
  /** Answers larger than this are passed through and not stored. @default 4 MiB */
  maxEntryBytes?: number
  /**
   * How long a request waits for the same answer being made for another one before it asks
   * the app itself (a stuck or very slow answer must not hold every reader of that URL).
   * @default 5000
   */
  waitForLeaderMs?: number
  onError?: (message: string) => void
}

/** Response headers that describe the connection or one sending, not the answer. */
const NOT_STORED = new Set([
  'connection',
  'content-length',
  'date',
  'keep-alive',
  'transfer-encoding',
  'x-cache',
  'age',
  // Set per request by the CORS layer in front (they depend on the asking origin).
  'access-control-allow-origin',
  'access-control-allow-credentials',
  'access-control-expose-headers',
])

/**
 * Only what every anonymous reader gets alike may be shared: no credentials (an Authorization
 * header or any cookie, which is how the admin's session travels), no conditional request (the
 * feed routes answer those with their own validators), no token in the query (private links).
 */
function eligible(req: Request, options: ResponseCacheOptions): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false
  if (req.headers.authorization || req.headers.cookie) return false
  if (req.headers['if-none-match'] || req.headers['if-modified-since']) return false
  // Next's client-side navigation and server actions: not the page a reader asked for.
  if (req.headers.rsc || req.headers['next-action'] || req.headers['next-router-prefetch']) {
    return false
  }
  if ((req.headers['cache-control'] ?? '').includes('no-cache')) return false
  const path = req.path
  if (!options.paths.some((p) => p.test(path))) return false
  if (options.except?.some((p) => p.test(path))) return false
  return !/[?&]token=/i.test(req.originalUrl)
}

/**
 * The parts of a request that can change its answer: the URL with its query (locale, depth,
 * where, select…), and the headers content negotiation reads.
 */
function requestKey(req: Request, token: string): string {
  return [
    token,
    // Answers carry absolute links built from the address asked for (without SERVER_URL).
    req.headers.host ?? '',
    req.headers['x-forwarded-proto'] ?? '',
    req.originalUrl,
    req.headers['accept-encoding'] ?? '',
    req.headers['accept-language'] ?? '',
    req.headers.accept ?? '',
  ].join('\n')
}

/** The client has gone (closed or reset the connection): nobody is left to answer. */
const gone = (req: Request, res: Response) => res.destroyed || req.socket.destroyed

function send(req: Request, res: Response, hit: CachedResponse) {
  for (const [name, value] of Object.entries(hit.headers)) {
    // `Vary` adds to what the layers in front set (the CORS layer's `Origin`).
    if (name === 'vary') res.vary(String(value))
    else res.setHeader(name, value)
  }
  res.setHeader('X-Cache', 'hit')
  res.setHeader('Age', String(Math.floor((Date.now() - hit.storedAt) / 1000)))
  res.setHeader('Content-Length', String(hit.body.length))
  res.status(hit.status)
  if (req.method === 'HEAD') res.end()
  else res.end(hit.body)
}

/** Makes every Cache-Control the app sets on this answer `value`. */
function keepCacheControl(res: Response, value: string) {
  const setHeader = res.setHeader.bind(res)
  res.setHeader = ((name: string, header: Parameters<Response['setHeader']>[1]) =>
    setHeader(
      name,
      name.toLowerCase() === 'cache-control' ? value : header,
    )) as Response['setHeader']
  setHeader('Cache-Control', value)
}

/**
 * Keeps a copy of what the app writes; calls `done` once the answer is over: with the answer
 * when it may be stored, with undefined when not (an error, too big, private, cut off).
 */
function capture(
  res: Response,
  maxBytes: number,
  page: boolean,
  done: (entry: CachedResponse | undefined) => void,
) {
  const chunks: Buffer[] = []
  let size = 0
  let tooBig = false
  const keep = (chunk: unknown, encoding: unknown) => {
    if (tooBig || chunk === undefined || chunk === null || typeof chunk === 'function') return
    const buffer = Buffer.isBuffer(chunk)
      ? chunk
      : typeof chunk === 'string'
        ? Buffer.from(chunk, (typeof encoding === 'string' ? encoding : 'utf8') as BufferEncoding)
        : Buffer.from(chunk as Uint8Array)
    size += buffer.length
    if (size > maxBytes) {
      tooBig = true
      chunks.length = 0
    } else chunks.push(buffer)
  }
  const write = res.write.bind(res) as (...args: unknown[]) => boolean
  const end = res.end.bind(res) as (...args: unknown[]) => Response
  res.write = ((...args: unknown[]) => {
    keep(args[0], args[1])
    return write(...args)
  }) as Response['write']
  res.end = ((...args: unknown[]) => {
    keep(args[0], args[1])
    return end(...args)
  }) as Response['end']
  let finished = false
  res.once('close', () => {
    if (!finished) done(undefined)
  })
  res.once('finish', () => {
    finished = true
    if (tooBig || res.statusCode !== 200) return done(undefined)
    const headers = res.getHeaders()
    if (headers['set-cookie']) return done(undefined)
    const cacheControl = String(headers['cache-control'] ?? '')
    if (!page && /no-store|private/.test(cacheControl)) return done(undefined)
    const stored: Record<string, string | string[]> = {}
    for (const [name, value] of Object.entries(headers)) {
      if (value === undefined || NOT_STORED.has(name)) continue
      stored[name] = Array.isArray(value) ? value : String(value)
    }
    done({ status: 200, headers: stored, body: Buffer.concat(chunks), storedAt: Date.now() })
  })
}

/**
 * Serves anonymous reads from a cache, keyed by the database's change token: a change to any
 * document, made anywhere, changes the token, so the very next request is answered by the app
 * again. Answers are stored only when the app sent 200 without cookies or `private`/`no-store`.
 * If the token cannot be read the request is simply not cached.
 */
export function responseCache(options: ResponseCacheOptions): RequestHandler {
  const maxEntryBytes = options.maxEntryBytes ?? 4 * 1024 * 1024
  const waitForLeaderMs = options.waitForLeaderMs ?? 5000
  const inflight = answersInFlight(waitForLeaderMs)
  let reported = false
  const report = (message: string) => {
    if (reported) return
    reported = true
    options.onError?.(`response cache: passing requests through: ${message}`)
  }
  const serve = async (req: Request, res: Response, next: NextFunction) => {
    let key: string
    let hit: CachedResponse | undefined
    try {
      key = requestKey(req, await options.token.current())
      hit = await options.store.get(key)
    } catch (error) {
      report((error as Error).message)
      return next()
    }
    if (hit) return send(req, res, hit)
    const pending = inflight.waitFor(key)
    const made = pending && (await pending)
    if (made) return send(req, res, made)
    // A client that left while the token was read never sees 'close' again: if it led, its
    // answer would never settle and every later request for the URL would wait on it.
    if (gone(req, res)) return
    res.setHeader('X-Cache', 'miss')
    const page = options.pages?.some((p) => p.test(req.path)) ?? false
    if (page) keepCacheControl(res, 'no-cache')
    // A HEAD answer has no body to keep; the next GET stores it.
    if (req.method === 'GET') {
      const settle = inflight.lead(key)
      const across = await leadAcross(options.store, key, waitForLeaderMs)
      if (across.made) {
        settle(across.made)
        return send(req, res, across.made)
      }
      if (gone(req, res)) {
        settle(undefined)
        return across.release()
      }
      capture(res, maxEntryBytes, page, (entry) => {
        settle(entry)
        if (!entry) return across.release()
        Promise.resolve()
          .then(() => options.store.set(key, entry, options.ttlMs))
          .catch((error: Error) => report(`could not store an answer: ${error.message}`))
          .finally(across.release)
      })
    }
    next()
  }
  return (req: Request, res: Response, next: NextFunction) => {
    if (!eligible(req, options)) return next()
    void serve(req, res, next)
  }
}
