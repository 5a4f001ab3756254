import type {
  Access,
  Collection,
  CollectionBeforeOperationHook,
  Config,
  Field,
  FieldHook,
  PayloadRequest,
} from 'payload'

import { APIError } from 'payload'

/** Most documents one anonymous REST list may ask for (a page; ask for the next one). */
export const MAX_ANONYMOUS_PAGE = 100

const WRITES = new Set(['create', 'update', 'updateByID'])

const kindOf = (value: unknown) =>
  value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`

/**
 * What Payload's own operations do not check: the data of a write must be an object of fields
 * (a JSON `null`, array or string crashed its field hooks: 500), and an anonymous REST list is
 * a page, not the whole collection (`limit=0` and `pagination=false` answered every document).
 * GraphQL lists are priced by the query limits instead.
 */
export const checkOperation: CollectionBeforeOperationHook = ({
  args,
  collection,
  operation,
  req,
}) => {
  if (WRITES.has(operation)) {
    const data = (args as { data?: unknown }).data
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
      throw new APIError(
        `The document must be a JSON object of its fields, not ${kindOf(data)}.`,
        400,
        undefined,
        true,
      )
    }
  }
  // What the client asked for, in the URL: Payload's own reads inside a request (populating
  // relationships, hooks) are unpaginated and share its `req`, but not its intent.
  // (Not the account lookup of a login token, which runs before `req.user` is known.)
  const ownRead = operation === 'read' && req.payloadAPI === 'REST' && req.method === 'GET'
  if (ownRead && !req.user && !collection.auth) {
    const { limit, pagination } = (req.query ?? {}) as { limit?: unknown; pagination?: unknown }
    const asked = limit === undefined ? undefined : Number(limit)
    if (
      String(pagination) === 'false' ||
      asked === 0 ||
      (asked !== undefined && !(asked <= MAX_ANONYMOUS_PAGE))
    ) {
      throw new APIError(
        `limit: at most ${MAX_ANONYMOUS_PAGE} documents a page for anonymous readers ` +
          '(ask for the next page with `page`)',
        400,
        undefined,
        true,
      )
    }
  }
  return args
}

const noVersions: Access = () => false

type Related = string | number | { relationTo: string; value: unknown } | Record<string, unknown>
type Batch = { ids: Set<string>; started: boolean; readable: Promise<Set<string>> }

// Per request and collection: the ids asked about in one turn of the event loop, read together.
const batches = new WeakMap<PayloadRequest, Map<string, Batch>>()

const accessOf = new WeakMap<PayloadRequest, Map<string, Promise<'all' | 'none' | 'some'>>>()

/** What the collection's read access answers for this reader: everything, nothing, or a filter. */
function readAccess(req: PayloadRequest, collection: string) {
  const byCollection = accessOf.get(req) ?? new Map<string, Promise<'all' | 'none' | 'some'>>()
  accessOf.set(req, byCollection)
  let answer = byCollection.get(collection)
  if (!answer) {
    const read = (req.payload.collections as Record<string, Collection | undefined>)[collection]
      ?.config.access.read
    answer = Promise.resolve(read ? read({ req }) : false).then((result) =>
      result === true ? 'all' : result ? 'some' : 'none',
    )
    byCollection.set(collection, answer)
  }
  return answer
}

/** Whether an anonymous reader may read `collection`'s document `id`: one query per collection
 * for all the ids a turn asks about (every document of a list at once). */
async function readableByAnonymous(req: PayloadRequest, collection: string, id: string) {
  // A collection the reader may read whole (or not at all) needs no query.
  const access = await readAccess(req, collection)
  if (access !== 'some') return access === 'all'
  const byCollection = batches.get(req) ?? new Map<string, Batch>()
  batches.set(req, byCollection)
  let batch = byCollection.get(collection)
  if (!batch || batch.started) {
    const next: Batch = { ids: new Set(), started: false, readable: Promise.resolve(new Set()) }
    next.readable = new Promise<void>((resolve) => setImmediate(resolve)).then(async () => {
      next.started = true
      const { docs } = await req.payload.find({
        // Any guarded collection's slug, a string where Payload's types want the literal union.
        collection: collection as never,
        where: { id: { in: [...next.ids] } },
        // Generated select types leave out `id`, which every answer has anyway.
        select: { id: true } as never,
        depth: 0,
        pagination: false,
        overrideAccess: false,
      })
      return new Set(docs.map((doc) => String((doc as { id: unknown }).id)))
    })
    byCollection.set(collection, next)
    batch = next
  }
  batch.ids.add(id)
  return batch.readable.then(
    (readable) => readable.has(id),
    (error: Error) => {
      req.payload.logger.error(`related ${collection} not checked, hidden: ${error.message}`)
      return false
    },
  )
}

/**
 * A relationship as anonymous readers may see it: documents they cannot read (hidden, pending,
 * unlisted) leave no trace, not even their id. Populated documents were read with the reader's
 * access already; ids are checked with it. Staff and server code (access overridden) get every
 * id.
 */
const hideUnreadable =
  (relationTo: string | string[]): FieldHook =>
  async ({ overrideAccess, req, value }) => {
    if (overrideAccess || req.user || value === null || value === undefined) return value
    const readable = async (item: Related): Promise<boolean> => {
      const polymorphic = typeof item === 'object' && 'relationTo' in item && 'value' in item
      const collection = polymorphic ? String(item.relationTo) : String(relationTo)
      const target = polymorphic ? item.value : item
      if (typeof target !== 'string' && typeof target !== 'number') return true
      return readableByAnonymous(req, collection, String(target))
    }
    if (!Array.isArray(value)) return (await readable(value)) ? value : null
    const keep = await Promise.all(value.map((item: Related) => readable(item)))
    return value.filter((_item: unknown, i: number) => keep[i])
  }

/** `fields` with `hideUnreadable` on every relationship and upload, at any depth. */
function guardRelations(fields: Field[]): Field[] {
  return fields.map((field): Field => {
    if (field.type === 'relationship' || field.type === 'upload') {
      return {
        ...field,
        hooks: {
          ...field.hooks,
          afterRead: [...(field.hooks?.afterRead ?? []), hideUnreadable(field.relationTo)],
        },
      } as Field
    }
    if (field.type === 'tabs') {
      return {
        ...field,
        tabs: field.tabs.map((tab) => ({ ...tab, fields: guardRelations(tab.fields) })),
      }
    }
    if (field.type === 'blocks') {
      return {
        ...field,
        blocks: field.blocks.map((block) => ({ ...block, fields: guardRelations(block.fields) })),
      }
    }
    if ('fields' in field && Array.isArray(field.fields)) {
      return { ...field, fields: guardRelations(field.fields) } as Field
    }
    return field
  })
}

/**
 * Checks every collection's operations as above, hides from anonymous readers the ids of
 * related documents they cannot read, and answers 403 for the versions of a collection or
 * global that keeps none (Payload's query for them crashed: 500).
 */
export const apiGuards = (config: Config): Config => ({
  ...config,
  collections: (config.collections ?? []).map((collection) => ({
    ...collection,
    fields: guardRelations(collection.fields),
    access: collection.versions
      ? collection.access
      : { ...collection.access, readVersions: collection.access?.readVersions ?? noVersions },
    hooks: {
      ...collection.hooks,
      beforeOperation: [checkOperation, ...(collection.hooks?.beforeOperation ?? [])],
    },
  })),
  globals: (config.globals ?? []).map((global) =>
    global.versions
      ? global
      : {
          ...global,
          access: { ...global.access, readVersions: global.access?.readVersions ?? noVersions },
        },
  ),
})
