/**
 * The public surface as a hostile client meets it, against the compiled server on a seeded
 * database: each class of attack in several variants, each asserting the refusal, that nothing
 * was written, and that /healthz kept answering within a second.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import fs from 'node:fs'
import http from 'node:http'

import { apiClient, type ApiClient, type Json } from '../helpers/api.js'
import { createTestDatabase, type TestDatabase } from '../helpers/database.js'
import { runCli, type ServerProcess, serverEnv, startServerProcess } from '../helpers/server.js'

const TRUSTED_ORIGIN = 'https://frontend.example'

let db: TestDatabase
let server: ServerProcess
let client: ApiClient

beforeAll(async () => {
  db = await createTestDatabase()
  const env = serverEnv(db.url, {
    SERVER_URL: 'https://cms.example',
    CORS_ORIGINS: TRUSTED_ORIGIN,
    SUBMISSIONS_PER_HOUR: '6',
    // Clients are told apart by X-Forwarded-For, as behind a proxy.
    TRUST_PROXY: 'loopback',
  })
  const seeded = await runCli('seed', [], env)
  expect(seeded.status).toBe(0)
  server = await startServerProcess(env)
  client = apiClient(server.url)
  await client.login('admin', 'organizer')
}, 180_000)

afterAll(async () => {
  await server?.stop('SIGKILL')
  await db?.drop()
})

/** Runs `work` while /healthz is asked every 100 ms; answers the work and the slowest answer. */
async function whileHealthChecked<T>(work: () => Promise<T>) {
  let slowest = 0
  let running = true
  const probe = (async () => {
    while (running) {
      const started = Date.now()
      const res = await fetch(`${server.url}/healthz`)
      expect(res.status).toBe(200)
      slowest = Math.max(slowest, Date.now() - started)
      await new Promise((r) => setTimeout(r, 100))
    }
  })()
  try {
    return { result: await work(), slowest: () => slowest }
  } finally {
    running = false
    await probe
  }
}

const countProposals = async () =>
  (await client.call('admin', '/api/proposals?limit=1&depth=0')).body.totalDocs as number

const graphql = (query: string, headers: Record<string, string> = {}) =>
  fetch(`${server.url}/api/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  })

describe('1. GraphQL queries are priced before they run', () => {
  const nested = (levels: number) => {
    let inner = 'id title'
    for (let i = 0; i < levels; i++)
      inner = `id event { sessions(limit: 100) { docs { ${inner} } } }`
    return `{ Sessions(limit: 100) { docs { event { sessions(limit: 100) { docs { ${inner} } } } } } }`
  }
  test.each([
    ['nested lists, 4 levels', nested(1), /too costly/],
    ['nested lists, 25 levels', nested(11), /too deep|too costly/],
    [
      '300 aliases of a list',
      `{ ${Array.from({ length: 300 }, (_, i) => `a${i}: Events(limit: 100) { docs { id } }`).join(' ')} }`,
      /Too many aliases|too costly/,
    ],
    ['an unbounded list', '{ Events(limit: 0) { docs { id title } } }', /too costly/],
    [
      'the same through a fragment',
      `{ Sessions(limit: 100) { docs { ...S } } }
      fragment S on Session { event { sessions(limit: 100) { docs { title } } } }`,
      /too costly/,
    ],
  ])('%s: refused at once, with the reason', async (_name, query, reason) => {
    const { result, slowest } = await whileHealthChecked(async () => {
      const res = await graphql(query)
      const body = (await res.json()) as { data?: unknown; errors?: { message: string }[] }
      return { status: res.status, body }
    })
    // graphql-http answers validation errors 200 to `application/json` clients, as the spec says.
    expect([200, 400]).toContain(result.status)
    expect(result.body.data).toBeUndefined()
    expect(result.body.errors?.map((e) => e.message).join('\n')).toMatch(reason)
    expect(slowest()).toBeLessThan(1000)
  })

  test('the worst query anonymous readers may send runs while /healthz answers within a second', async () => {
    const query = `{ Events(limit: 100) { docs { id title slug summary startsAt endsAt
      place { id name city } organizations { id name slug } } } }`
    const { result, slowest } = await whileHealthChecked(async () => {
      const res = await graphql(query)
      return { status: res.status, body: (await res.json()) as Json }
    })
    expect(result.status).toBe(200)
    expect(result.body.errors).toBeUndefined()
    expect(((result.body.data as Json).Events as Json).docs).toEqual(expect.any(Array))
    expect(slowest()).toBeLessThan(1000)
  })

  test('staff have a higher bound than anonymous readers', async () => {
    const query = '{ Events(limit: 100) { docs { sessions(limit: 20) { docs { id title } } } } }'
    const errors = async (headers?: Record<string, string>) =>
      ((await (await graphql(query, headers)).json()) as Json).errors
    expect(JSON.stringify(await errors())).toMatch(/too costly/)
    expect(await errors({ Authorization: client.authorization('organizer') })).toBeUndefined()
  })
})

/** Sends `body` with chunked transfer encoding (no length declared), `size` bytes in all. */
function sendChunked(path: string, size: number, extra: Record<string, string> = {}) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const url = new URL(path, server.url)
    const req = http.request(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked', ...extra },
    })
    req.on('response', (res) => {
      let body = ''
      res.on('data', (c) => (body += c))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }))
    })
    req.on('error', (error) => reject(error))
    const chunk = Buffer.alloc(64 * 1024, 'a')
    let sent = 0
    const pump = () => {
      while (sent < size) {
        sent += chunk.length
        if (
          !req.write(sent === chunk.length ? Buffer.from(`{"title":"${'a'.repeat(60_000)}`) : chunk)
        ) {
          req.once('drain', pump)
          return
        }
      }
      req.end('"}')
    }
    req.on('socket', pump)
  })
}

