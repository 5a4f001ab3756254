import type { CollectionSlug, PayloadRequest } from 'payload'

import {
  DELIVER_TASK,
  DELIVERIES_SLUG,
  WEBHOOK_QUEUE,
  WEBHOOKS_MEMO,
  WEBHOOKS_SLUG,
} from '../defaults.js'
import type { SanitizedWebhookOptions } from '../types.js'
import { changeEvents, eventFor, type PublicSide } from '../utilities/webhookEvents.js'
import { signDelivery } from '../utilities/signature.js'
import { sendDelivery } from './send.js'
import { memoInRequest } from '../../shared/index.js'

type Webhook = {
  id: string
  url: string
  secret: string
  active?: boolean | null
  allowPrivateNetwork?: boolean | null
  events?: string[] | null
}

type Delivery = {
  id: string
  webhook: string | Webhook
  body: string
  status: string
  attempts?: number | null
  attemptsBeforeResend?: number | null
}

const WEBHOOKS = WEBHOOKS_SLUG as CollectionSlug
const DELIVERIES = DELIVERIES_SLUG as CollectionSlug

/**
 * The active webhooks subscribed to `collection` (in the save's transaction), read once per
 * request: an import's thousands of saves ask the same question.
 */
export function subscribedWebhooks(req: PayloadRequest, collection: string) {
  return memoInRequest(req, WEBHOOKS_MEMO, collection, async () => {
    const found = await req.payload.find({
      collection: WEBHOOKS,
      where: { and: [{ active: { equals: true } }, { collections: { in: [collection] } }] },
      depth: 0,
      limit: 1000,
      pagination: false,
      overrideAccess: true,
      req,
    })
    return found.docs as unknown as Webhook[]
  })
}

/**
 * The document as an anonymous REST reader gets it (depth 0, default locale), or null when
 * the public may not see it. Read in the save's transaction by a request without a user, so
 * the collection's own read access decides, exactly as it does for the public.
 */
export async function publicDocument(req: PayloadRequest, collection: string, id: string) {
  const anonymous = {
    transactionID: await req.transactionID,
    i18n: req.i18n,
  } as unknown as PayloadRequest
  const doc = await req.payload.findByID({
    collection: collection as CollectionSlug,
    id,
    depth: 0,
    disableErrors: true,
    overrideAccess: false,
    user: null,
    req: anonymous,
  })
  return (doc as Record<string, unknown> | null) ?? null
}

const stateOf = (doc: Record<string, unknown> | null) =>
  typeof doc?.moderationStatus === 'string' ? doc.moderationStatus : null

export const sideOf = (doc: Record<string, unknown> | null, visible: boolean): PublicSide => ({
  public: visible,
  state: stateOf(doc),
})

/**
 * Records one delivery per subscribed webhook for a change and queues each on the webhooks
 * queue, in the save's transaction: a change that rolls back sends nothing, and nothing here
 * waits for a receiver.
 */
export async function queueDeliveries(
  req: PayloadRequest,
  change: {
    collection: string
    id: string
    before: PublicSide | null
    after: PublicSide | null
    doc: Record<string, unknown> | null
    title?: string
    webhooks: Webhook[]
  },
) {
  const events = changeEvents(change.before, change.after)
  if (events.length === 0) return 0
  let queued = 0
  for (const webhook of change.webhooks) {
    const event = eventFor(events, webhook.events ?? [])
    if (!event) continue
    const occurredAt = new Date().toISOString()
    const body = JSON.stringify({
      type: `${change.collection}.${event}`,
      event,
      collection: change.collection,
      id: change.id,
      occurredAt,
      doc: event === 'hidden' || event === 'deleted' ? null : change.doc,
    })
    const delivery = await req.payload.create({
      collection: DELIVERIES,
      data: {
        summary: `${event} · ${change.collection} · ${change.title ?? change.id}`.slice(0, 200),
        webhook: webhook.id,
        event,
        collection: change.collection,
        documentId: change.id,
        body,
        status: 'queued',
      },
      depth: 0,
      overrideAccess: true,
      req,
    })
    await req.payload.jobs.queue({
      task: DELIVER_TASK,
      input: { delivery: String(delivery.id) },
      queue: WEBHOOK_QUEUE,
      req,
    })
    queued++
  }
  return queued
}

