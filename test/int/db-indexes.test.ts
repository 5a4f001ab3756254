/**
 * Every child table Payload reads with `where <parent> = <row id>` (localized fields, hasMany
 * text, arrays, relationships) has an index leading with that column, so reading a row costs
 * the same however many rows the table holds.
 */
import { sql } from 'drizzle-orm'
import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'

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
