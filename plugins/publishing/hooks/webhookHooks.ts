import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  CollectionBeforeDeleteHook,
  PayloadRequest,
} from 'payload'

import { WEBHOOK_BEFORE } from '../defaults.js'
import {
  publicDocument,
  queueDeliveries,
  sideOf,
  subscribedWebhooks,
} from '../services/webhooks.js'
import type { PublicSide } from '../utilities/webhookEvents.js'

type Before = { side: PublicSide | null; webhooks: Awaited<ReturnType<typeof subscribedWebhooks>> }

const key = (collection: string, id: unknown) => `${WEBHOOK_BEFORE}:${collection}:${String(id)}`

const remember = (req: PayloadRequest, collection: string, id: unknown, before: Before) => {
  req.context[key(collection, id)] = before
}

const recall = (req: PayloadRequest, collection: string, id: unknown) => {
  const before = req.context[key(collection, id)] as Before | undefined
  delete req.context[key(collection, id)]
  return before
}

/** Which webhooks listen, and whether the public could see the document before this save. */
async function capture(req: PayloadRequest, collection: string, id: unknown) {
  const webhooks = await subscribedWebhooks(req, collection)
  if (webhooks.length === 0) return null
  const doc = await publicDocument(req, collection, String(id))
  return { side: sideOf(doc, doc !== null), webhooks }
}

const titleOf = (doc: Record<string, unknown>) =>
  [doc.title, doc.name, doc.slug].find((v): v is string => typeof v === 'string' && v !== '')

export const captureBeforeChange: CollectionBeforeChangeHook = async ({
  collection,
  data,
  operation,
  originalDoc,
  req,
}) => {
  // A new document was seen by no one: creates are handled after the save alone.
  if (operation !== 'update' || !originalDoc?.id) return data
  const before = await capture(req, collection.slug, originalDoc.id)
  if (before) remember(req, collection.slug, originalDoc.id, before)
  return data
}

export const deliverAfterChange: CollectionAfterChangeHook = async ({
  collection,
  doc,
  operation,
  req,
}) => {
  const before =
    operation === 'create'
      ? { side: null, webhooks: await subscribedWebhooks(req, collection.slug) }
      : recall(req, collection.slug, doc.id)
  if (!before || before.webhooks.length === 0) return doc
  const publicDoc = await publicDocument(req, collection.slug, String(doc.id))
  await queueDeliveries(req, {
    collection: collection.slug,
    id: String(doc.id),
    before: before.side,
    after: sideOf(publicDoc, publicDoc !== null),
    doc: publicDoc,
    title: titleOf(doc),
    webhooks: before.webhooks,
  })
  return doc
}

export const captureBeforeDelete: CollectionBeforeDeleteHook = async ({ collection, id, req }) => {
  const before = await capture(req, collection.slug, id)
  if (before) remember(req, collection.slug, id, before)
}

export const deliverAfterDelete: CollectionAfterDeleteHook = async ({
  collection,
  doc,
  id,
  req,
}) => {
  const before = recall(req, collection.slug, id)
  if (!before) return doc
  await queueDeliveries(req, {
    collection: collection.slug,
    id: String(id),
    before: before.side,
    after: null,
    doc: null,
    title: titleOf(doc),
    webhooks: before.webhooks,
  })
  return doc
}
