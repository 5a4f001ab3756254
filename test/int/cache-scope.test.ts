/**
 * What moves the response cache's key (src/cache/changeVersions.ts), through the real server:
 * writes anonymous readers can never see (a proposal, a job, a webhook delivery, by the API or
 * by plain SQL) leave cached answers hits; an edit to an event, to a place events populate, or
 * plain SQL on the events table is in the very next answer. Every table has its triggers.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { randomUUID } from 'node:crypto'

import { paragraphs } from '../../plugins/shared/richText.js'
import { type ApiClient, apiClient, type Json } from '../helpers/api.js'
import type { TestDatabase } from '../helpers/database.js'
import { type ServerProcess, startSeededServer } from '../helpers/server.js'

let close: () => Promise<void>
let server: ServerProcess
let db: TestDatabase
let client: ApiClient
let eventId: string
let placeId: string

const LIST = '/api/events?sort=-startsAt&depth=1&limit=10'
const QUERY = JSON.stringify({ query: '{ Posts(limit: 3) { docs { title } } }' })

const get = async (path: string, init: RequestInit = {}) => {
  const res = await fetch(`${server.url}${path}`, init)
  return { status: res.status, cache: res.headers.get('x-cache'), text: await res.text() }
}
const graphql = () =>
  get('/api/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: QUERY,
  })

/** The answers a write must not invalidate, each read twice so that the second is a hit. */
const READS: [string, () => ReturnType<typeof get>][] = [
  ['the REST list of events', () => get(LIST)],
  ['the RSS feed', () => get('/feeds/events.rss')],
  ['an anonymous GraphQL query', graphql],
]

async function cachedReads() {
  for (const [name, read] of READS) {
    const first = await read()
    expect([name, first.status]).toEqual([name, 200])
    expect([name, (await read()).cache]).toEqual([name, 'hit'])
  }
}

async function stillHits() {
  for (const [name, read] of READS) expect([name, (await read()).cache]).toEqual([name, 'hit'])
}

/** Runs statements on the test database through a connection of its own (not the app's). */
async function sqlElsewhere(statements: [string, unknown[]][]) {
  if (db.kind === 'sqlite') {
    const { createClient } = await import('@libsql/client')
    const other = createClient({ url: db.url })
    for (const [sql, args] of statements) {
      await other.execute({ sql: sql.replace(/\$\d/g, '?'), args: args as never })
    }
    other.close()
    return
  }
  const { default: pg } = await import('pg')
  const other = new pg.Client({ connectionString: db.url })
  await other.connect()
  for (const [sql, args] of statements) await other.query(sql, args)
  await other.end()
}

async function tablesWithoutTriggers(): Promise<string[]> {
  const { createClient } = await import('@libsql/client')
  if (db.kind === 'sqlite') {
    const other = createClient({ url: db.url })
    const { rows } = await other.execute(
      `SELECT name FROM sqlite_master t WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
        AND name <> 'change_versions' AND NOT EXISTS (SELECT 1 FROM sqlite_master g
          WHERE g.type = 'trigger' AND g.tbl_name = t.name AND g.name LIKE 'cv_%')`,
    )
    other.close()
    return rows.map((r) => String(r.name))
  }
  const { default: pg } = await import('pg')
  const other = new pg.Client({ connectionString: db.url })
  await other.connect()
  const { rows } = await other.query(
    `SELECT tablename FROM pg_tables t WHERE schemaname = current_schema()
      AND tablename <> 'change_versions' AND NOT EXISTS (SELECT 1 FROM pg_trigger g
        JOIN pg_class c ON c.oid = g.tgrelid WHERE c.relname = t.tablename AND g.tgname LIKE 'cv_%')`,
  )
  await other.end()
  return rows.map((r: { tablename: string }) => r.tablename)
}

beforeAll(async () => {
  ;({ server, close, db } = await startSeededServer(undefined, { SUBMISSIONS_PER_HOUR: '1000' }))
  client = apiClient(server.url)
  await client.login('organizer')
  await client.login('admin')
  const place = await client.call('organizer', '/api/places', {
    method: 'POST',
    body: JSON.stringify({ name: 'Scope test hall', city: 'Gary', moderationStatus: 'published' }),
  })
  expect(place.status).toBe(201)
  placeId = (place.body.doc as Json).id as string
  const created = await client.call('organizer', '/api/events', {
    method: 'POST',
    body: JSON.stringify({
      title: 'Scope test assembly',
      summary: paragraphs('Far in the future, so first in a list sorted from the latest.'),
      startsAt: '2040-05-01T17:00:00.000Z',
      endsAt: '2040-05-01T19:00:00.000Z',
      place: placeId,
      moderationStatus: 'published',
    }),
  })
  expect(created.status).toBe(201)
  eventId = (created.body.doc as Json).id as string
}, 180_000)