describe('4. public bodies are limited by bytes read, on every route', () => {
  test.each([
    ['/api/proposals', {}],
    ['/api/%70roposals', {}],
    ['/api/organizations', {}],
    ['/api/graphql', {}],
    ['/api/users/login', {}],
  ])('a chunked 20 MB body to %s %j is refused with 413 before it is read', async (path, extra) => {
    const before = await countProposals()
    const result = await sendChunked(path, 20 * 1024 * 1024, extra).catch((error: Error) => ({
      status: 0,
      body: error.message,
    }))
    // The server answers 413 and closes; a client still writing may see the reset instead.
    if (result.status !== 0) expect(result.status).toBe(413)
    else expect(result.body).toMatch(/EPIPE|ECONNRESET|socket hang up/)
    expect(await countProposals()).toBe(before)
  })

  test('a declared length over the limit is refused before a byte is read', async () => {
    const res = await fetch(`${server.url}/api/proposals`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ title: 'x'.repeat(200_000) }),
    })
    expect(res.status).toBe(413)
    expect(((await res.json()) as Json).errors).toEqual([
      { message: expect.stringContaining('too large') },
    ])
  })
})

describe('2. the submission limit counts by client whatever the route', () => {
  const proposal = (n: number) => ({
    title: `Limit probe ${n}`,
    format: 'workshop',
    description: 'Probe.',
    submitterName: 'Probe',
    submitterEmail: `probe${n}@example.org`,
    consent: true,
    answers: [{ question: 'recording', value: '1' }],
  })
  test('REST, an encoded path and GraphQL share one limit; the refusal says when to retry', async () => {
    // A client of its own (X-Forwarded-For, behind the trusted proxy), so its limit is whole.
    const from = { 'X-Forwarded-For': '192.0.2.20' }
    const answers: { status: number; stored: boolean; retryAfter: string | null }[] = []
    for (let i = 0; i < 9; i++) {
      const route = i % 3
      const res =
        route === 2
          ? await graphql(
              `mutation { createProposal(data: { title: "Limit probe ${i}", format: workshop, description: "Probe.", submitterName: "Probe", submitterEmail: "probe${i}@example.org", consent: true, answers: [{ question: "recording", value: "1" }] }) { id } }`,
              from,
            )
          : await fetch(`${server.url}${route === 0 ? '/api/proposals' : '/api/%70roposals'}`, {
              method: 'POST',
              headers: { 'Content-Type': 'application/json', ...from },
              body: JSON.stringify(proposal(i)),
            })
      const body = (await res.json()) as { errors?: { message: string }[] }
      const limited =
        res.status === 429 || Boolean(body.errors?.some((e) => /Too many/.test(e.message)))
      const stored = await client.call(
        'admin',
        `/api/proposals?where[title][equals]=${encodeURIComponent(`Limit probe ${i}`)}&depth=0`,
      )
      answers.push({
        status: limited ? 429 : res.status,
        stored: stored.body.totalDocs === 1,
        retryAfter: res.headers.get('retry-after'),
      })
    }
    // SUBMISSIONS_PER_HOUR=6 for this server: six stored, whichever route, then refused.
    expect(answers.map((a) => [a.status, a.stored])).toEqual([
      ...Array.from({ length: 6 }, (_, i) => [i % 3 === 2 ? 200 : 201, true]),
      [429, false],
      [429, false],
      [429, false],
    ])
    expect(Number(answers[6]!.retryAfter)).toBeGreaterThan(0)
  })

  test('a client naming its own address in the header the limits count by gains nothing', async () => {
    const answers: number[] = []
    for (let i = 0; i < 9; i++) {
      // A new made-up address each time, in the header the server itself sets for the hooks.
      const from = {
        'X-Forwarded-For': '192.0.2.21',
        'X-Dualpower-Client-Ip': `198.51.100.${i + 1}`,
      }
      const n = 100 + i
      const res =
        i % 2 === 1
          ? await graphql(
              `mutation { createProposal(data: { title: "Limit probe ${n}", format: workshop, description: "Probe.", submitterName: "Probe", submitterEmail: "probe${n}@example.org", consent: true, answers: [{ question: "recording", value: "1" }] }) { id } }`,
              from,
            )
          : await fetch(`${server.url}/api/proposals`, {
              method: 'POST',
              headers: { 'Content-Type': 'application/json', ...from },
              body: JSON.stringify(proposal(n)),
            })
      const body = (await res.json()) as { errors?: { message: string }[] }
      const limited =
        res.status === 429 || Boolean(body.errors?.some((e) => /Too many/.test(e.message)))
      answers.push(limited ? 429 : res.status)
    }
    expect(answers).toEqual([201, 200, 201, 200, 201, 200, 429, 429, 429])
  })
})

