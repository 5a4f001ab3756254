/**
 * The response cache's parts: its settings from the environment, the in-process store, and
 * the middleware's rules in a real Express app on loopback (the change token is a counter the
 * test moves, standing in for the database's). And the per-request memo of settings.
 */
import http, { type Server } from 'node:http'

import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import express from 'express'
import type { PayloadRequest } from 'payload'

import { isReadOnlyGraphQL, shareResponseCache, withGraphQLCache } from '../../src/cache/graphql.js'
import { cacheSettingsFromEnv, MemoryResponseStore } from '../../src/cache/index.js'
import { leadAcross } from '../../src/cache/store.js'
import { responseCache } from '../../src/cache/middleware.js'
import { forgetInRequest, memoInRequest } from '../../plugins/shared/index.js'

const entry = (bytes: number) => ({
  status: 200,
  headers: { 'content-type': 'text/plain' },
  body: Buffer.alloc(bytes, 'x'),
  storedAt: Date.now(),
})

describe('cache settings', () => {
  test('defaults: on, 64 MB, 60 s', () => {
    expect(cacheSettingsFromEnv({})).toEqual({
      enabled: true,
      maxBytes: 64 * 1024 * 1024,
      ttlMs: 60_000,
    })
    expect(cacheSettingsFromEnv({ RESPONSE_CACHE: 'off' }).enabled).toBe(false)
    expect(cacheSettingsFromEnv({ RESPONSE_CACHE_TTL_SECONDS: '2.5' }).ttlMs).toBe(2500)
  })

  test('a wrong value names the variable', () => {
    expect(() => cacheSettingsFromEnv({ RESPONSE_CACHE: 'maybe' })).toThrow(/RESPONSE_CACHE must/)
    expect(() => cacheSettingsFromEnv({ RESPONSE_CACHE_MB: '-1' })).toThrow(/RESPONSE_CACHE_MB/)
    expect(() => cacheSettingsFromEnv({ RESPONSE_CACHE_TTL_SECONDS: 'soon' })).toThrow(
      /RESPONSE_CACHE_TTL_SECONDS must be a positive number \(got soon\)/,
    )
  })
})

describe('in-process store', () => {
  test('keeps entries until its size is reached, then drops the least recently used', () => {
    // About 2,100 bytes an entry (body and headers): five fit in 12,000, a sixth does not.
    const store = new MemoryResponseStore(12_000)
    for (const key of ['a', 'b', 'c', 'd', 'e']) store.set(key, entry(2000), 60_000)
    expect(store.stats.entries).toBe(5)
    store.get('a')
    store.set('f', entry(2000), 60_000)
    expect(store.get('a')).toBeDefined()
    expect(store.get('b')).toBeUndefined()
    expect(store.get('f')).toBeDefined()
    expect(store.stats.bytes).toBeLessThanOrEqual(12_000)
    // An entry over a quarter of the store is not kept at all.
    store.set('huge', entry(5000), 60_000)
    expect(store.get('huge')).toBeUndefined()
  })

  test('an entry expires after its time to live', async () => {
    const store = new MemoryResponseStore(10_000)
    store.set('a', entry(10), 30)
    expect(store.get('a')).toBeDefined()
    await new Promise((r) => setTimeout(r, 60))
    expect(store.get('a')).toBeUndefined()
  })
})

