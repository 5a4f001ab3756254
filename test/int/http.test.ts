import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import zlib from 'node:zlib'

import { projectRoot } from '../../src/paths.js'
import { createTestDatabase, type TestDatabase } from '../helpers/database.js'
import { runCli, type ServerProcess, serverEnv, startServerProcess } from '../helpers/server.js'

const PASSWORD = 'test-password-123'

let db: TestDatabase
let server: ServerProcess

const login = async (email: string, password = PASSWORD) => {
  const res = await fetch(`${server.url}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  const body = (await res.json()) as { token?: string; user?: { id: string; roles: string[] } }
  return { status: res.status, token: body.token, user: body.user }
}

const authed = (token: string | undefined, init: RequestInit = {}): RequestInit => ({
  ...init,
  headers: {
    'Content-Type': 'application/json',
    Authorization: `JWT ${token}`,
    ...(init.headers ?? {}),
  },
})

beforeAll(async () => {
  db = await createTestDatabase()
  const env = serverEnv(db.url)
  const seeded = await runCli('seed', [], env)
  expect(seeded.stderr).not.toMatch(/Error/)
  expect(seeded.status).toBe(0)
  server = await startServerProcess(env)
}, 180_000)

afterAll(async () => {
  await server?.stop('SIGKILL')
  await db?.drop()
})

describe('ops endpoints', () => {
  test('GET /healthz answers 200 {"status":"ok"}', async () => {
    const res = await fetch(`${server.url}/healthz`)
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ status: 'ok' })
  })

  test('GET /readyz answers 200 while the database answers', async () => {
    const res = await fetch(`${server.url}/readyz`)
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({ status: 'ok', database: db.kind })
  })

  test('the start is logged with where its time went', () => {
    expect(server.output()).toMatch(
      /started in \d+\.\d\d s: modules \d+\.\d\d s, Payload \d+\.\d\d s, .*statistics \d+\.\d\d s, Next \d+\.\d\d s, routes and port \d+\.\d\d s/,
    )
  })

  test('each request is logged in one line', async () => {
    await fetch(`${server.url}/healthz?probe=log-line`)
    await new Promise((r) => setTimeout(r, 200))
    expect(server.output()).toMatch(/GET \/healthz\?probe=log-line 200 \d+ms/)
  })

  test('what an operator acts on stands out: assets served well are not logged, a refused login is one info line', async () => {
    const html = await (await fetch(`${server.url}/?probe=assets`)).text()
    const asset = /<script src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1]
    expect(asset).toBeDefined()
    expect((await fetch(`${server.url}${asset}`)).status).toBe(200)
    const refused = await login('admin@example.org', 'not-the-password')
    expect(refused.status).toBe(401)
    await new Promise((r) => setTimeout(r, 200))
    const output = server.output()
    expect(output).toMatch(/GET \/\?probe=assets 200 \d+ms/)
    expect(output).not.toContain(`GET ${asset}`)
    expect(output).toMatch(/INFO.*The email or password provided is incorrect/)
    expect(output).toMatch(/INFO.*POST \/api\/users\/login 401 \d+ms/)
    expect(output).not.toMatch(/ERROR|AuthenticationError|at .*node_modules/)
  })
})

describe('admin, REST and GraphQL through the Express host', () => {
  test('GET /api/graphql/schema.graphql serves the committed schema, introspection or not', async () => {
    const res = await fetch(`${server.url}/api/graphql/schema.graphql`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8')
    const committed = fs.readFileSync(path.join(projectRoot, 'src/graphql/schema.graphql'), 'utf8')
    expect(await res.text()).toEqual(committed)
  })

  test('/admin serves the admin app', async () => {
    const res = await fetch(`${server.url}/admin`)
    expect(res.status).toBe(200)
    expect(await res.text()).toContain('<html')
  })

  test('security headers are on every response', async () => {
    for (const path of ['/admin/login', '/api/media', '/healthz']) {
      const res = await fetch(`${server.url}${path}`)
      expect(res.headers.get('content-security-policy')).toContain("default-src 'self'")
      expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'self'")
      expect(res.headers.get('x-content-type-options')).toBe('nosniff')
      expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN')
      expect(res.headers.get('referrer-policy')).toBe('same-origin')
      expect(res.headers.get('x-powered-by')).toBeNull()
    }
  })

  test('a GraphQL query answers, anonymously and as staff', async () => {
    const anonymous = await fetch(`${server.url}/api/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query: '{ allMedia { totalDocs } Users { totalDocs } }' }),
    })
    const anonymousBody = (await anonymous.json()) as {
      data: { allMedia: { totalDocs: number }; Users: null }
      errors?: { message: string; path: string[] }[]
    }
    expect(anonymousBody.data.allMedia.totalDocs).toBe(0)
    expect(anonymousBody.data.Users).toBeNull()
    expect(anonymousBody.errors?.[0]?.path).toEqual(['Users'])

    const { token } = await login('admin@example.org')
    const staff = await fetch(
      `${server.url}/api/graphql`,
      authed(token, {
        method: 'POST',
        body: JSON.stringify({ query: '{ Users { totalDocs docs { email roles } } }' }),
      }),
    )
    const staffBody = (await staff.json()) as {
      data: { Users: { totalDocs: number; docs: { email: string; roles: string[] }[] } }
    }
    expect(staffBody.data.Users.totalDocs).toBe(4)
    expect(staffBody.data.Users.docs.map((u) => u.email).sort()).toEqual([
      'admin@example.org',
      'moderator@example.org',
      'organizer@example.org',
      'reviewer@example.org',
    ])
  })
})

