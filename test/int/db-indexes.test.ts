/**
 * Every child table Payload reads with `where <parent> = <row id>` (localized fields, hasMany
 * text, arrays, relationships) has an index leading with that column, so reading a row costs
 * the same however many rows the table holds. Also what keeps a large import's cost flat: the
 * planner's statistics refreshed as it writes, and the event loop let turn as it goes.
 */
import { sql } from 'drizzle-orm'
import { createLocalReq, killTransaction, type Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, jest, test } from '@jest/globals'

import { generateHyperactiveEvents } from '../../bench/fixtures/hyperactiveEvents.js'
import { beginImportTransaction, importEvents } from '../../plugins/hyperactive/index.js'

import { refreshPlannerStatistics } from '../../src/db-statistics.js'
import { bootPayload, type TestPayload } from '../helpers/payload.js'

let ctx: TestPayload
let payload: Payload

type Row = Record<string, unknown>
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const drizzle = () => (payload.db as any).drizzle

async function rows(query: ReturnType<typeof sql>): Promise<Row[]> {
  if (ctx.db.kind === 'sqlite') return drizzle().all(query)
  return (await drizzle().execute(query)).rows
}

/** [table, parent column] for every table that has one, and whether an index leads with it. */
async function parentColumns(): Promise<{ table: string; column: string; indexed: boolean }[]> {
  if (ctx.db.kind === 'sqlite') {
    const tables = await rows(sql`select name from sqlite_master where type = 'table'`)
    const out = []
    for (const { name } of tables as { name: string }[]) {
      const columns = (await rows(sql.raw(`pragma table_info("${name}")`))).map((c) => c.name)
      for (const column of ['_parent_id', 'parent_id'].filter((c) => columns.includes(c))) {
        let indexed = false
        for (const index of await rows(sql.raw(`pragma index_list("${name}")`))) {
          const first = (await rows(sql.raw(`pragma index_info("${index.name}")`)))[0]
          if (first?.name === column) indexed = true
        }
        out.push({ table: name, column, indexed })
      }
    }
    return out
  }
  const found = await rows(sql`
    select c.table_name as "table", c.column_name as "column",
      exists (
        select 1 from pg_index i
        join pg_attribute a on a.attrelid = i.indrelid and a.attnum = i.indkey[0]
        where i.indrelid = (quote_ident(c.table_schema) || '.' || quote_ident(c.table_name))::regclass
          and a.attname = c.column_name
      ) as indexed
    from information_schema.columns c
    where c.table_schema = current_schema() and c.column_name in ('_parent_id', 'parent_id')`)
  return found as { table: string; column: string; indexed: boolean }[]
}

const sqlDatabase = () => ['sqlite', 'postgres'].includes(ctx.db.kind)

beforeAll(async () => {
  ctx = await bootPayload()
  payload = ctx.payload
}, 120_000)

afterAll(async () => {
  await ctx?.teardown()
})

describe('indexes on child tables', () => {
  test('every parent column leads an index (locales, texts, arrays, relationships)', async () => {
    if (!sqlDatabase()) return // MongoDB embeds child rows in the document
    const columns = await parentColumns()
    expect(columns.map((c) => c.table)).toEqual(
      expect.arrayContaining(['events_locales', 'events_texts', 'events_rels', 'posts_locales']),
    )
    expect(columns.filter((c) => !c.indexed)).toEqual([])
  })

  test('reading events does not scan the locales table', async () => {
    if (ctx.db.kind !== 'sqlite') return // PostgreSQL plans small tables with scans anyway
    const plan = await rows(
      sql`explain query plan select e.id, (select json_group_array(l.title) from events_locales l where l._parent_id = e.id) from events e`,
    )
    const details = plan.map((p) => String(p.detail))
    expect(details.join('\n')).toMatch(/SEARCH l USING INDEX events_locales_parent_lookup_idx/)
    expect(details.filter((d) => /^SCAN l\b/.test(d))).toEqual([])
  })
})

