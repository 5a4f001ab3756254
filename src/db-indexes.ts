import type { RawTable } from '@payloadcms/drizzle/types'

/** Column keys (not SQL names) by which Payload looks up the rows of a child table. */
const PARENT_KEYS = ['_parentID', 'parent'] as const

/**
 * Adds an index on the parent column of every child table (`*_locales`, `*_texts`, `*_numbers`,
 * …) that has none leading with it. Payload reads localized fields with a correlated subquery
 * `where _parent_id = <row id>`, but its only index there is (_locale, _parent_id): without this
 * each row read scanned the whole locales table (EXPLAIN QUERY PLAN: `SCAN events__locales`),
 * which made reads, and imports that read each row back, slower the larger the table.
 */
export function addParentIndexes(rawTables: Record<string, RawTable>): string[] {
  const added: string[] = []
  for (const table of Object.values(rawTables)) {
    for (const key of PARENT_KEYS) {
      const column = table.columns[key]
      if (!column) continue
      const indexes = Object.values(table.indexes ?? {})
      const leads = indexes.some((index) =>
        Array.isArray(index.on) ? index.on[0] === key : index.on === key,
      )
      if (leads) continue
      const name = `${table.name}_parent_lookup_idx`
      table.indexes = { ...table.indexes, parentLookup: { name, on: key } }
      added.push(name)
    }
  }
  return added
}

/**
 * The same as a schema hook for the SQL adapters (`beforeSchemaInit`). Payload passes the
 * adapter, whose raw tables are still editable then, though its hook types leave it out.
 */
export const parentIndexesHook = <S>(args: { schema: S }): S => {
  const { adapter } = args as unknown as { adapter: { rawTables: Record<string, RawTable> } }
  addParentIndexes(adapter.rawTables)
  return args.schema
}