/** One GET with the raw answer: status, headers and bytes exactly as they came off the socket. */
const rawGet = (path: string, headers: Record<string, string> = {}) =>
  new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>(
    (resolve, reject) => {
      http
        .get(`${server.url}${path}`, { headers }, (res) => {
          const chunks: Buffer[] = []
          res.on('data', (chunk: Buffer) => chunks.push(chunk))
          res.on('end', () =>
            resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }),
          )
        })
        .on('error', reject)
    },
  )

describe("Payload's REST API, served by Express", () => {
  const LIST = '/api/organizations?limit=50&sort=name'

  test('an answer is compressed for a client that accepts gzip, and reads the same', async () => {
    const plain = await rawGet(LIST, { 'accept-encoding': 'identity', 'cache-control': 'no-cache' })
    const gzipped = await rawGet(LIST, { 'accept-encoding': 'gzip', 'cache-control': 'no-cache' })
    expect(plain.status).toBe(200)
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(gzipped.headers['content-encoding']).toBe('gzip')
    expect(gzipped.body.length).toBeLessThan(plain.body.length)
    const list = JSON.parse(plain.body.toString('utf8')) as { docs: { name: string }[] }
    expect(list.docs.length).toBeGreaterThan(2)
    expect(JSON.parse(zlib.gunzipSync(gzipped.body).toString('utf8'))).toEqual(list)
  })

  test("Payload's errors keep their status and JSON", async () => {
    const unknown = await fetch(`${server.url}/api/no-such-collection?cache=${Date.now()}`)
    expect(unknown.status).toBe(404)
    const refused = await fetch(`${server.url}/api/posts`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ title: 'Not allowed' }),
    })
    expect(refused.status).toBe(403)
    expect(
      ((await refused.json()) as { errors: { message: string }[] }).errors[0]!.message,
    ).toMatch(/not allowed/i)
    const broken = await fetch(`${server.url}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"email": ',
    })
    expect(broken.status).toBeGreaterThanOrEqual(400)
    expect(broken.status).toBeLessThan(500)
  })

  test('a login cookie set by the API signs the next request in', async () => {
    const res = await fetch(`${server.url}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'organizer@example.org', password: PASSWORD }),
    })
    expect(res.status).toBe(200)
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('payload-token='))
    expect(cookie).toMatch(/HttpOnly/i)
    const me = await fetch(`${server.url}/api/users/me`, {
      headers: { cookie: cookie!.split(';')[0]! },
    })
    expect(((await me.json()) as { user: { email: string } }).user.email).toBe(
      'organizer@example.org',
    )
  })

  test('a client that leaves mid-answer does not stop the server answering others', async () => {
    await new Promise<void>((resolve, reject) => {
      const req = http.get(`${server.url}${LIST}&depth=2`, {
        headers: { 'cache-control': 'no-cache' },
      })
      req.on('response', (res) => {
        res.once('data', () => {
          req.destroy()
          resolve()
        })
      })
      req.on('error', (error) => (req.destroyed ? resolve() : reject(error)))
    })
    const next = await rawGet(LIST, { 'cache-control': 'no-cache' })
    expect(next.status).toBe(200)
    expect(
      (JSON.parse(next.body.toString('utf8')) as { docs: unknown[] }).docs.length,
    ).toBeGreaterThan(2)
  })
})

