/**
 * The migration that moves events and series made here above the source's id range, run down
 * and up again on a database with content (the schema test runs them on an empty one): no row
 * of any other table is lost while SQLite rebuilds `events` and `sessions`, events made here
 * get their new ids, imported ones keep theirs, series made here get one each.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { createLocalReq, type Payload } from 'payload'

import * as postgresMigration from '../../src/migrations/postgres/20261130_143106_feed_ids_places_series_clock.js'
import * as sqliteMigration from '../../src/migrations/sqlite/20261130_143055_feed_ids_places_series_clock.js'
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

test('down and up on a database with content: ids move, nothing else changes', async () => {
  if (ctx.db.kind === 'mongodb') return // no schema migrations
  const { sql } = await import('drizzle-orm')
  const db = (payload.db as unknown as { drizzle: Db }).drizzle
  const rows = async (query: unknown) =>
    ctx.db.kind === 'sqlite'
      ? ((await db.all!(query)) as Record<string, unknown>[])
      : ((await db.execute!(query)).rows as Record<string, unknown>[])
  const run = async (query: unknown) =>
    ctx.db.kind === 'sqlite' ? db.run!(query) : db.execute!(query)
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