describe('statistics follow the tables as they grow', () => {
  // Taken of the demo content (a handful of rows), SQLite's statistics made every read of an
  // event scan all its texts; an import of 10,000 events then got slower with every event.
  const READ_ONE = `select e.id, (select json_group_array(l.title) from events_locales l
    where l._parent_id = e.id) from events e where e.id = 'x'`
  const GROWN = 150

  test('a refresh inside a transaction sees its rows and does not wait on its lock', async () => {
    if (!sqlDatabase()) return // MongoDB keeps no planner statistics
    // The demo content's shape: two events, one of them translated (three rows of texts).
    const events = []
    for (const i of [1, 2]) {
      events.push(
        await payload.create({
          collection: 'events',
          data: { title: `Small ${i}`, startsAt: '2026-10-10T18:00:00.000Z', startsAt_tz: 'UTC' },
        }),
      )
    }
    await payload.update({
      collection: 'events',
      id: events[0]!.id,
      locale: 'es',
      data: { title: 'Pequeño 1' },
    })
    expect(await refreshPlannerStatistics(payload, 'import')).not.toBeNull()
    if (ctx.db.kind === 'sqlite') {
      // The problem this guards against: with statistics of three rows, two per event, a scan
      // looks cheapest.
      const plan = (await rows(sql.raw(`explain query plan ${READ_ONE}`))).map((p) => p.detail)
      expect(plan.join('\n')).toMatch(/SCAN l\b/)
    }

    const req = await createLocalReq({}, payload)
    await beginImportTransaction(payload, req)
    try {
      for (let i = 0; i < GROWN; i++) {
        await payload.create({
          collection: 'events',
          data: { title: `Grown ${i}`, startsAt: '2026-10-11T18:00:00.000Z', startsAt_tz: 'UTC' },
          req,
        })
      }
      // The transaction's own connection: its rows are not committed, and SQLite's write lock
      // would make a refresh on another connection wait and fail.
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      const tx = (payload.db as any).sessions[String(await req.transactionID)].db
      const inTransaction = async (query: string): Promise<Row[]> =>
        ctx.db.kind === 'sqlite' ? tx.all(sql.raw(query)) : (await tx.execute(sql.raw(query))).rows
      expect(await refreshPlannerStatistics(payload, 'import', req)).not.toBeNull()
      if (ctx.db.kind === 'sqlite') {
        const [stat] = await inTransaction(
          `select stat from sqlite_stat1 where idx = 'events_locales_parent_lookup_idx'`,
        )
        expect(Number(String(stat?.stat).split(' ')[0])).toBeGreaterThanOrEqual(GROWN)
        const plan = (await inTransaction(`explain query plan ${READ_ONE}`)).map((p) => p.detail)
        expect(plan.join('\n')).toMatch(/SEARCH l USING INDEX events_locales_parent_lookup_idx/)
      } else {
        const [pg] = await inTransaction(
          `select reltuples from pg_class where relname = 'events_locales'`,
        )
        expect(Number(pg?.reltuples)).toBeGreaterThanOrEqual(GROWN)
      }
    } finally {
      await killTransaction(req)
    }
  }, 120_000)

  test('an import refreshes them as it writes (after 100 events, then each time that doubles)', async () => {
    if (!sqlDatabase()) return
    const debug = jest.spyOn(payload.logger, 'debug')
    try {
      // Batches of 20, then 30: the refreshes come after those that reach 100 and 200 events.
      const summary = await importEvents(payload, generateHyperactiveEvents(GROWN * 2), {
        timeZone: 'UTC',
        batchMax: 30,
        batchMs: 60_000,
      })
      expect(summary.failed).toEqual([])
      expect(summary.created).toBe(GROWN * 2)
      const refreshes = debug.mock.calls
        .map(([message]) => String(message))
        .filter((m) => m.includes('planner statistics refreshed'))
      expect(refreshes).toEqual([
        expect.stringMatching(/after 110 events written \(\d+ ms\)$/),
        expect.stringMatching(/after 200 events written \(\d+ ms\)$/),
      ])
    } finally {
      debug.mockRestore()
    }
  }, 120_000)
})

describe('a long import', () => {
  test('the event loop turns between its batches (SQLite frees statements then)', async () => {
    // On SQLite every query is synchronous: without a turn of the loop, nothing queued with
    // setImmediate runs until the import ends, the driver's statement finalizers included.
    let written = 0
    let finished = false
    const turns: number[] = []
    const tick = () => {
      turns.push(written)
      if (!finished) setImmediate(tick)
    }
    setImmediate(tick)
    // Titles of their own: the test above imported the generator's first 200.
    const xml = generateHyperactiveEvents(60, 900_000).replaceAll(' assembly #', ' long import #')
    const summary = await importEvents(payload, xml, {
      timeZone: 'UTC',
      batchMax: 20,
      onProgress: (p) => {
        if (p.phase === 'writing') written = p.done
      },
    })
    finished = true
    expect(summary).toMatchObject({ created: 60, failed: [] })
    const during = new Set(turns.filter((n) => n > 0 && n < 60))
    expect(during.size).toBeGreaterThanOrEqual(2)
  }, 120_000)
})

