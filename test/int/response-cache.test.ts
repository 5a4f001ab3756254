/**
 * The response cache in front of anonymous reads (src/cache), through the real server: answers
 * are reused only while nothing changes; a change made through the API, or by another process
 * straight in the database, is in the very next answer; staff never get or fill shared answers.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'

import { paragraphs } from '../../plugins/shared/richText.js'
import { type ApiClient, apiClient, type Json } from '../helpers/api.js'
import { type ServerProcess, startSeededServer } from '../helpers/server.js'
import { sqlElsewhere, type TestDatabase } from '../helpers/database.js'

let close: () => Promise<void>
let server: ServerProcess
let db: TestDatabase
let client: ApiClient
let eventId: string

const LIST = '/api/events?sort=startsAt&depth=1&limit=100'

const get = async (path: string, init: RequestInit = {}) => {
  const res = await fetch(`${server.url}${path}`, init)
  return { status: res.status, headers: res.headers, text: await res.text() }
}
const titles = (text: string) => (JSON.parse(text).docs as Json[]).map((d) => d.title)

/** The test event renamed, or moved to another state, by another connection. */
const renameElsewhere = (title: string) =>
  sqlElsewhere(
    db,
    `UPDATE events_locales SET title = $1 WHERE _parent_id = $2 AND _locale = 'en'`,
    [title, eventId],
  )
const setStateElsewhere = (state: string) =>
  sqlElsewhere(db, `UPDATE events SET moderation_status = $1 WHERE id = $2`, [state, eventId])

beforeAll(async () => {
  const started = await startSeededServer()
  ;({ server, close, db } = started)
  client = apiClient(server.url)
  await client.login('organizer')
  const created = await client.call('organizer', '/api/events', {
    method: 'POST',
    body: JSON.stringify({
      title: 'Cache test assembly',
      summary: paragraphs('A tenants’ assembly.'),
      startsAt: '2031-05-01T17:00:00.000Z',
      endsAt: '2031-05-01T19:00:00.000Z',
      moderationStatus: 'published',
    }),
  })
  expect(created.status).toBe(201)
  eventId = (created.body.doc as Json).id as string
}, 180_000)

afterAll(async () => {
  await close?.()
})

