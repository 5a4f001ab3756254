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

/**
 * The orders the public lists are read in, each as an SQLite index that holds them (added by
 * `sqliteSortIndexesHook` in `db-sort-indexes.ts`). Payload always adds `created_at desc` after the requested sort (`sort=startsAt` reads `order by starts_at asc,
 * created_at desc`), and no single-column index gives that order: SQLite then preferred the
 * moderation-state index and sorted every visible row, building each row's full document (its
 * correlated subqueries) before it kept 20. `desc` marks a descending column; a descending sort of the
 * whole order (`sort=-startsAt` → `starts_at desc, created_at desc`) walks the all-ascending
 * index backwards. Leading with the moderation state serves one state in order (featured
 * events on a home page).
 */
export const SORT_INDEXES: { table: string; name: string; on: string[] }[] = [
  { table: 'events', name: 'events_starts_at_order_idx', on: ['startsAt', 'createdAt desc'] },
  { table: 'events', name: 'events_starts_at_desc_order_idx', on: ['startsAt', 'createdAt'] },
  {
    table: 'events',
    name: 'events_status_starts_at_order_idx',
    on: ['moderationStatus', 'startsAt', 'createdAt desc'],
  },
  // The home page's pinned featured event. With both states bound as parameters, SQLite chose
  // the moderation-state index and read every featured event to find the pinned one.
  {
    table: 'events',
    name: 'events_pinned_order_idx',
    on: ['stickAtTop', 'moderationStatus', 'startsAt', 'createdAt'],
  },
  { table: 'sessions', name: 'sessions_starts_at_order_idx', on: ['startsAt', 'createdAt desc'] },
  { table: 'posts', name: 'posts_published_at_desc_order_idx', on: ['publishedAt', 'createdAt'] },
  {
    table: 'posts',
    name: 'posts_status_published_at_desc_order_idx',
    on: ['moderationStatus', 'publishedAt', 'createdAt'],
  },
]

type IndexPart<C> = { column: C; descending: boolean }

/** The parts of one sort index, with each column key looked up in the table's columns. */
export function sortIndexParts<C>(
  spec: { table: string; name: string; on: string[] },
  columns: Record<string, C | undefined>,
): IndexPart<C>[] {
  return spec.on.map((part) => {
    const [key, direction] = part.split(' ') as [string, string | undefined]
    const column = columns[key]
    if (!column) throw new Error(`sort index ${spec.name}: ${spec.table} has no column ${key}`)
    return { column, descending: direction === 'desc' }
  })
}