describe('indexes in the order public lists are read', () => {
  // Payload reads `sort=startsAt` as `order by starts_at asc, created_at desc` (it always adds
  // `-createdAt`), with the moderation states of the access rule as a filter.
  const VISIBLE = `moderation_status in ('published', 'promoted', 'featured')`
  const cases: { query: string; index: string }[] = [
    {
      query: `select id from events where ${VISIBLE} order by starts_at asc, created_at desc limit 20`,
      index: 'events_starts_at_order_idx',
    },
    {
      query: `select id from events where ${VISIBLE} order by starts_at desc, created_at desc limit 20`,
      index: 'events_starts_at_desc_order_idx',
    },
    {
      query: `select id from events where ${VISIBLE} and starts_at >= '2024-06-01' order by starts_at asc, created_at desc limit 20`,
      index: 'events_starts_at_order_idx',
    },
    {
      query: `select id from events where moderation_status = 'featured' and ${VISIBLE} order by starts_at asc, created_at desc limit 10`,
      index: 'events_status_starts_at_order_idx',
    },
    {
      query: `select id from sessions where ${VISIBLE} order by starts_at asc, created_at desc limit 20`,
      index: 'sessions_starts_at_order_idx',
    },
    {
      query: `select id from posts where ${VISIBLE} order by published_at desc, created_at desc limit 10`,
      index: 'posts_published_at_desc_order_idx',
    },
    {
      // An organizer's proposals by score: most have none yet, and all of those tie.
      query: `select id from proposals order by review_score desc, created_at desc limit 20`,
      index: 'reviewScore_createdAt_idx',
    },
  ]

  // A calendar's worth of rows, five states in turn, and the statistics the server gathers
  // (at start and after imports): the planner's choice depends on both.
  const ROWS = 3000
  beforeAll(async () => {
    if (!sqlDatabase()) return
    const states = `'published', 'promoted', 'featured', 'hidden', 'pending'`
    if (ctx.db.kind === 'sqlite') {
      const series = `with recursive n(i) as (select 0 union all select i + 1 from n where i < ${ROWS - 1})`
      const state = `(json_array(${states}) ->> (i % 5))`
      const at = `strftime('%Y-%m-%dT%H:%M:%fZ', '2020-01-01', '+' || (i * 17) || ' hours')`
      await rows(
        sql.raw(`insert into events (id, starts_at, startsat_tz, moderation_status, created_at, updated_at)
          ${series} select 'bench-e-' || i, ${at}, 'UTC', ${state}, ${at}, ${at} from n`),
      )
      await rows(
        sql.raw(`insert into sessions (id, event_id, starts_at, moderation_status, created_at, updated_at)
          ${series} select 'bench-s-' || i, 'bench-e-0', ${at}, ${state}, ${at}, ${at} from n`),
      )
      await rows(
        sql.raw(`insert into posts (id, published_at, moderation_status, created_at, updated_at)
          ${series} select 'bench-p-' || i, ${at}, ${state}, ${at}, ${at} from n`),
      )
      await rows(
        sql.raw(`insert into proposals (id, title, description, submitter_name, submitter_email,
            consent, review_score, created_at, updated_at)
          ${series} select 'bench-r-' || i, 'T', 'D', 'N', 'e@example.org', 1,
            case when i % 10 = 0 then i % 5 + 1 end, ${at}, ${at} from n`),
      )
    } else {
      const state = (table: string) =>
        `((array[${states}])[1 + i % 5])::enum_${table}_moderation_status`
      const at = `timestamptz '2020-01-01' + i * interval '17 hours'`
      const series = `from generate_series(0, ${ROWS - 1}) i`
      await rows(
        sql.raw(`insert into events (id, starts_at, startsat_tz, moderation_status, created_at, updated_at)
          select gen_random_uuid(), ${at}, 'UTC', ${state('events')}, ${at}, ${at} ${series}`),
      )
      const [event] = await rows(sql.raw(`select id from events limit 1`))
      await rows(
        sql.raw(`insert into sessions (id, event_id, starts_at, moderation_status, created_at, updated_at)
          select gen_random_uuid(), '${String(event!.id)}', ${at}, ${state('sessions')}, ${at}, ${at} ${series}`),
      )
      await rows(
        sql.raw(`insert into posts (id, published_at, moderation_status, created_at, updated_at)
          select gen_random_uuid(), ${at}, ${state('posts')}, ${at}, ${at} ${series}`),
      )
      await rows(
        sql.raw(`insert into proposals (id, title, description, submitter_name, submitter_email,
            consent, review_score, created_at, updated_at)
          select gen_random_uuid(), 'T', 'D', 'N', 'e@example.org', true,
            case when i % 10 = 0 then i % 5 + 1 end, ${at}, ${at} ${series}`),
      )
    }
    expect(await refreshPlannerStatistics(payload, 'import')).not.toBeNull()
  }, 60_000)

  test.each(cases)(
    '$index gives the order of its list without sorting',
    async ({ query, index }) => {
      if (!sqlDatabase()) return // MongoDB: Payload's own indexes
      const plan = await rows(
        sql.raw(`explain ${ctx.db.kind === 'sqlite' ? 'query plan ' : ''}${query}`),
      )
      const lines = plan.map((p) => String(p.detail ?? p['QUERY PLAN']))
      // The index walked in order, stopping after the page: no sort over every visible row (which
      // made SQLite build each row's whole document before it kept 20). PostgreSQL may instead
      // walk the start-time index and sort only runs of equal starts (an incremental sort also
      // stops at the page); a full sort is what must not appear.
      if (ctx.db.kind === 'sqlite') {
        expect(lines.join('\n')).toMatch(new RegExp(`USING (COVERING )?INDEX ${index}\\b`))
        expect(lines.filter((l) => l.includes('TEMP B-TREE'))).toEqual([])
      } else {
        expect(lines.join('\n')).toMatch(
          /Index (Only )?Scan( Backward)? using "?(\w+_(starts|published)_at_|reviewScore_createdAt)/,
        )
        expect(lines.filter((l) => /^\s*(->\s*)?Sort  \(/.test(l))).toEqual([])
      }
    },
  )
})

describe('the limit per email of a public proposal', () => {
  // Each public submission counts the proposals already sent from its address (proposalHooks):
  // without an index on the address that count reads the whole table, for every submission.
  const ROWS = 3000
  beforeAll(async () => {
    if (!sqlDatabase()) return
    if (ctx.db.kind === 'sqlite') {
      await rows(
        sql.raw(`insert into proposals (id, title, description, submitter_name, submitter_email,
            consent, created_at, updated_at)
          with recursive n(i) as (select 0 union all select i + 1 from n where i < ${ROWS - 1})
          select 'mail-' || i, 'T', 'D', 'N', 'p' || i || '@example.org', 1,
            '2022-01-01T00:00:00.000Z', '2022-01-01T00:00:00.000Z' from n`),
      )
    } else {
      await rows(
        sql.raw(`insert into proposals (id, title, description, submitter_name, submitter_email,
            consent, created_at, updated_at)
          select gen_random_uuid(), 'T', 'D', 'N', 'p' || i || '@example.org', true, now(), now()
          from generate_series(0, ${ROWS - 1}) i`),
      )
    }
    expect(await refreshPlannerStatistics(payload, 'import')).not.toBeNull()
  }, 60_000)

  test('is counted through the index on the address, not by reading every proposal', async () => {
    if (!sqlDatabase()) return // MongoDB: the field's index: true makes its own
    const query = `select count(*) from proposals where submitter_email = 'p17@example.org'
      and (review_state is null or review_state <> 'withdrawn')`
    const plan = await rows(
      sql.raw(`explain ${ctx.db.kind === 'sqlite' ? 'query plan ' : ''}${query}`),
    )
    const lines = plan.map((p) => String(p.detail ?? p['QUERY PLAN'])).join('\n')
    if (ctx.db.kind === 'sqlite') {
      expect(lines).toMatch(/SEARCH proposals USING INDEX proposals_submitter_email_idx/)
    } else {
      expect(lines).toMatch(
        /Index (Only )?Scan using proposals_submitter_email_idx|Bitmap Index Scan on proposals_submitter_email_idx/,
      )
      expect(lines).not.toMatch(/Seq Scan on proposals/)
    }
    // And the hook's own count finds what it should.
    const counted = await payload.count({
      collection: 'proposals',
      where: {
        and: [
          { submitterEmail: { equals: 'p17@example.org' } },
          { reviewState: { not_equals: 'withdrawn' } },
        ],
      },
      overrideAccess: true,
    })
    expect(counted.totalDocs).toBe(1)
  })
})
