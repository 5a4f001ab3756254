import type { Payload, TypedUser, Where } from 'payload'

import { hasAnyRole } from '../../shared/index.js'
import { HYPERACTIVE_OPTIONS, type SanitizedHyperactiveOptions } from '../defaults.js'
import { type EventLike, exportRecord, HYPERACTIVE_STATES } from '../utilities/eventRecord.js'
import { serializeXml } from '../utilities/serialize.js'
import { IMPORTS_SLUG } from '../collections/Imports.js'
import { RECORD_FIELDS, RECORD_POPULATE } from './existing.js'

export type ExportQuery = {
  /** One event by its feed id (`/events/ID.xml`). */
  feedId?: number
  /** Only these states (readers still see only what they may). */
  status?: string[]
  /** Only events of this Hyperactive collective. */
  collective?: number
  /** Events starting at or after this instant. @default now, for lists */
  from?: Date
  /** Events starting at or before this instant. */
  to?: Date
  /** @default 50 for lists (at most 500); no limit with `all` */
  limit?: number
  /** Every event, past ones included, no limit (the CLI's full export). */
  all?: boolean
  /** The events of one imported file, in the file's order, as it was (`<event>` for one). */
  importId?: string
}

export const MAX_LIST = 500

/** A query-string problem, for a 400 that names the parameter. */
export class ExportQueryError extends Error {}

/** `/events.xml` query parameters as an ExportQuery; bad values name the parameter. */
export function parseExportQuery(params: Record<string, unknown>): ExportQuery {
  const query: ExportQuery = {}
  const one = (name: string) => {
    const v = params[name]
    return typeof v === 'string' && v !== '' ? v : undefined
  }
  const status = one('status')
  if (status) {
    query.status = status.split(',')
    const bad = query.status.find((s) => !HYPERACTIVE_STATES.includes(s))
    if (bad)
      throw new ExportQueryError(`status: "${bad}" is not one of ${HYPERACTIVE_STATES.join(', ')}`)
  }
  const collective = one('collective')
  if (collective) {
    if (!/^\d+$/.test(collective))
      throw new ExportQueryError('collective: must be a collective id (a number)')
    query.collective = Number(collective)
  }
  for (const name of ['from', 'to'] as const) {
    const v = one(name)
    if (!v) continue
    const date = new Date(v)
    if (Number.isNaN(date.getTime())) {
      throw new ExportQueryError(
        `${name}: "${v}" is not a date (use 2026-08-15 or an ISO datetime)`,
      )
    }
    query[name] = date
  }
  const importId = one('import')
  if (importId) {
    if (!/^[\w-]{1,64}$/.test(importId)) {
      throw new ExportQueryError('import: must be the id of an import (see Hyperactive imports)')
    }
    query.importId = importId
  }
  const limit = one('limit')
  if (limit) {
    if (!/^\d+$/.test(limit) || Number(limit) < 1 || Number(limit) > MAX_LIST) {
      throw new ExportQueryError(`limit: must be a whole number from 1 to ${MAX_LIST}`)
    }
    query.limit = Number(limit)
  }
  return query
}

/**
 * Events as Hyperactive XML, for `user` (null: anonymous): what they may read, visible states
 * only for the public and never `admin-note`; staff get every state and field. Returns null
 * when a single event is not there for this reader.
 */
export async function exportEvents(
  payload: Payload,
  {
    user,
    asStaff = false,
    query,
  }: { user?: TypedUser | null; asStaff?: boolean; query: ExportQuery },
): Promise<{ xml: string; count: number } | null> {
  const plugin = payload.config.custom?.[HYPERACTIVE_OPTIONS] as SanitizedHyperactiveOptions
  const staff = asStaff || hasAnyRole(user, plugin.roles.staff)
  const file = query.importId ? await importedFile(payload, query.importId) : undefined
  if (file === null) return null
  const single = query.feedId !== undefined
  const and: Where[] = []
  if (file) and.push({ feedId: { in: file.feedIds } })
  if (single) and.push({ feedId: { equals: query.feedId } })
  if (query.status) and.push({ moderationStatus: { in: query.status } })
  if (query.collective !== undefined)
    and.push({ 'hyperactive.collectiveId': { equals: query.collective } })
  const from = query.from ?? (single || query.all || file ? undefined : new Date())
  if (from) and.push({ startsAt: { greater_than_equal: from.toISOString() } })
  if (query.to) and.push({ startsAt: { less_than_equal: query.to.toISOString() } })
  const where: Where = and.length > 0 ? { and } : {}

  // Who may see what is decided by the collection's access (the moderation plugin's rules)...
  const visible = await payload.find({
    collection: 'events',
    where,
    sort: '-startsAt',
    ...(query.all || file ? { pagination: false } : { limit: single ? 1 : (query.limit ?? 50) }),
    // Payload's generated select types leave out `id`, which the database answers anyway.
    select: { id: true } as never,
    depth: 0,
    user: user ?? undefined,
    overrideAccess: asStaff,
  })
  if (single && visible.docs.length === 0) return null
  const ids = (visible.docs as unknown as { id: string }[]).map((doc) => doc.id)
  // ...then the documents are read whole, for the original elements kept from an import.
  const { docs } = await payload.find({
    collection: 'events',
    where: { id: { in: ids } },
    sort: '-startsAt',
    pagination: false,
    select: RECORD_FIELDS,
    populate: RECORD_POPULATE,
    depth: 1,
    locale: 'en',
    overrideAccess: true,
  })
  let events = docs as unknown as (EventLike & { feedId: number })[]
  if (file) {
    const position = new Map(file.feedIds.map((id, i) => [id, i]))
    events = [...events].sort((a, b) => position.get(a.feedId)! - position.get(b.feedId)!)
  }
  const records = events.map((doc) => exportRecord(doc, { staff }))
  const one = single || Boolean(file?.single && records.length === 1)
  const xml = serializeXml({
    array: !one,
    rootName: one ? 'event' : 'events',
    recordName: 'event',
    records,
  })
  return { xml, count: records.length }
}

/** An import's feed ids in the file's order, and whether it held one `<event>`; null if none. */
async function importedFile(payload: Payload, id: string) {
  const found = await payload
    .find({
      collection: IMPORTS_SLUG,
      where: { id: { equals: id } },
      select: { feedIds: true, single: true },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    // Not an id this database can hold (PostgreSQL refuses a malformed uuid): no such import.
    .catch(() => ({ docs: [] }))
  const row = found.docs[0] as unknown as { feedIds?: unknown; single?: boolean } | undefined
  if (!row || !Array.isArray(row.feedIds)) return null
  return { feedIds: row.feedIds as number[], single: Boolean(row.single) }
}