describe('5. the Hyperactive feed does not republish scripts', () => {
  test('imported markup reaches anonymous readers sanitized, staff as imported', async () => {
    const hostile = `<?xml version="1.0" encoding="UTF-8"?>
<events type="array">
  <event>
    <body>&lt;p&gt;Potluck&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;&lt;a href="javascript:alert(3)"&gt;map&lt;/a&gt;&lt;a href="JaVaScRiPt&amp;#58;alert(4)"&gt;x&lt;/a&gt;&lt;/p&gt;</body>
    <date type="datetime">2031-03-01T18:00:00+00:00</date>
    <id type="integer">987654</id>
    <moderation-status>published</moderation-status>
    <title>Hostile potluck</title>
  </event>
</events>
`
    const res = await fetch(`${server.url}/api/events/import-hyperactive`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/xml',
        Accept: 'application/json',
        Authorization: client.authorization('organizer'),
      },
      body: hostile,
    })
    expect(res.status).toBe(200)
    for (const path of ['/events/987654.xml', '/events.xml?from=2031-01-01']) {
      const text = await (await fetch(`${server.url}${path}`)).text()
      expect(text).toContain('Potluck')
      expect(text).not.toMatch(/script|onerror|javascript/i)
    }
    const staff = await fetch(`${server.url}/events/987654.xml`, {
      headers: { Authorization: client.authorization('organizer') },
    })
    expect(await staff.text()).toContain('&lt;script&gt;alert(1)')
  })
})