describe('roles', () => {
  test('an anonymous user cannot list users', async () => {
    const res = await fetch(`${server.url}/api/users`)
    expect(res.status).toBe(403)
  })

  test('an organizer sees only their own account', async () => {
    const { token, user } = await login('organizer@example.org')
    const res = await fetch(`${server.url}/api/users`, authed(token))
    const body = (await res.json()) as { docs: { id: string }[] }
    expect(body.docs.map((d) => d.id)).toEqual([user!.id])
  })

  test('an organizer cannot make themselves admin', async () => {
    const { token, user } = await login('organizer@example.org')
    expect(typeof user!.id).toBe('string')
    const res = await fetch(
      `${server.url}/api/users/${user!.id}`,
      authed(token, { method: 'PATCH', body: JSON.stringify({ roles: ['admin'] }) }),
    )
    expect(res.status).toBe(403)
    expect(JSON.stringify(await res.json())).toContain('roles')
    const me = await fetch(`${server.url}/api/users/me`, authed(token))
    expect(((await me.json()) as { user: { roles: string[] } }).user.roles).toEqual(['organizer'])
  })

  test('an organizer may still edit their own name', async () => {
    const { token, user } = await login('organizer@example.org')
    const res = await fetch(
      `${server.url}/api/users/${user!.id}`,
      authed(token, {
        method: 'PATCH',
        body: JSON.stringify({ name: 'Ana Organizer', roles: ['organizer'] }),
      }),
    )
    expect(res.status).toBe(200)
    expect(((await res.json()) as { doc: { name: string } }).doc.name).toBe('Ana Organizer')
  })

  test('an organizer cannot create users; an admin can create a reviewer', async () => {
    const organizer = await login('organizer@example.org')
    const denied = await fetch(
      `${server.url}/api/users`,
      authed(organizer.token, {
        method: 'POST',
        body: JSON.stringify({ email: 'x@example.org', password: PASSWORD, roles: ['reviewer'] }),
      }),
    )
    expect(denied.status).toBe(403)

    const admin = await login('admin@example.org')
    const created = await fetch(
      `${server.url}/api/users`,
      authed(admin.token, {
        method: 'POST',
        body: JSON.stringify({
          email: 'new-reviewer@example.org',
          password: PASSWORD,
          roles: ['reviewer'],
        }),
      }),
    )
    expect(created.status).toBe(201)
    expect(((await created.json()) as { doc: { roles: string[] } }).doc.roles).toEqual(['reviewer'])
    const reviewer = await login('new-reviewer@example.org')
    expect(reviewer.status).toBe(200)
    expect(reviewer.user!.roles).toEqual(['reviewer'])
  })

  test('repeated failed logins lock the account', async () => {
    for (let i = 0; i < 5; i++) {
      expect((await login('reviewer@example.org', 'wrong-password')).status).toBe(401)
    }
    const locked = await login('reviewer@example.org')
    expect(locked.status).not.toBe(200)
    expect(locked.token).toBeUndefined()
  })
})

describe('graceful shutdown', () => {
  test('a request in flight during SIGTERM completes, then the process exits 0', async () => {
    const body = JSON.stringify({ email: 'moderator@example.org', password: PASSWORD })
    const { port } = new URL(server.url)
    const response = new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port,
          path: '/api/users/login',
          method: 'POST',
          headers: {
            'Content-Type': 'application/json',
            'Content-Length': Buffer.byteLength(body),
          },
        },
        (res) => {
          let text = ''
          res.on('data', (c) => (text += c))
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }))
        },
      )
      req.on('error', reject)
      // Half the body now, the rest after SIGTERM: the request is in flight when the signal lands.
      req.write(body.slice(0, 10))
      setTimeout(() => {
        server.proc.kill('SIGTERM')
        setTimeout(() => req.end(body.slice(10)), 500)
      }, 300)
    })
    const result = await response
    expect(result.status).toBe(200)
    expect(JSON.parse(result.body).user.email).toBe('moderator@example.org')
    expect(await server.exited).toBe(0)
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow()
  })
})

describe('readiness without a database', () => {
  test('/readyz answers 503 with a reason once the database is gone', async () => {
    const gone = await createTestDatabase()
    const other = await startServerProcess(serverEnv(gone.url))
    try {
      expect((await fetch(`${other.url}/readyz`)).status).toBe(200)
      if (gone.kind === 'sqlite') {
        for (const suffix of ['', '-wal', '-shm']) fs.rmSync(gone.file + suffix, { force: true })
      } else {
        await gone.drop()
      }
      const res = await fetch(`${other.url}/readyz`)
      expect(res.status).toBe(503)
      const body = (await res.json()) as { status: string; reason: string }
      expect(body.status).toBe('unavailable')
      expect(body.reason.length).toBeGreaterThan(5)
      expect((await fetch(`${other.url}/healthz`)).status).toBe(200)
    } finally {
      await other.stop('SIGKILL')
      await gone.drop().catch(() => undefined)
    }
  }, 180_000)
})