describe('middleware', () => {
  let server: Server
  let base: string
  let version = 1
  let calls = 0
  /** How long reading the token takes (a database under load). */
  let tokenDelayMs = 0
  let stuckOnce = true
  const store = new MemoryResponseStore(1024 * 1024)

  beforeAll(async () => {
    const app = express()
    app.use(
      responseCache({
        store,
        token: {
          current: async () => {
            if (tokenDelayMs) await new Promise((r) => setTimeout(r, tokenDelayMs))
            return String(version)
          },
          close: async () => {},
        },
        ttlMs: 60_000,
        paths: [/^\/api\//, /^\/page$/],
        except: [/^\/api\/users/],
        pages: [/^\/page$/],
        maxEntryBytes: 1000,
        waitForLeaderMs: 300,
      }),
    )
    app.get('/api/text', (req, res) => {
      calls++
      res.type('text/plain').send(`answer ${calls} for ${req.headers['accept-language'] ?? '-'}`)
    })
    app.get('/api/cookie', (_req, res) => {
      calls++
      res.cookie('a', 'b').send(`answer ${calls}`)
    })
    app.get('/api/private', (_req, res) => {
      calls++
      res.set('cache-control', 'private').send(`answer ${calls}`)
    })
    app.get('/api/missing', (_req, res) => {
      calls++
      res.status(404).send(`answer ${calls}`)
    })
    app.get('/api/big', (_req, res) => {
      calls++
      res.send('x'.repeat(2000) + calls)
    })
    app.get('/api/users/me', (_req, res) => {
      calls++
      res.send(`answer ${calls}`)
    })
    app.get('/api/slow', (_req, res) => {
      calls++
      const n = calls
      setTimeout(() => res.type('text/plain').send(`slow answer ${n}`), 200)
    })
    app.get('/api/slow-missing', (_req, res) => {
      calls++
      const n = calls
      setTimeout(() => res.status(404).send(`missing ${n}`), 200)
    })
    // The first request never gets an answer (a stuck query); the next ones do.
    app.get('/api/stuck-once', (_req, res) => {
      calls++
      if (stuckOnce) {
        stuckOnce = false
        return
      }
      res.type('text/plain').send(`answer ${calls}`)
    })
    // A site page as Next sends it: private, though it is the same for every anonymous reader.
    app.get('/page', (req, res) => {
      calls++
      res.set('cache-control', 'private, no-cache, no-store, max-age=0, must-revalidate')
      res
        .type('text/html')
        .send(
          `<link rel="canonical" href="${req.headers['x-forwarded-proto'] ?? 'http'}://${req.headers.host}/page"> ${calls}`,
        )
    })
    app.get('/api/streamed', (_req, res) => {
      calls++
      res.type('text/plain')
      res.write('part one, ')
      res.end(`part two ${calls}`)
    })
    await new Promise<void>((resolve) => {
      server = app.listen(0, '127.0.0.1', () => resolve())
    })
    base = `http://127.0.0.1:${(server.address() as { port: number }).port}`
  })

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

  const get = async (path: string, headers: Record<string, string> = {}) => {
    const res = await fetch(base + path, { headers })
    return { text: await res.text(), cache: res.headers.get('x-cache'), status: res.status }
  }

  test('a burst of the same request makes the answer once; the others wait for it', async () => {
    version++
    const before = calls
    const answers = await Promise.all(Array.from({ length: 10 }, () => get('/api/slow')))
    expect(calls - before).toBe(1)
    expect(new Set(answers.map((a) => a.text))).toEqual(new Set([`slow answer ${before + 1}`]))
    expect(answers.filter((a) => a.cache === 'miss')).toHaveLength(1)
    expect(answers.filter((a) => a.cache === 'hit')).toHaveLength(9)
    // An answer that may not be stored is not shared either: each waiter asks the app.
    const mid = calls
    const missing = await Promise.all(Array.from({ length: 4 }, () => get('/api/slow-missing')))
    expect(missing.map((a) => a.status)).toEqual([404, 404, 404, 404])
    expect(calls - mid).toBe(4)
  })

  test('a client that leaves before its answer is made does not hold the next ones', async () => {
    // The client gives up while the token is being read, so the request never sees 'close'
    // after the cache looks at it. Before the fix it led, never settled, and every later
    // request for the URL waited forever (PostgreSQL's bench: 20 timeouts a run).
    version++
    tokenDelayMs = 150
    const leaving = new AbortController()
    const left = fetch(`${base}/api/text?left`, { signal: leaving.signal }).catch(
      (error: Error) => error.name,
    )
    setTimeout(() => leaving.abort(), 30)
    expect(await left).toBe('AbortError')
    await new Promise((r) => setTimeout(r, 250))
    tokenDelayMs = 0
    const res = await fetch(`${base}/api/text?left`, { signal: AbortSignal.timeout(2000) })
    expect(res.status).toBe(200)
    expect(res.headers.get('x-cache')).toBe('miss')
  })

  test('an answer that never comes holds the others only as long as the wait', async () => {
    version++
    const stuck = new AbortController()
    const first = fetch(`${base}/api/stuck-once`, { signal: stuck.signal }).catch(
      (error: Error) => error.name,
    )
    await new Promise((r) => setTimeout(r, 50))
    const started = Date.now()
    const waiter = await fetch(`${base}/api/stuck-once`, { signal: AbortSignal.timeout(2000) })
    expect(waiter.status).toBe(200)
    expect(await waiter.text()).toMatch(/^answer \d+$/)
    expect(Date.now() - started).toBeGreaterThanOrEqual(290)
    // The stuck answer no longer leads: the next request is answered from the waiter's copy.
    const next = await fetch(`${base}/api/stuck-once`, { signal: AbortSignal.timeout(2000) })
    expect(next.headers.get('x-cache')).toBe('hit')
    stuck.abort()
    expect(await first).toBe('AbortError')
  })

  test('reuses an answer until the token changes', async () => {
    const first = await get('/api/text')
    const second = await get('/api/text')
    expect([first.cache, second.cache]).toEqual(['miss', 'hit'])
    expect(second.text).toBe(first.text)
    version++
    const third = await get('/api/text')
    expect(third.cache).toBe('miss')
    expect(third.text).not.toBe(first.text)
  })

  test('keeps the language of the request in the key', async () => {
    const en = await get('/api/text', { 'accept-language': 'en' })
    const es = await get('/api/text', { 'accept-language': 'es' })
    expect(es.text).not.toBe(en.text)
    expect((await get('/api/text', { 'accept-language': 'es' })).text).toBe(es.text)
  })

  test('joins the parts of a streamed answer', async () => {
    const first = await get('/api/streamed')
    const second = await get('/api/streamed')
    expect(second.cache).toBe('hit')
    expect(second.text).toBe(first.text)
    expect(first.text).toMatch(/^part one, part two \d+$/)
  })

  test.each([
    ['sets a cookie', '/api/cookie'],
    ['is private', '/api/private'],
    ['is not 200', '/api/missing'],
    ['is larger than an entry may be', '/api/big'],
  ])('does not store an answer that %s', async (_why, path) => {
    const first = await get(path)
    const second = await get(path)
    expect(second.cache).toBe('miss')
    expect(second.text).not.toBe(first.text)
  })

  test("a site page is stored despite Next's private, and sent with no-cache", async () => {
    const first = await fetch(`${base}/page`)
    expect(first.headers.get('cache-control')).toBe('no-cache')
    const firstText = await first.text()
    const second = await fetch(`${base}/page`)
    expect(second.headers.get('x-cache')).toBe('hit')
    expect(second.headers.get('cache-control')).toBe('no-cache')
    expect(await second.text()).toBe(firstText)
    // The same path is not private elsewhere: /api/private stays unstored (above).
  })

  test('answers are kept per Host and forwarded scheme: a page holding absolute links is not served to another', async () => {
    // fetch() may not set Host: node:http may.
    const withHost = (host: string) =>
      new Promise<string>((resolve, reject) => {
        http
          .get(`${base}/page`, { headers: { host } }, (res) => {
            let body = ''
            res.on('data', (chunk) => (body += chunk))
            res.on('end', () => resolve(body))
          })
          .on('error', reject)
      })
    const one = await withHost('one.example')
    const two = await withHost('two.example')
    expect(one).toContain('http://one.example/page')
    expect(two).toContain('http://two.example/page')
    expect(await withHost('two.example')).toBe(two)
    // The scheme a proxy reports is part of the address too.
    const https = await get('/page', { 'x-forwarded-proto': 'https' })
    expect(https.text).toMatch(/^<link rel="canonical" href="https:/)
    expect((await get('/page')).text).toMatch(/^<link rel="canonical" href="http:/)
  })

  test("Next's client navigation and server actions pass by the cache", async () => {
    for (const headers of [
      { rsc: '1' },
      { 'next-action': 'abc' },
      { 'next-router-prefetch': '1' },
    ] as Record<string, string>[]) {
      expect((await get('/page', headers)).cache).toBeNull()
    }
  })

  test('passes by credentials, cookies, conditional requests, tokens and excluded paths', async () => {
    for (const [path, headers] of [
      ['/api/text', { authorization: 'JWT x' }],
      ['/api/text', { cookie: 'a=b' }],
      ['/api/text', { 'if-none-match': '"x"' }],
      ['/api/text?token=secret', {}],
      ['/api/users/me', {}],
      ['/other', {}],
    ] as const) {
      expect((await get(path, headers)).cache).toBeNull()
    }
  })
})

describe('GraphQL requests the cache may keep', () => {
  test.each([
    ['{ Events { docs { id } } }', true],
    ['query Home($n: Int) { Events(limit: $n) { docs { id } } } fragment F on Event { id }', true],
    ['mutation { createProposal(data: {}) { id } }', false],
    ['query A { Events { totalDocs } } mutation B { logoutUser }', false],
    ['subscription { x }', false],
    ['fragment F on Event { id }', false],
    ['{ Events { docs { id } }', false],
  ])('%s → %s', (query, expected) => {
    expect(isReadOnlyGraphQL(JSON.stringify({ query }))).toBe(expected)
  })

  test('a body that is not a GraphQL request is never kept', () => {
    for (const body of ['', 'not json', 'null', '[]', '{"query": 3}', '{"variables": {}}']) {
      expect(isReadOnlyGraphQL(body)).toBe(false)
    }
  })
})

describe('GraphQL answers made once for a burst', () => {
  const QUERY = JSON.stringify({ query: '{ Events { docs { id } } }' })
  let calls = 0
  let version = 0
  let answer: (n: number) => { status: number; body: string } = (n) => ({
    status: 200,
    body: JSON.stringify({ data: { n } }),
  })
  const handler = withGraphQLCache(async () => {
    const n = ++calls
    await new Promise((r) => setTimeout(r, 40))
    const { status, body } = answer(n)
    return new Response(body, { status, headers: { 'content-type': 'application/json' } })
  })
  // As Next hands the route a request: its length known from the HTTP request.
  const ask = async (body = QUERY) => {
    const headers = new Headers({
      'content-type': 'application/json',
      'content-length': String(Buffer.byteLength(body)),
    })
    const request = { url: 'http://x/api/graphql', headers, text: async () => body }
    const res = await handler(request as unknown as Request)
    return { text: await res.text(), cache: res.headers.get('x-cache'), status: res.status }
  }
  let withdraw: () => void
  beforeAll(() => {
    withdraw = shareResponseCache({
      store: new MemoryResponseStore(1024 * 1024),
      token: {
        current: async () => `v${version}`,
        versions: async () => ({ epoch: 't', of: { '*': version } }),
        close: async () => {},
      },
      ttlMs: 60_000,
    })
  })
  afterAll(() => withdraw())

  test('the first makes it, the others wait and get the same answer', async () => {
    version++
    const before = calls
    const answers = await Promise.all(Array.from({ length: 10 }, () => ask()))
    expect(calls - before).toBe(1)
    expect(new Set(answers.map((a) => a.text))).toEqual(new Set([`{"data":{"n":${before + 1}}}`]))
    expect(answers.filter((a) => a.cache === 'miss')).toHaveLength(1)
    expect(answers.filter((a) => a.cache === 'hit')).toHaveLength(9)
    // After a change the next burst makes a new answer, once.
    version++
    const again = await Promise.all(Array.from({ length: 5 }, () => ask()))
    expect(calls - before).toBe(2)
    expect(again.filter((a) => a.cache === 'miss')).toHaveLength(1)
  })

  test('an answer that may not be kept is not shared: each waiter asks again', async () => {
    version++
    answer = (n) => ({ status: 200, body: JSON.stringify({ errors: [{ message: `no ${n}` }] }) })
    const before = calls
    const answers = await Promise.all(Array.from({ length: 4 }, () => ask()))
    expect(calls - before).toBe(4)
    expect(new Set(answers.map((a) => a.text)).size).toBe(4)
    answer = (n) => ({ status: 500, body: `failed ${n}` })
    const failed = await Promise.all(Array.from({ length: 3 }, () => ask()))
    expect(failed.map((a) => a.status)).toEqual([500, 500, 500])
    expect(calls - before).toBe(7)
    answer = (n) => ({ status: 200, body: JSON.stringify({ data: { n } }) })
  })

  test('different queries do not wait for each other', async () => {
    version++
    const before = calls
    const other = JSON.stringify({ query: '{ Posts { docs { id } } }' })
    const answers = await Promise.all([ask(), ask(other), ask(), ask(other)])
    expect(calls - before).toBe(2)
    expect(answers.map((a) => a.cache).sort()).toEqual(['hit', 'hit', 'miss', 'miss'])
  })
})

describe('waiting for another instance in a shared store', () => {
  // A store that can claim keys, in memory; `onMiss` runs right after a read found nothing, to
  // place the other instance's steps exactly between the waiter's reads.
  const claimingStore = () => {
    const store = new MemoryResponseStore(1024 * 1024)
    const claims = new Map<string, string>()
    let onMiss: (() => Promise<void>) | undefined
    const shared = Object.assign(store, {
      async claim(key: string) {
        if (claims.has(key)) return null
        claims.set(key, 'token')
        return 'token'
      },
      async claimed(key: string) {
        return claims.has(key)
      },
      async release(key: string, token: string) {
        if (claims.get(key) === token) claims.delete(key)
      },
      get(key: string) {
        const found = MemoryResponseStore.prototype.get.call(store, key)
        const then = onMiss
        if (found || !then) return found
        onMiss = undefined
        return then().then(() => undefined)
      },
      afterMiss(step: () => Promise<void>) {
        onMiss = step
      },
    })
    return shared
  }

  test('an answer stored and let go of between two of the waiter’s reads is still found', async () => {
    const store = claimingStore()
    const maker = await leadAcross(store, 'GET /api/events', 2000)
    expect(maker.made).toBeUndefined()
    const made = entry(10)
    // The waiter reads the claim (held), then the answer (missing), and only then the maker
    // stores and lets go: the waiter's next look must find the answer, not the claim gone.
    store.afterMiss(async () => {
      store.set('GET /api/events', made, 60_000)
      await maker.release()
    })
    const waiter = await leadAcross(store, 'GET /api/events', 2000)
    expect(waiter.made).toBe(made)
  })

  test('a maker that lets go without storing sends the waiter to make its own', async () => {
    const store = claimingStore()
    const maker = await leadAcross(store, 'GET /api/feed', 2000)
    store.afterMiss(() => maker.release())
    const started = Date.now()
    const waiter = await leadAcross(store, 'GET /api/feed', 2000)
    expect(waiter.made).toBeUndefined()
    expect(Date.now() - started).toBeLessThan(1000)
    // It leads now: the key is free for it to claim.
    expect(await store.claimed('GET /api/feed')).toBe(false)
  })
})

describe('request memo', () => {
  const request = () => ({ context: {} }) as unknown as PayloadRequest

  test('reads once per request and key; another request reads again', async () => {
    let loads = 0
    const load = async () => ++loads
    const a = request()
    expect(await memoInRequest(a, 'g', 'k', load)).toBe(1)
    expect(await memoInRequest(a, 'g', 'k', load)).toBe(1)
    expect(await memoInRequest(a, 'g', 'other', load)).toBe(2)
    expect(await memoInRequest(request(), 'g', 'k', load)).toBe(3)
    expect(loads).toBe(3)
  })

  test('forgetting a group makes the next read load again; other groups are kept', async () => {
    let loads = 0
    const load = async () => ++loads
    const req = request()
    await memoInRequest(req, 'webhooks', 'events', load)
    await memoInRequest(req, 'filters', 'enabled', load)
    forgetInRequest(req, 'webhooks')
    forgetInRequest(request(), 'webhooks')
    expect(await memoInRequest(req, 'webhooks', 'events', load)).toBe(3)
    expect(await memoInRequest(req, 'filters', 'enabled', load)).toBe(2)
  })

  test('a load that fails is not kept', async () => {
    const req = request()
    await expect(
      memoInRequest(req, 'g', 'k', async () => {
        throw new Error('database gone')
      }),
    ).rejects.toThrow('database gone')
    expect(await memoInRequest(req, 'g', 'k', async () => 'back')).toBe('back')
  })
})
