import type { Access, CollectionBeforeOperationHook, Config, Field, FieldHook } from 'payload'

import { APIError, createDataloaderCacheKey } from 'payload'

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
export const checkOperation: CollectionBeforeOperationHook = ({ args, operation, req }) => {
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
  if (operation === 'read' && req.payloadAPI === 'REST' && !req.user) {
    const { limit, pagination } = args as { limit?: number; pagination?: boolean }
    if (pagination === false || limit === 0 || (limit ?? 0) > MAX_ANONYMOUS_PAGE) {
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

/**
 * A relationship as anonymous readers may see it: documents they cannot read (hidden, pending,
 * unlisted) leave no trace, not even their id. Ids are checked through Payload's request
 * dataloader, with the reader's access, in one query per collection for the whole answer;
 * populated documents were already read with that access. Staff and server code (access
 * overridden) get every id.
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
      const doc = await req.payloadDataLoader.load(
        createDataloaderCacheKey({
          collectionSlug: collection,
          currentDepth: 0,
          depth: 0,
          docID: target,
          draft: false,
          fallbackLocale: req.fallbackLocale ?? false,
          locale: req.locale ?? 'all',
          overrideAccess: false,
          select: { id: true },
          showHiddenFields: false,
          // As Payload's own population passes it (a transaction's id, or none).
          transactionID: req.transactionID as never,
        }),
      )
      return Boolean(doc)
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