describe('response cache', () => {
  test('an anonymous answer is reused, byte for byte, while nothing changes', async () => {
    const first = await get(LIST)
    const second = await get(LIST)
    expect(first.status).toBe(200)
    expect(first.headers.get('x-cache')).toBe('miss')
    expect(second.headers.get('x-cache')).toBe('hit')
    expect(second.text).toBe(first.text)
    expect(second.headers.get('content-type')).toBe(first.headers.get('content-type'))
    expect(Number(second.headers.get('age'))).toBeGreaterThanOrEqual(0)
    // The query string is part of the key: another page is another answer.
    const other = await get(`${LIST}&page=2`)
    expect(other.headers.get('x-cache')).toBe('miss')
    // Encodings are stored apart (fetch asks for gzip, which the app sends compressed)…
    const plain = { 'accept-encoding': 'identity' }
    const identity = await get(LIST, { headers: plain })
    expect(identity.headers.get('x-cache')).toBe('miss')
    expect(identity.headers.get('content-encoding')).toBeNull()
    expect(identity.text).toBe(first.text)
    // …and HEAD is answered from the stored GET, without a body.
    const head = await fetch(`${server.url}${LIST}`, { method: 'HEAD', headers: plain })
    expect(head.headers.get('x-cache')).toBe('hit')
    expect(head.headers.get('content-length')).toBe(String(Buffer.byteLength(identity.text)))
  })

  test('a change through the API is in the very next answer', async () => {
    await get(LIST)
    expect((await get(LIST)).headers.get('x-cache')).toBe('hit')
    const changed = await client.call('organizer', `/api/events/${eventId}`, {
      method: 'PATCH',
      body: JSON.stringify({ title: 'Cache test assembly, renamed' }),
    })
    expect(changed.status).toBe(200)
    const next = await get(LIST)
    expect(next.headers.get('x-cache')).toBe('miss')
    expect(titles(next.text)).toContain('Cache test assembly, renamed')
    expect(titles(next.text)).not.toContain('Cache test assembly')
  })

  test('a change another process writes straight into the database is seen at once', async () => {
    await get(LIST)
    expect((await get(LIST)).headers.get('x-cache')).toBe('hit')
    await renameElsewhere('Renamed by another process')
    const renamed = await get(LIST)
    expect(renamed.headers.get('x-cache')).toBe('miss')
    expect(titles(renamed.text)).toContain('Renamed by another process')

    // Hidden elsewhere: gone from the next anonymous answer.
    expect((await get(LIST)).headers.get('x-cache')).toBe('hit')
    await setStateElsewhere('hidden')
    const hidden = await get(LIST)
    expect(hidden.headers.get('x-cache')).toBe('miss')
    expect(titles(hidden.text)).not.toContain('Renamed by another process')
    const single = await get(`/api/events/${eventId}`)
    expect(single.status).not.toBe(200)
  })

  test('staff never get a shared answer, and never leave theirs for anonymous readers', async () => {
    const staff = await get(LIST, { headers: { authorization: client.authorization('organizer') } })
    expect(staff.status).toBe(200)
    expect(staff.headers.get('x-cache')).toBeNull()
    // The organizer sees the hidden event; anonymous readers still do not.
    expect(titles(staff.text)).toContain('Renamed by another process')
    const anonymous = await get(LIST)
    expect(titles(anonymous.text)).not.toContain('Renamed by another process')
    expect(JSON.parse(anonymous.text).totalDocs).toBeLessThan(JSON.parse(staff.text).totalDocs)
    // Any cookie (the admin's session travels in one) passes the cache by.
    const withCookie = await get(LIST, { headers: { cookie: 'payload-token=whatever' } })
    expect(withCookie.headers.get('x-cache')).toBeNull()
  })

  test('refusals and accounts are not cached', async () => {
    for (let i = 0; i < 2; i++) {
      const refused = await get('/api/proposals')
      expect(refused.status).toBe(403)
      expect(refused.headers.get('x-cache')).toBe('miss')
    }
    const me = await get('/api/users/me')
    expect(me.headers.get('x-cache')).toBeNull()
  })

  test('feeds are cached and changed at once; conditional requests still get 304', async () => {
    const first = await get('/feeds/events.rss')
    expect(first.status).toBe(200)
    const second = await get('/feeds/events.rss')
    expect(second.headers.get('x-cache')).toBe('hit')
    expect(second.headers.get('etag')).toBe(first.headers.get('etag'))
    const conditional = await get('/feeds/events.rss', {
      headers: { 'if-none-match': first.headers.get('etag')! },
    })
    expect(conditional.status).toBe(304)

    await client.call('organizer', `/api/events/${eventId}`, {
      method: 'PATCH',
      body: JSON.stringify({ moderationStatus: 'published', title: 'Back on the calendar' }),
    })
    const changed = await get('/feeds/events.rss')
    expect(changed.headers.get('x-cache')).toBe('miss')
    expect(changed.text).toContain('Back on the calendar')
    expect(changed.headers.get('etag')).not.toBe(first.headers.get('etag'))
  })

  test('anonymous GraphQL queries are cached by their body; mutations and staff pass by', async () => {
    const graphql = (query: string, headers: Record<string, string> = {}) =>
      get('/api/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query }),
      })
    const QUERY = `{ Events(where: { id: { equals: "${eventId}" } }) { docs { id title } } }`
    const title = (text: string) => JSON.parse(text).data.Events.docs[0]?.title
    const first = await graphql(QUERY)
    expect(first.status).toBe(200)
    expect(first.headers.get('x-cache')).toBe('miss')
    const second = await graphql(QUERY)
    expect(second.headers.get('x-cache')).toBe('hit')
    expect(second.text).toBe(first.text)
    expect(title(second.text)).toBe('Back on the calendar')

    // Written by another process: in the very next answer.
    await renameElsewhere('Renamed for GraphQL')
    const renamed = await graphql(QUERY)
    expect(renamed.headers.get('x-cache')).toBe('miss')
    expect(title(renamed.text)).toBe('Renamed for GraphQL')
    // Hidden: gone for anonymous readers at once.
    await setStateElsewhere('hidden')
    const hidden = await graphql(QUERY)
    expect(hidden.headers.get('x-cache')).toBe('miss')
    expect(JSON.parse(hidden.text).data.Events.docs).toEqual([])

    // Staff (a token or any cookie) are neither served nor stored.
    const staff = await graphql(QUERY, { authorization: client.authorization('organizer') })
    expect(staff.headers.get('x-cache')).toBeNull()
    expect(title(staff.text)).toBe('Renamed for GraphQL')
    expect(JSON.parse((await graphql(QUERY)).text).data.Events.docs).toEqual([])
    const withCookie = await graphql(QUERY, { cookie: 'payload-token=whatever' })
    expect(withCookie.headers.get('x-cache')).toBeNull()

    // A mutation, alone or beside a query, is passed through every time (and still refused).
    const MUTATION = `mutation { updateEvent(id: "${eventId}", data: { title: "Defaced" }) { id } }`
    for (const query of [
      MUTATION,
      `query A { Events { totalDocs } } ${MUTATION.replace('mutation', 'mutation B')}`,
    ]) {
      for (let i = 0; i < 2; i++) {
        const answer = await graphql(query)
        expect(answer.headers.get('x-cache')).toBeNull()
        expect(JSON.parse(answer.text).errors?.length).toBeGreaterThan(0)
      }
    }
    const after = await graphql(QUERY, { authorization: client.authorization('organizer') })
    expect(title(after.text)).toBe('Renamed for GraphQL')
    // Answers with errors are not stored.
    for (let i = 0; i < 2; i++) {
      const wrong = await graphql('{ Events { docs { noSuchField } } }')
      expect(wrong.headers.get('x-cache')).not.toBe('hit')
    }
  })

  test('lists whose query differs every time are built from cached documents, as Payload writes them', async () => {
    const plain = { 'accept-encoding': 'identity' }
    // Payload's own answer: `no-cache` passes both caches by.
    const fromPayload = (path: string) =>
      get(path, { headers: { ...plain, 'cache-control': 'no-cache' } })
    const paths = [
      `/api/events?sort=startsAt&depth=1&limit=20&where[startsAt][greater_than_equal]=2022-07-29T00:00:00.000Z`,
      `/api/events?sort=-startsAt&depth=0&limit=1&page=2`,
      `/api/events?depth=2&locale=es&where[moderationStatus][equals]=featured`,
      `/api/sessions?sort=startsAt&limit=50`,
      `/api/posts?sort=-publishedAt&depth=1`,
      `/api/organizations?limit=100&where[name][like]=a`,
    ]
    for (const path of paths) {
      const built = await get(path, { headers: plain })
      expect(built.status).toBe(200)
      expect(built.headers.get('x-documents')).toMatch(/^\d+\/\d+ cached$/)
      const payloadAnswer = await fromPayload(path)
      expect(payloadAnswer.headers.get('x-documents')).toBeNull()
      // Byte for byte what Payload writes: documents, page fields, their order.
      expect(built.text).toBe(payloadAnswer.text)
      expect([path, JSON.parse(built.text).docs.length]).not.toEqual([path, 0])
    }
    // Compressed when asked, and the same JSON.
    const gzipped = await fetch(`${server.url}${paths[0]}`)
    expect(gzipped.headers.get('content-encoding')).toBe('gzip')
    expect(await gzipped.text()).toBe((await fromPayload(paths[0]!)).text)

    // Another filter over the same documents reads none of them again (the sessions list
    // above read them all, at the same depth and locale).
    const distinct = (i: number) =>
      `/api/sessions?sort=startsAt&limit=50&where[startsAt][greater_than_equal]=2022-07-0${i}T00:00:00.000Z`
    for (const i of [1, 2]) {
      const again = await get(distinct(i))
      expect(again.headers.get('x-cache')).toBe('miss')
      const [cached, all] = again.headers.get('x-documents')!.split(' ')[0]!.split('/').map(Number)
      expect(all).toBeGreaterThan(1)
      expect(cached).toBe(all)
    }

    // Written elsewhere: the next list, whatever its query, has it; hidden is gone at once.
    const mine = `/api/events?depth=1&where[id][equals]=${eventId}`
    await setStateElsewhere('published')
    await get(`${mine}&limit=1`)
    await renameElsewhere('Renamed for the document cache')
    expect(titles((await get(`${mine}&limit=2`)).text)).toEqual(['Renamed for the document cache'])
    await setStateElsewhere('hidden')
    expect(titles((await get(`${mine}&limit=3`)).text)).toEqual([])

    // What this path does not know goes to Payload, whose answer stands (errors included).
    for (const path of [
      '/api/events?select[title]=true&limit=2',
      '/api/events?where[noSuchField][equals]=1',
      '/api/events?where[adminNote][exists]=true',
      '/api/events?limit=0',
      '/api/events?locale=all&limit=1',
      '/api/proposals?limit=1',
    ]) {
      const answer = await get(path, { headers: plain })
      expect(answer.headers.get('x-documents')).toBeNull()
      const direct = await fromPayload(path)
      expect(answer.status).toBe(direct.status)
    }
    const staff = await get(mine, { headers: { authorization: client.authorization('organizer') } })
    expect(staff.headers.get('x-documents')).toBeNull()
    expect(titles(staff.text)).toEqual(['Renamed for the document cache'])
  })
})