describe('6. webhook targets in any notation of a non-public address are refused', () => {
  test.each([
    'http://[::a9fe:a9fe]/',
    'http://[::127.0.0.1]/',
    'http://[::7f00:1]/',
    'http://[::ffff:0:a9fe:a9fe]/',
    'http://[64:ff9b::a9fe:a9fe]/',
    'http://[2002:a9fe:a9fe::1]/',
  ])('%s', async (url) => {
    const res = await client.call('admin', '/api/webhooks', {
      method: 'POST',
      body: JSON.stringify({ url, collections: ['events'] }),
    })
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.body)).toMatch(/not on the public internet/)
  })
})

describe('9. links the public is shown are web links only', () => {
  test.each([
    ['organizations', { name: 'Probe org', website: 'javascript:alert(1)' }, 'website'],
    [
      'organizations',
      { name: 'Probe org', socialLinks: [{ label: 'x', url: ' JavaScript:alert(1)' }] },
      'socialLinks',
    ],
    [
      'organizations',
      { name: 'Probe org', website: 'data:text/html,<script>alert(1)</script>' },
      'website',
    ],
  ])('%s %j is refused, naming the field', async (collection, data, field) => {
    const res = await client.call('admin', `/api/${collection}`, {
      method: 'POST',
      body: JSON.stringify(data),
    })
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.body)).toContain(field)
    expect(JSON.stringify(res.body)).toMatch(/only lead to web pages|not a full web address/)
  })

  test('behind an https SERVER_URL the session cookie is Secure', async () => {
    const res = await fetch(`${server.url}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'admin@example.org', password: 'test-password-123' }),
    })
    expect(res.status).toBe(200)
    expect(res.headers.get('set-cookie')).toMatch(/payload-token=[^;]+;.*Secure/i)
  })
})

describe('11. cross-origin frontends', () => {
  test.each(['/api/events?limit=1', '/feeds/events.rss', '/events.xml'])(
    'any origin may read %s, without credentials',
    async (path) => {
      for (let i = 0; i < 2; i++) {
        const res = await fetch(`${server.url}${path}`, {
          headers: { Origin: 'https://other.example' },
        })
        expect(res.status).toBe(200)
        expect(res.headers.get('access-control-allow-origin')).toBe('*')
        expect(res.headers.get('access-control-allow-credentials')).toBeNull()
      }
    },
  )

  test('a configured origin may send credentials; a cached answer does not leak its header', async () => {
    const trusted = await fetch(`${server.url}/api/events?limit=2`, {
      headers: { Origin: TRUSTED_ORIGIN },
    })
    expect(trusted.headers.get('access-control-allow-origin')).toBe(TRUSTED_ORIGIN)
    expect(trusted.headers.get('access-control-allow-credentials')).toBe('true')
    const other = await fetch(`${server.url}/api/events?limit=2`, {
      headers: { Origin: 'https://evil.example' },
    })
    expect(other.headers.get('access-control-allow-origin')).toBe('*')
    expect(other.headers.get('vary')).toMatch(/Origin/)
  })

  test('preflights are answered; the admin is not shared', async () => {
    const pre = await fetch(`${server.url}/api/graphql`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'https://other.example',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type',
      },
    })
    expect(pre.status).toBe(204)
    expect(pre.headers.get('access-control-allow-methods')).toContain('POST')
    const admin = await fetch(`${server.url}/admin/login`, {
      headers: { Origin: 'https://other.example' },
    })
    expect(admin.headers.get('access-control-allow-origin')).toBeNull()
  })
})

describe('10. logins are throttled by client, never by account alone', () => {
  const login = async (from: string, email: string, password: string, via: 'rest' | 'graphql') => {
    const headers = { 'Content-Type': 'application/json', 'X-Forwarded-For': from }
    const res =
      via === 'rest'
        ? await fetch(`${server.url}/api/users/login`, {
            method: 'POST',
            headers,
            body: JSON.stringify({ email, password }),
          })
        : await fetch(`${server.url}/api/graphql`, {
            method: 'POST',
            headers,
            body: JSON.stringify({
              query: `mutation { loginUser(email: ${JSON.stringify(email)}, password: ${JSON.stringify(password)}) { token } }`,
            }),
          })
    const body = (await res.json()) as { errors?: { message: string }[]; token?: string }
    const message = body.errors?.map((e) => e.message).join() ?? ''
    const status =
      via === 'graphql' && res.status === 200 && message ? errorStatus(message) : res.status
    return { status, message, retryAfter: res.headers.get('retry-after') }
  }
  // GraphQL answers 200 with the error: its message tells which it was.
  const errorStatus = (message: string) => (/Too many failed logins/.test(message) ? 429 : 401)

  const guess = async (from: string, email: string) => {
    const seen = []
    for (let i = 0; i < 7; i++) {
      seen.push(await login(from, email, `wrong-${i}`, i % 2 ? 'graphql' : 'rest'))
    }
    return seen
  }

  test('wrong passwords for a real and an unknown account are answered alike, then throttled', async () => {
    const real = await guess('203.0.113.7', 'admin@example.org')
    const unknown = await guess('203.0.113.8', 'nobody-here@example.org')
    expect(real.map((r) => r.status)).toEqual([401, 401, 401, 401, 401, 429, 429])
    expect(unknown.map((r) => r.status)).toEqual(real.map((r) => r.status))
    expect(unknown.map((r) => r.message)).toEqual(real.map((r) => r.message))
    expect(real[5]!.message).toMatch(/Too many failed logins from your connection/)
    expect(Number(real[6]!.retryAfter ?? real[5]!.retryAfter)).toBeGreaterThan(0)
  })

  test('the real user, from another client, still logs in while the attacker is throttled', async () => {
    const attacker = await login('203.0.113.7', 'admin@example.org', 'test-password-123', 'rest')
    expect(attacker.status).toBe(429)
    const owner = await login('198.51.100.2', 'admin@example.org', 'test-password-123', 'rest')
    expect(owner.status).toBe(200)
  })

  test('one client guessing across many accounts is throttled too', async () => {
    const statuses = []
    for (let i = 0; i < 22; i++) {
      statuses.push((await login('203.0.113.9', `user${i}@example.org`, 'wrong', 'rest')).status)
    }
    expect(statuses.slice(0, 20)).toEqual(Array(20).fill(401))
    expect(statuses.slice(20)).toEqual([429, 429])
  })

  test('successful logins do not count against their client', async () => {
    for (let i = 0; i < 8; i++) {
      expect(
        (await login('198.51.100.3', 'organizer@example.org', 'test-password-123', 'rest')).status,
      ).toBe(200)
    }
  })
})

describe('12. the rest of the public surface', () => {
  test.each([['null'], ['[]'], ['"a string"'], ['42'], ['true']])(
    'a JSON body of %s is refused with 400 naming what is wrong, on every create and update',
    async (body) => {
      const before = await countProposals()
      for (const [method, path] of [
        ['POST', '/api/proposals'],
        ['POST', '/api/organizations'],
        ['PATCH', '/api/proposals?where[title][equals]=none'],
      ] as const) {
        const res = await fetch(`${server.url}${path}`, {
          method,
          headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': '192.0.2.50' },
          body,
        })
        expect(res.status).toBe(400)
        expect(JSON.stringify(await res.json())).toMatch(/must be a JSON object of its fields/)
      }
      expect(await countProposals()).toBe(before)
    },
  )

  test.each(['proposals', 'events', 'posts', 'organizations', 'reviews'])(
    'staff asking for the versions of %s, which keeps none, are told no (403, not 500)',
    async (slug) => {
      for (const path of [`/api/${slug}/versions`, `/api/${slug}/versions/1`]) {
        const res = await client.call('admin', path)
        expect(res.status).toBe(403)
      }
    },
  )

  test.each([
    ['limit=0', 400],
    ['pagination=false', 400],
    ['limit=101', 400],
    ['limit=100000&depth=10', 400],
    ['limit=100', 200],
  ])('an anonymous REST list with %s answers %i', async (query, status) => {
    const res = await fetch(`${server.url}/api/events?${query}`)
    expect(res.status).toBe(status)
    if (status === 400) expect(JSON.stringify(await res.json())).toMatch(/limit: at most 100/)
  })

  test("anonymous clients' mistakes do not flood the log with errors and stack traces", async () => {
    const mark = server.output().length
    for (let i = 0; i < 5; i++) {
      await fetch(`${server.url}/api/events?where[noSuchField${i}][equals]=1`)
      await fetch(`${server.url}/api/users/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': `192.0.2.${60 + i}` },
        body: JSON.stringify({ email: `nobody${i}@example.org`, password: 'wrong' }),
      })
    }
    await new Promise((r) => setTimeout(r, 300))
    const logged = server.output().slice(mark)
    expect(logged).toMatch(/GET \/api\/events\?where\[noSuchField0\]\[equals\]=1 400/)
    expect(logged).not.toMatch(/ERROR/)
    expect(logged).not.toMatch(/\n\s+at /)
  })

  test('staff lists are not bounded that way', async () => {
    expect((await client.call('organizer', '/api/events?limit=0')).status).toBe(200)
  })

  test('related documents anonymous readers cannot see leave no id in REST or GraphQL', async () => {
    const org = async (name: string, state: string) =>
      (
        await client.call('organizer', '/api/organizations', {
          method: 'POST',
          body: JSON.stringify({ name, listPublicly: true, moderationStatus: state }),
        })
      ).body.doc as Json
    const shown = await org('Visible co-op', 'published')
    const hidden = await org('Hidden co-op', 'hidden')
    const pending = await org('Pending co-op', 'pending')
    const made = await client.call('organizer', '/api/events', {
      method: 'POST',
      body: JSON.stringify({
        title: 'Related ids probe',
        startsAt: '2031-05-01T15:00:00.000Z',
        moderationStatus: 'published',
        organizations: [hidden.id, shown.id, pending.id],
      }),
    })
    expect(made.status).toBe(201)
    const id = (made.body.doc as Json).id
    for (const depth of [0, 1, 2]) {
      const res = await fetch(`${server.url}/api/events/${id}?depth=${depth}`)
      const orgs = ((await res.json()) as Json).organizations as unknown[]
      const ids = orgs.map((o) => (typeof o === 'object' ? (o as Json).id : o))
      expect(ids).toEqual([shown.id])
    }
    const list = (await (
      await fetch(`${server.url}/api/events?where[id][equals]=${id}&depth=0`)
    ).json()) as Json
    expect(JSON.stringify(list)).not.toContain(String(hidden.id))
    expect(JSON.stringify(list)).not.toContain(String(pending.id))
    const gql = (await (
      await graphql(`{ Event(id: ${JSON.stringify(id)}) { organizations { id name } } }`)
    ).json()) as { data: { Event: { organizations: Json[] } } }
    expect(gql.data.Event.organizations).toEqual([{ id: shown.id, name: 'Visible co-op' }])
    const staff = await client.call('organizer', `/api/events/${id}?depth=0`)
    expect(staff.body.organizations).toEqual([hidden.id, shown.id, pending.id])
  })
})

