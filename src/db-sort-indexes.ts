/**
 * The sort indexes of `SORT_INDEXES` as a schema hook of the SQLite adapter (`afterSchemaInit`),
 * so that migrations, the development schema push and the running schema all hold them.
 * Payload's own index option has no column order, hence drizzle's index builder here.
 *
 * PostgreSQL does not need them: its planner walks the start-time index and sorts only runs of
 * equal start times (an incremental sort, which also stops at the page), as
 * `test/int/db-indexes.test.ts` checks on both databases.
 */
import type { SQLiteSchemaHook } from '@payloadcms/db-sqlite'
import { sql } from 'drizzle-orm'
import { index as sqliteIndex, type SQLiteColumn } from 'drizzle-orm/sqlite-core'

import { SORT_INDEXES, sortIndexParts } from './db-indexes.js'

export const sqliteSortIndexesHook: SQLiteSchemaHook = ({ extendTable, schema }) => {
  for (const spec of SORT_INDEXES) {
    const table = schema.tables[spec.table]
    if (!table) throw new Error(`sort index ${spec.name}: no table ${spec.table}`)
    extendTable({
      table,
      extraConfig: (columns) => {
        const [first, ...rest] = sortIndexParts(
          spec,
          columns as unknown as Record<string, SQLiteColumn>,
        ).map(({ column, descending }) => (descending ? sql`${column} desc` : column))
        return { [spec.name]: sqliteIndex(spec.name).on(first!, ...rest) }
      },
    })
  }
  return schema
}