/** Thrown to make the queue retry a delivery (with its backoff). */
export class DeliveryFailed extends Error {}

/**
 * One try of one delivery: signs the stored body with a fresh timestamp, POSTs it, and records
 * the outcome on the delivery. Outcomes are written without the job's request, so they stay
 * when the queue rolls back a failed task. A failure that may pass is thrown for a retry.
 */
export async function attemptDelivery(
  req: PayloadRequest,
  id: string,
  options: SanitizedWebhookOptions,
) {
  const { payload } = req
  const delivery = (await payload.findByID({
    collection: DELIVERIES,
    id,
    depth: 1,
    disableErrors: true,
    overrideAccess: true,
  })) as unknown as Delivery | null
  if (!delivery) return { delivered: false, reason: 'the delivery was deleted' }
  if (delivery.status === 'succeeded' || delivery.status === 'failed') {
    return { delivered: false, reason: `already ${delivery.status}` }
  }
  const webhook = typeof delivery.webhook === 'object' ? delivery.webhook : null
  const record = (data: Record<string, unknown>) =>
    payload.update({
      collection: DELIVERIES,
      id,
      data: data,
      depth: 0,
      overrideAccess: true,
    })
  if (!webhook?.active) {
    await record({ status: 'cancelled', lastError: 'The webhook was switched off or deleted' })
    return { delivered: false, reason: 'webhook inactive' }
  }
  const attempts = (delivery.attempts ?? 0) + 1
  const outcome = await sendDelivery({
    url: webhook.url,
    body: delivery.body,
    headers: signDelivery(webhook.secret, String(delivery.id), delivery.body),
    allowPrivate: webhook.allowPrivateNetwork === true,
    timeoutMs: options.timeoutMs,
  })
  const common = {
    attempts,
    lastAttemptAt: new Date().toISOString(),
    responseStatus: outcome.status,
  }
  if (outcome.ok) {
    await record({
      ...common,
      status: 'succeeded',
      lastError: null,
      deliveredAt: common.lastAttemptAt,
    })
    return { delivered: true, reason: '' }
  }
  const triesThisRound = attempts - (delivery.attemptsBeforeResend ?? 0)
  const giveUp = !outcome.retry || triesThisRound >= options.attempts
  await record({
    ...common,
    status: giveUp ? 'failed' : 'retrying',
    lastError: outcome.error.slice(0, 500),
  })
  payload.logger.warn({
    msg: `Webhook delivery ${id} to ${webhook.url} failed (try ${triesThisRound} of ${options.attempts}): ${outcome.error}`,
  })
  if (giveUp) return { delivered: false, reason: outcome.error }
  throw new DeliveryFailed(outcome.error)
}

/**
 * Sends a delivery again with a full set of tries (same id and body, so a receiver that
 * already has it can tell). Answers an error message, or null.
 */
export async function resendDelivery(req: PayloadRequest, id: string): Promise<string | null> {
  const delivery = (await req.payload.findByID({
    collection: DELIVERIES,
    id,
    depth: 0,
    disableErrors: true,
    overrideAccess: true,
    req,
  })) as unknown as Delivery | null
  if (!delivery) return 'not-found'
  if (delivery.status === 'queued' || delivery.status === 'retrying') return 'pending'
  await req.payload.update({
    collection: DELIVERIES,
    id,
    data: { status: 'queued', attemptsBeforeResend: delivery.attempts ?? 0 },
    depth: 0,
    overrideAccess: true,
    req,
  })
  await req.payload.jobs.queue({
    task: DELIVER_TASK,
    input: { delivery: id },
    queue: WEBHOOK_QUEUE,
    req,
  })
  return null
}