afterAll(async () => {
  await close?.()
})

describe('writes anonymous readers cannot see leave cached answers', () => {
  test('an anonymous proposal submission (stored, and its email job queued)', async () => {
    await cachedReads()
    const submitted = await client.call(undefined, '/api/proposals', {
      method: 'POST',
      body: JSON.stringify({
        title: 'Scope test proposal',
        format: 'discussion',
        description: 'Sent while the calendar is cached.',
        submitterName: 'Scope tester',
        submitterEmail: 'scope@example.org',
        consent: true,
        answers: [{ question: 'recording', value: '2' }],
      }),
    })
    expect(submitted.status).toBe(201)
    await stillHits()
    const stored = await client.call(
      'admin',
      '/api/proposals?where[title][equals]=Scope%20test%20proposal',
    )
    expect(stored.body.totalDocs).toBe(1)
  })

  test('a job row and a webhook delivery written by other processes', async () => {
    const hook = await client.call('admin', '/api/webhooks', {
      method: 'POST',
      body: JSON.stringify({
        url: 'http://127.0.0.1:9/hook',
        allowPrivateNetwork: true,
        description: 'Scope test partner',
        collections: ['events'],
        active: false,
      }),
    })
    expect(hook.body).toMatchObject({ doc: { url: 'http://127.0.0.1:9/hook' } })
    await cachedReads()
    const hookId = (hook.body.doc as Json).id as string
    await sqlElsewhere([
      [
        `INSERT INTO payload_jobs (id, task_slug, queue, input) VALUES ($1, 'sendEmail', 'scope-test', '{}')`,
        [randomUUID()],
      ],
      [
        `INSERT INTO webhook_deliveries (id, webhook_id, event, collection, document_id, body)
          VALUES ($1, $2, 'updated', 'events', $3, '{}')`,
        [randomUUID(), hookId, eventId],
      ],
    ])
    await stillHits()
  })
})

describe('writes anonymous readers can see are in the very next answer', () => {
  /** An organizer's edit through the API, then the events list: a miss holding `shows`. */
  async function editThenList(path: string, change: Json, shows: string) {
    await cachedReads()
    const changed = await client.call('organizer', path, {
      method: 'PATCH',
      body: JSON.stringify(change),
    })
    expect(changed.status).toBe(200)
    const next = await get(LIST)
    expect(next.cache).toBe('miss')
    expect(next.text).toContain(shows)
  }

  test('an edit to an event through the API', async () => {
    const title = 'Scope test assembly, renamed'
    await editThenList(`/api/events/${eventId}`, { title }, title)
  })

  test('an edit to the place the events list populates', async () => {
    const name = 'Scope test hall, upstairs'
    await editThenList(`/api/places/${placeId}`, { name }, name)
  })

  test('plain SQL on the events table, from another connection', async () => {
    await cachedReads()
    await sqlElsewhere([
      [`UPDATE events SET moderation_status = 'hidden' WHERE id = $1`, [eventId]],
    ])
    const next = await get(LIST)
    expect(next.cache).toBe('miss')
    expect(next.text).not.toContain('Scope test assembly')
    const feed = await get('/feeds/events.rss')
    expect(feed.cache).toBe('miss')
    expect(feed.text).not.toContain('Scope test assembly')
  })

  test('an edit to a post, for a GraphQL answer that reads posts', async () => {
    expect((await graphql()).status).toBe(200)
    expect((await graphql()).cache).toBe('hit')
    const posts = await client.call('organizer', '/api/posts?sort=-publishedAt&limit=1&depth=0')
    const post = (posts.body.docs as Json[])[0]!
    const changed = await client.call('organizer', `/api/posts/${post.id}`, {
      method: 'PATCH',
      body: JSON.stringify({ title: 'Scope test post' }),
    })
    expect(changed.status).toBe(200)
    const next = await graphql()
    expect(next.cache).toBe('miss')
  })
})

test('every table the app made has the triggers that move its version', async () => {
  expect(await tablesWithoutTriggers()).toEqual([])
})