describe('2. the forms: limits and stamps hold whatever URL the form is sent to', () => {
  /** The no-JavaScript form as a browser renders it: its hidden fields, stamp included. */
  const renderForm = async (from: string) => {
    const html = await (
      await fetch(`${server.url}/propose`, { headers: { 'X-Forwarded-For': from } })
    ).text()
    return [...html.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?/g)].map(
      (m) => [m[1]!, (m[2] ?? '').replace(/&quot;/g, '"').replace(/&amp;/g, '&')] as const,
    )
  }
  let sent = 0
  const send = async (from: string, path: string, hidden: (readonly [string, string])[]) => {
    const form = new FormData()
    for (const [name, value] of hidden) form.append(name, value)
    const title = `Form probe ${++sent}`
    for (const [name, value] of Object.entries({
      title,
      format: 'workshop',
      description: 'Probe.',
      submitterName: 'Probe',
      submitterEmail: `form${sent}@example.org`,
      consent: 'on',
      'answers.recording': '1',
    }))
      form.append(name, value)
    const res = await fetch(`${server.url}${path}`, {
      method: 'POST',
      body: form,
      headers: { 'X-Forwarded-For': from },
    })
    const text = await res.text()
    const stored = await client.call(
      'admin',
      `/api/proposals?where[title][equals]=${encodeURIComponent(title)}&depth=0`,
    )
    return { status: res.status, text, stored: stored.body.totalDocs as number }
  }

  beforeAll(async () => {
    const call = await client.call('organizer', '/api/globals/content-call', {
      method: 'POST',
      body: JSON.stringify({ minFillSeconds: 0 }),
    })
    expect(call.status).toBe(200)
  })

  test('one rendered form sends one proposal, whichever of its URLs it is replayed to', async () => {
    const hidden = await renderForm('192.0.2.30')
    const first = await send('192.0.2.30', '/propose', hidden)
    expect(first.text).toContain('Thank you: your proposal was received')
    expect(first.stored).toBe(1)
    for (const path of ['/propose', '/es/propose']) {
      const replay = await send('192.0.2.30', path, hidden)
      expect(replay.text).toMatch(/already sent|ya se envió/)
      expect(replay.stored).toBe(0)
    }
  })

  test('the per-client limit counts form submissions on every URL, with REST alongside', async () => {
    const from = '192.0.2.31'
    const forms = await Promise.all(Array.from({ length: 7 }, () => renderForm(from)))
    const results = []
    for (const [i, hidden] of forms.entries()) {
      results.push(await send(from, i % 2 ? '/es/propose' : '/propose', hidden))
    }
    // SUBMISSIONS_PER_HOUR=6 for this server.
    expect(results.map((r) => r.stored)).toEqual([1, 1, 1, 1, 1, 1, 0])
    expect(results[6]!.text).toMatch(/Too many submissions|Demasiados envíos/)
    const rest = await fetch(`${server.url}/api/proposals`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': from },
      body: JSON.stringify({ title: 'After the forms' }),
    })
    expect(rest.status).toBe(429)
  })

  test('a 20 MB body to a form action is refused with 413 before it is read', async () => {
    const hidden = await renderForm('192.0.2.32')
    const action = JSON.parse(hidden.find(([name]) => name === '$ACTION_1:0')![1]) as { id: string }
    for (const path of ['/propose', '/anything-at-all']) {
      const result = await sendChunked(path, 20 * 1024 * 1024, {
        'Next-Action': action.id,
        'Content-Type': 'text/plain;charset=UTF-8',
      }).catch((error: Error) => ({ status: 0, body: error.message }))
      if (result.status !== 0) expect(result.status).toBe(413)
      else expect(result.body).toMatch(/EPIPE|ECONNRESET|socket hang up/)
    }
  })
})

