/**
 * Two app processes on one database, one Redis and one S3 bucket, as instances behind a load
 * balancer are (docs/operators.md): a change made through one is in the other's very next
 * answer; a login works on both; the response cache, the submission limit and the login
 * throttle are shared; a file uploaded through one is served by the other; with both running
 * the jobs queue, a change is delivered to a webhook once; without Redis reads are answered,
 * logins work and submissions are refused; and killing one in the middle of a burst loses no
 * submission it answered while the other keeps serving.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import http from 'node:http'

import { Redis } from 'ioredis'
import sharp from 'sharp'

import { type ApiClient, apiClient, type Json, TEST_PASSWORD } from '../helpers/api.js'
import { testDatabaseKind } from '../helpers/database.js'
import { type RedisServer, redisAvailable, startRedisServer } from '../helpers/redis.js'
import { type S3Server, startS3Server } from '../helpers/s3.js'
import { type ServerProcess, startSeededServer, startServerProcess } from '../helpers/server.js'
import { type Receiver, startReceiver } from '../helpers/webhookReceiver.js'

const suite = redisAvailable() ? describe : describe.skip

suite('two app processes on one database, one Redis and one bucket', () => {
  let redis: RedisServer
  let s3: S3Server
  let receiver: Receiver
  let a: ServerProcess
  let b: ServerProcess
  let close: () => Promise<void>
  let client: ApiClient
  let n = 0

  const propose = (server: ServerProcess, from: string, title = `Shared limit ${++n}`) =>
    fetch(`${server.url}/api/proposals`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': from },
      body: JSON.stringify({
        title,
        format: 'workshop',
        description: 'Sent to one of two instances.',
        submitterName: 'Probe',
        submitterEmail: `shared${++n}@example.org`,
        consent: true,
        answers: [{ question: 'recording', value: '1' }],
      }),
    })

  /** A GET as behind a load balancer: both instances are asked for the one public host. */
  const asSite = (server: ServerProcess, path: string) =>
    new Promise<{ cache: string | undefined; body: string }>((resolve, reject) => {
      const { port } = new URL(server.url)
      http
        .get({ host: '127.0.0.1', port, path, headers: { host: 'cms.example.org' } }, (res) => {
          let body = ''
          res.setEncoding('utf8')
          res.on('data', (chunk: string) => (body += chunk))
          res.on('end', () => resolve({ cache: res.headers['x-cache'] as string, body }))
        })
        .on('error', reject)
    })

  /** The same staff call sent to one instance or the other. */
  const staff = (server: ServerProcess, who: string, path: string, init: RequestInit = {}) =>
    fetch(`${server.url}${path}`, {
      ...init,
      headers: { 'content-type': 'application/json', authorization: client.authorization(who) },
    }).then(async (res) => ({ status: res.status, body: (await res.json()) as Json }))

  beforeAll(async () => {
    redis = await startRedisServer()
    s3 = await startS3Server()
    receiver = await startReceiver()
    const started = await startSeededServer(undefined, {
      ...s3.env,
      REDIS_URL: redis.url,
      SUBMISSIONS_PER_HOUR: '3',
      TRUST_PROXY: 'loopback',
      // Both run the queue, as two instances left at the default would.
      JOBS_AUTORUN: 'true',
    })
    a = started.server
    b = await startServerProcess(started.env)
    client = apiClient(a.url)
    await client.login('admin', 'organizer', 'moderator')
    close = async () => {
      await b.stop('SIGKILL')
      await started.close()
    }
  }, 180_000)

  afterAll(async () => {
    await close?.()
    await redis?.stop()
    await s3?.close()
    await receiver?.close()
  })

  test("a change made through one is in the other's very next answer", async () => {
    const post = (await client.call(undefined, '/api/posts?limit=1&depth=0')).body.docs as Json[]
    const path = `/api/posts/${post[0]!.id}?depth=0`
    // Warm the second instance's cache (it stores an answer just after sending it).
    let warm = await asSite(b, path)
    for (let i = 0; i < 50 && warm.cache !== 'hit'; i++) {
      await new Promise((r) => setTimeout(r, 50))
      warm = await asSite(b, path)
    }
    expect(warm.cache).toBe('hit')
    const title = `Changed through the first instance ${Date.now()}`
    const saved = await staff(a, 'organizer', `/api/posts/${post[0]!.id}`, {
      method: 'PATCH',
      body: JSON.stringify({ title }),
    })
    expect(saved.status).toBe(200)
    expect(JSON.parse((await asSite(b, path)).body).title).toBe(title)
  })

  test('a login made on one is honoured by the other, and each logs in', async () => {
    const me = await staff(b, 'moderator', '/api/users/me')
    expect((me.body.user as Json).email).toBe('moderator@example.org')
    const login = await fetch(`${b.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'organizer@example.org', password: TEST_PASSWORD }),
    })
    expect(login.status).toBe(200)
  })

  // PostgreSQL's change versions are the database's, so both instances read the same key. A
  // SQLite token names its process (a replaced file must never match), so each keeps its own.
  test("PostgreSQL: an answer cached by one is the other's hit; SQLite: each its own", async () => {
    const path = '/api/posts?limit=2&depth=0&sort=title'
    const inspect = new Redis(redis.url)
    const kept = async () => (await inspect.keys('dualpower:cache:*')).length
    const before = await kept()
    const first = await asSite(a, path)
    expect(first.cache).toBe('miss')
    // An instance stores its answer in Redis just after sending it: wait until it is there.
    for (let i = 0; i < 100 && (await kept()) === before; i++)
      await new Promise((r) => setTimeout(r, 50))
    inspect.disconnect()
    const other = await asSite(b, path)
    expect(other.cache).toBe(testDatabaseKind() === 'postgres' ? 'hit' : 'miss')
    expect(other.body).toBe(first.body)
  })

  // A key both instances share (PostgreSQL) is made by one of them while the other waits for it
  // in Redis; each SQLite process has keys of its own, so each makes its own once.
  test('after a change, a burst to both makes an answer once (PostgreSQL; SQLite: once each)', async () => {
    const post = (await client.call(undefined, '/api/posts?limit=1&depth=0')).body.docs as Json[]
    const saved = await staff(a, 'organizer', `/api/posts/${post[0]!.id}`, {
      method: 'PATCH',
      body: JSON.stringify({ title: `Before the burst ${Date.now()}` }),
    })
    expect(saved.status).toBe(200)
    const path = '/api/events?limit=100&depth=2&sort=-startsAt&burst=1'
    const replies = await Promise.all(
      Array.from({ length: 16 }, (_, i) => asSite(i % 2 === 0 ? a : b, path)),
    )
    const misses = replies.filter((reply) => reply.cache === 'miss').length
    expect(misses).toBe(testDatabaseKind() === 'postgres' ? 1 : 2)
    expect(replies.filter((reply) => reply.cache === 'hit')).toHaveLength(16 - misses)
    expect(new Set(replies.map((reply) => reply.body)).size).toBe(1)
  })

  test('the submission limit counts across both: the fourth is refused, whichever answers', async () => {
    const from = '192.0.2.61'
    const statuses = []
    for (const server of [a, b, a, b]) statuses.push((await propose(server, from)).status)
    expect(statuses).toEqual([201, 201, 201, 429])
  })

  test('failed logins count across both: the sixth for one account is refused on either', async () => {
    const fail = (server: ServerProcess) =>
      fetch(`${server.url}/api/users/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.77' },
        body: JSON.stringify({ email: 'reviewer@example.org', password: 'not-the-password' }),
      }).then((res) => res.status)
    const statuses = []
    for (const server of [a, b, a, b, a, b]) statuses.push(await fail(server))
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429])
  })

  test('a file uploaded through one is served by the other, from the bucket', async () => {
    const form = new FormData()
    const png = await sharp({
      create: { width: 64, height: 48, channels: 3, background: '#7a1f3d' },
    })
      .png()
      .toBuffer()
    form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'shared.png')
    form.append('_payload', JSON.stringify({ alt: 'Uploaded through the first instance' }))
    const res = await fetch(`${a.url}/api/media`, {
      method: 'POST',
      body: form,
      headers: { authorization: client.authorization('moderator') },
    })
    expect(res.status).toBe(201)
    const doc = ((await res.json()) as Json).doc as { filename: string; url: string }
    const served = await fetch(`${b.url}${doc.url}`)
    expect(served.status).toBe(200)
    const bytes = Buffer.from(await served.arrayBuffer())
    expect(bytes.equals(await s3.object(doc.filename))).toBe(true)
  })

  test('with both running the jobs queue, each change is delivered once', async () => {
    const hook = await staff(a, 'admin', '/api/webhooks', {
      method: 'POST',
      body: JSON.stringify({
        url: receiver.url('/both'),
        collections: ['posts'],
        allowPrivateNetwork: true,
      }),
    })
    expect(hook.status).toBe(201)
    const post = (await client.call(undefined, '/api/posts?limit=1&depth=0&sort=title')).body
      .docs as Json[]
    for (const [i, server] of [a, b, a].entries()) {
      const saved = await staff(server, 'organizer', `/api/posts/${post[0]!.id}`, {
        method: 'PATCH',
        body: JSON.stringify({ title: `Delivered once ${i} ${Date.now()}` }),
      })
      expect(saved.status).toBe(200)
    }
    // Both poll the webhook queue every 5 s: wait for the three, then two more rounds.
    const deadline = Date.now() + 30_000
    while (receiver.at('/both').length < 3 && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 250))
    await new Promise((r) => setTimeout(r, 11_000))
    const got = receiver.at('/both')
    expect(got).toHaveLength(3)
    expect(new Set(got.map((d) => d.headers['webhook-id'])).size).toBe(3)
  }, 60_000)

  test('without Redis, reads are answered and submissions refused with 503; then both recover', async () => {
    await redis.stop()
    const read = await fetch(`${b.url}/api/events?limit=1&depth=0`)
    expect(read.status).toBe(200)
    expect(((await read.json()) as { docs: unknown[] }).docs).toHaveLength(1)
    const refused = await propose(a, '192.0.2.62')
    expect(refused.status).toBe(503)
    expect(refused.headers.get('retry-after')).toBe('30')
    expect(await refused.text()).toMatch(/paused/)
    // Logins are still throttled, by each process on its own, and still work.
    const login = await fetch(`${b.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'moderator@example.org', password: TEST_PASSWORD }),
    })
    expect(login.status).toBe(200)
    await redis.start()
    for (const server of [a, b]) {
      let status = 0
      for (let i = 0; i < 30 && status !== 201; i++) {
        await new Promise((r) => setTimeout(r, 200))
        status = (await propose(server, `192.0.2.${63 + i}`)).status
      }
      expect(status).toBe(201)
    }
  })

  test('killing one mid-burst loses no answered submission; the other keeps serving', async () => {
    const sent: Promise<{ title: string; to: 'a' | 'b'; status: number }>[] = []
    for (let i = 0; i < 40; i++) {
      const to = i % 2 === 0 ? 'a' : 'b'
      const title = `Burst ${Date.now()} ${i}`
      sent.push(
        propose(to === 'a' ? a : b, `198.51.100.${i + 1}`, title).then(
          (res) => ({ title, to, status: res.status }),
          () => ({ title, to, status: 0 }),
        ),
      )
      if (i === 15) void b.stop('SIGKILL')
      await new Promise((r) => setTimeout(r, 10))
    }
    const answers = await Promise.all(sent)
    expect(answers.filter((x) => x.to === 'a').map((x) => x.status)).toEqual(Array(20).fill(201))
    const accepted = answers.filter((x) => x.status === 201)
    const stored = (await client.call('organizer', '/api/proposals?limit=1000&depth=0')).body
      .docs as { title: string }[]
    const titles = new Set(stored.map((p) => p.title))
    expect(accepted.filter((x) => !titles.has(x.title))).toEqual([])
    expect((await fetch(`${a.url}/readyz`)).status).toBe(200)
  })
})
