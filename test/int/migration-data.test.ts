/**
 * The migration that moves events and series made here above the source's id range, run down
 * and up again on a database with content (the schema test runs them on an empty one): no row
 * of any other table is lost while SQLite rebuilds `events` and `sessions`, events made here
 * get their new ids, imported ones keep theirs, series made here get one each. And the migration
 * that gives one name to one thing keeps every post's summary and every event's time zone.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { createLocalReq, type Payload } from 'payload'

import * as postgresMigration from '../../src/migrations/postgres/20261130_143106_feed_ids_places_series_clock.js'
import * as sqliteMigration from '../../src/migrations/sqlite/20261130_143055_feed_ids_places_series_clock.js'
import * as postgresOneName from '../../src/migrations/postgres/20261201_124729_one_name_summary_and_zones.js'
import * as sqliteOneName from '../../src/migrations/sqlite/20261201_124720_one_name_summary_and_zones.js'
import { paragraphs } from '../../plugins/shared/richText.js'
import { bootPayload, type TestPayload } from '../helpers/payload.js'

let ctx: TestPayload
let payload: Payload

beforeAll(async () => {
  ctx = await bootPayload()
  payload = ctx.payload
}, 120_000)

afterAll(async () => {
  await ctx?.teardown()
})

type Db = {
  run?: (q: unknown) => Promise<unknown>
  all?: (q: unknown) => Promise<unknown[]>
  execute?: (q: unknown) => Promise<{ rows: unknown[] }>
}

const drizzle = () => {
  const db = (payload.db as unknown as { drizzle: Db }).drizzle
  const rows = async (query: unknown) =>
    ctx.db.kind === 'sqlite'
      ? ((await db.all!(query)) as Record<string, unknown>[])
      : ((await db.execute!(query)).rows as Record<string, unknown>[])
  const run = async (query: unknown) =>
    ctx.db.kind === 'sqlite' ? db.run!(query) : db.execute!(query)
  return { db, rows, run }
}

test('down and up on a database with content: ids move, nothing else changes', async () => {
  if (ctx.db.kind === 'mongodb') return // no schema migrations
  const { sql } = await import('drizzle-orm')
  const { db, rows, run } = drizzle()
  const tables = async () =>
    (ctx.db.kind === 'sqlite'
      ? await rows(
          sql`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__drizzle%'`,
        )
      : await rows(sql`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public'`)
    )
      .map((r) => String(r.name))
      .filter((name) => !['feed_clock', 'hyperactive_imports'].includes(name))
      .sort()
  const counts = async () => {
    const out: Record<string, number> = {}
    for (const name of await tables()) {
      out[name] = Number((await rows(sql.raw(`SELECT COUNT(*) AS n FROM "${name}"`)))[0]!.n)
    }
    return out
  }

  // Content with rows in the tables around events and sessions.
  const org = await payload.create({
    collection: 'organizations',
    data: { name: 'Tenants union', kind: 'tenant-union', moderationStatus: 'published' } as never,
  })
  const person = await payload.create({ collection: 'people', data: { name: 'Ana' } as never })
  const series = []
  for (const title of ['First series', 'Second series']) {
    series.push(await payload.create({ collection: 'event-groups', data: { title } as never }))
  }
  const local = await payload.create({
    collection: 'events',
    data: {
      title: 'Made here',
      startsAt: '2031-01-01T10:00:00.000Z',
      organizations: [org.id],
      tags: ['housing', 'rent'],
      eventGroup: series[0]!.id,
      summary: paragraphs('A summary.'),
      moderationStatus: 'published',
    } as never,
  })
  const imported = await payload.create({
    collection: 'events',
    data: {
      title: 'Imported',
      startsAt: '2031-01-02T10:00:00.000Z',
      feedId: 4242,
      hyperactive: { original: [{ name: 'id', type: 'integer', nil: false, text: '4242' }] },
      moderationStatus: 'published',
    } as never,
  })
  await payload.create({
    collection: 'sessions',
    data: {
      event: local.id,
      title: 'Workshop',
      facilitators: [person.id],
      materials: [{ label: 'Slides', url: 'https://example.org/slides' }],
      moderationStatus: 'published',
    } as never,
  })

  const req = await createLocalReq({}, payload)
  const migration = (ctx.db.kind === 'sqlite' ? sqliteMigration : postgresMigration) as unknown as {
    up: (args: unknown) => Promise<void>
    down: (args: unknown) => Promise<void>
  }
  await migration.down({ db, payload, req })
  // As a database made before the migration held them: small ids for everything.
  await run(sql`UPDATE events SET feed_id = 7 WHERE id = ${local.id}`)
  await run(sql`UPDATE event_groups SET hyperactive_id = NULL`)
  const before = await counts()
  expect(before.events).toBe(2)
  expect(before.sessions_rels + before.events_rels + before.sessions_materials).toBeGreaterThan(2)

  await migration.up({ db, payload, req })
  expect(await counts()).toEqual(before)
  const feedIds = await rows(sql`SELECT id, feed_id FROM events ORDER BY feed_id`)
  expect(feedIds.map((r) => [String(r.id), Number(r.feed_id)])).toEqual([
    [String(imported.id), 4242],
    [String(local.id), 7 + 2147483647],
  ])
  const seriesIds = await rows(sql`SELECT title, hyperactive_id FROM event_groups_locales
    JOIN event_groups ON event_groups.id = event_groups_locales._parent_id ORDER BY hyperactive_id`)
  expect(seriesIds.map((r) => [r.title, Number(r.hyperactive_id)])).toEqual([
    ['First series', 2147483648],
    ['Second series', 2147483649],
  ])
  // The app reads the migrated tables as before.
  const read = await payload.findByID({ collection: 'events', id: local.id, depth: 1 })
  expect(read).toMatchObject({ feedId: 2147483654, tags: ['housing', 'rent'] })
  expect((read.organizations as { id: string }[]).map((o) => o.id)).toEqual([org.id])
})

test('one name for one thing: summaries and time zones survive down and up', async () => {
  if (ctx.db.kind === 'mongodb') return // no schema migrations
  const { sql } = await import('drizzle-orm')
  const { db, rows } = drizzle()
  const post = await payload.create({
    collection: 'posts',
    locale: 'en',
    data: { title: 'Rent strike', summary: 'Why we stopped paying.' } as never,
  })
  await payload.update({
    collection: 'posts',
    id: post.id,
    locale: 'es',
    data: { title: 'Huelga de alquileres', summary: 'Por qué dejamos de pagar.' } as never,
  })
  const event = await payload.create({
    collection: 'events',
    data: {
      title: 'Assembly in Madrid',
      startsAt: '2031-03-01T18:00:00.000Z',
      startsAt_tz: 'Europe/Madrid',
      endsAt: '2031-03-01T20:00:00.000Z',
      endsAt_tz: 'Europe/Madrid',
      moderationStatus: 'published',
    } as never,
  })
  const req = await createLocalReq({}, payload)
  const migration = (ctx.db.kind === 'sqlite' ? sqliteOneName : postgresOneName) as unknown as {
    up: (args: unknown) => Promise<void>
    down: (args: unknown) => Promise<void>
  }
  await migration.down({ db, payload, req })
  const old = await rows(sql`SELECT _locale, excerpt FROM posts_locales
    WHERE _parent_id = ${post.id} ORDER BY _locale`)
  expect(old.map((r) => [r._locale, r.excerpt])).toEqual([
    ['en', 'Why we stopped paying.'],
    ['es', 'Por qué dejamos de pagar.'],
  ])
  await migration.up({ db, payload, req })

  const es = await payload.findByID({ collection: 'posts', id: post.id, locale: 'es' })
  expect(es.summary).toBe('Por qué dejamos de pagar.')
  const read = await payload.findByID({ collection: 'events', id: event.id })
  expect([read.startsAt_tz, read.endsAt_tz]).toEqual(['Europe/Madrid', 'Europe/Madrid'])
  // A zone outside the supported list is refused by name, as the select refused it before.
  const refused = await payload
    .update({ collection: 'events', id: event.id, data: { startsAt_tz: 'Mars/Olympus' } as never })
    .then(
      () => null,
      (error: { message: string; data?: { errors?: unknown[] } }) => error,
    )
  expect(refused?.message).toMatch(/Starts: time zone/)
  expect(refused?.data?.errors).toEqual([
    expect.objectContaining({
      path: 'startsAt_tz',
      message: expect.stringMatching(/^Choose one of the supported time zones: America\/Chicago/),
    }),
  ])
})
