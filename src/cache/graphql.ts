/**
 * The response cache for anonymous GraphQL queries. GraphQL reads arrive as POSTs, whose body
 * Express cannot read without taking it from Next, so this part of the cache wraps Payload's
 * GraphQL route handler instead; the server hands it the same store and change token as the
 * Express-level cache (`shareResponseCache`). The route imports this module from Node, not
 * from Next's bundle (scripts/shared-modules.mjs), so both see the one value set here.
 *
 * The key is the change token, the URL (`?locale=`), the language asked for and the body
 * exactly as sent: a home page sends the same query with every visit. Only read-only
 * operations are cached (a document holding a mutation or subscription is passed through), only
 * for requests without credentials or cookies, and only answers that are 200 without GraphQL
 * `errors` (Payload answers some errors with 200).
 */
import { Kind, parse } from 'graphql'

import type { ChangeToken } from './changeToken.js'
import {
  answersInFlight,
  type CachedResponse,
  leadAcross,
  type ResponseCacheStore,
} from './store.js'

export type SharedResponseCache = {
  store: ResponseCacheStore
  token: ChangeToken
  ttlMs: number
  onError?: (message: string) => void
}

let current: SharedResponseCache | undefined

/** Makes the cache reachable from route handlers; returns a function that withdraws it. */
export function shareResponseCache(cache: SharedResponseCache): () => void {
  current = cache
  return () => {
    if (current === cache) current = undefined
  }
}

/** The cache the server shares, if any (./queryParts.ts keeps the site's root fields in it). */
export const sharedResponseCache = () => current

/** Larger request bodies are passed through unread (Payload limits the body itself). */
const MAX_QUERY_BYTES = 64 * 1024
/** Larger answers are sent and not stored. */
const MAX_ANSWER_BYTES = 4 * 1024 * 1024
/** The longest a request waits for the same query's answer being made; then it makes its own. */
const WAIT_FOR_LEADER_MS = 5000

/** True when the body is a GraphQL request whose every operation is a query. */
export function isReadOnlyGraphQL(body: string): boolean {
  let request: unknown
  try {
    request = JSON.parse(body)
  } catch {
    return false
  }
  const query = (request as { query?: unknown } | null)?.query
  if (typeof query !== 'string') return false
  try {
    const document = parse(query)
    const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION)
    return operations.length > 0 && operations.every((d) => d.operation === 'query')
  } catch {
    return false
  }
}

const hasErrors = (body: Buffer) => {
  try {
    const answer = JSON.parse(body.toString('utf8')) as { errors?: unknown }
    return answer.errors !== undefined
  } catch {
    return true
  }
}

function fromCache(hit: CachedResponse): Response {
  const headers = new Headers()
  for (const [name, value] of Object.entries(hit.headers)) {
    for (const one of Array.isArray(value) ? value : [value]) headers.append(name, one)
  }
  headers.set('x-cache', 'hit')
  headers.set('age', String(Math.floor((Date.now() - hit.storedAt) / 1000)))
  return new Response(new Uint8Array(hit.body), { status: hit.status, headers })
}

type Handler = (request: Request) => Promise<Response>

/**
 * Wraps Payload's GraphQL POST handler. Without a shared cache (tests of the route alone,
 * `next start`) it is the handler itself.
 */
export function withGraphQLCache(handler: Handler): Handler {
  let reported = false
  // After a change, a burst of the same query makes its answer once, as in ./middleware.ts.
  const inflight = answersInFlight(WAIT_FOR_LEADER_MS)
  return async (request) => {
    const cache = sharedResponseCache()
    const length = Number(request.headers.get('content-length') ?? NaN)
    if (
      !cache ||
      request.headers.get('authorization') ||
      request.headers.get('cookie') ||
      !(request.headers.get('content-type') ?? '').startsWith('application/json') ||
      !(length <= MAX_QUERY_BYTES)
    ) {
      return handler(request)
    }
    const report = (message: string) => {
      if (reported) return
      reported = true
      cache.onError?.(`response cache (GraphQL): passing requests through: ${message}`)
    }
    const body = await request.text()
    // The body is read: Payload gets a request of its own with the same bytes.
    const forward = () =>
      handler(new Request(request.url, { method: 'POST', headers: request.headers, body }))
    if (!isReadOnlyGraphQL(body)) return forward()

    let key: string
    try {
      key = [
        await cache.token.current(),
        'graphql',
        request.url,
        request.headers.get('accept-language') ?? '',
        body,
      ].join('\n')
      const hit = await cache.store.get(key)
      if (hit) return fromCache(hit)
    } catch (error) {
      report((error as Error).message)
      return forward()
    }
    const pending = inflight.waitFor(key)
    const made = pending && (await pending)
    if (made) return fromCache(made)
    // Not shareable, or still being made after the wait: this request makes its own, unless
    // another instance sharing the store is making it.
    const settle = inflight.lead(key)
    const across = await leadAcross(cache.store, key, WAIT_FOR_LEADER_MS)
    if (across.made) {
      settle(across.made)
      return fromCache(across.made)
    }
    let entry: CachedResponse | undefined
    let storing: Promise<void> | undefined
    try {
      const response = await forward()
      if (response.status !== 200 || response.headers.has('set-cookie')) return response
      const answer = Buffer.from(await response.arrayBuffer())
      const headers = new Headers(response.headers)
      headers.set('x-cache', 'miss')
      const cacheControl = headers.get('cache-control') ?? ''
      if (
        answer.length <= MAX_ANSWER_BYTES &&
        !/no-store|private/.test(cacheControl) &&
        !hasErrors(answer)
      ) {
        const stored: Record<string, string> = {}
        headers.forEach((value, name) => {
          if (!['content-length', 'date', 'x-cache', 'age'].includes(name)) stored[name] = value
        })
        entry = { status: 200, headers: stored, body: answer, storedAt: Date.now() }
        const kept = entry
        storing = Promise.resolve()
          .then(() => cache.store.set(key, kept, cache.ttlMs))
          .catch((error: Error) => report(`could not store an answer: ${error.message}`))
      }
      return new Response(new Uint8Array(answer), { status: 200, headers })
    } finally {
      settle(entry)
      if (storing) void storing.finally(across.release)
      else void across.release()
    }
  }
}