describe('7. writes to an SQLite file that is no longer the database are refused', () => {
  test.each([
    ['deleted', (file: string) => fs.rmSync(file), /is missing/],
    [
      'replaced by a copy',
      (file: string) => {
        fs.copyFileSync(file, `${file}.copy`)
        fs.renameSync(`${file}.copy`, file)
      },
      /was replaced/,
    ],
    [
      'overwritten by another file',
      (file: string) => fs.writeFileSync(file, 'not a database, '.repeat(4)),
      /not an SQLite database/,
    ],
  ])(
    'the file %s: not ready, and a public write answers 503',
    async (_name, change, reason) => {
      const own = await createTestDatabase('sqlite')
      const alone = await startServerProcess(serverEnv(own.url))
      try {
        expect((await fetch(`${alone.url}/readyz`)).status).toBe(200)
        change(own.file!)
        const ready = await fetch(`${alone.url}/readyz`)
        expect(ready.status).toBe(503)
        expect(JSON.stringify(await ready.json())).toMatch(reason)
        const write = await fetch(`${alone.url}/api/organizations`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ name: 'Written into the void', listPublicly: true }),
        })
        expect(write.status).toBe(503)
        expect(JSON.stringify(await write.json())).toMatch(/nothing was saved/)
      } finally {
        await alone.stop('SIGKILL')
        await own.drop()
      }
    },
    120_000,
  )
})
