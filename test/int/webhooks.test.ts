/**
 * Webhooks through the real server and a real receiver on loopback: admin-only configuration,
 * private targets refused without the allowance, exactly one correctly signed delivery per
 * change (verified with the Standard Webhooks reference library, as a receiver would), no
 * private fields, retries with exponential backoff, giving up and resending, and saves that
 * do not wait for a receiver that hangs.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { Webhook } from 'standardwebhooks'

import { paragraphs } from '../../plugins/shared/richText.js'
import { type ApiClient, apiClient, type Json } from '../helpers/api.js'
import { type ServerProcess, startSeededServer } from '../helpers/server.js'
import { type Receiver, type Received, startReceiver } from '../helpers/webhookReceiver.js'

const PRIVATE_NOTE = 'staff only: the venue asked us not to publish the back entrance'
const RETRY_DELAY_MS = 200

let close: () => Promise<void>
let server: ServerProcess
let client: ApiClient
let receiver: Receiver
const secrets: Record<string, string> = {}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Runs the webhook queue once, as the server's worker would. */
async function runDeliveries() {
  const res = await client.call('admin', '/api/payload-jobs/run?queue=webhooks&limit=100')
  expect(res.status).toBe(200)
}

async function createWebhook(key: string, data: Json) {
  const res = await client.call('admin', '/api/webhooks', {
    method: 'POST',
    body: JSON.stringify({ allowPrivateNetwork: true, ...data }),
  })
  expect(res.status).toBe(201)
  const doc = res.body.doc as Json
  secrets[key] = doc.secret as string
  return doc
}

/** The body of a delivery after checking its signature with the webhook's secret. */
function verified(key: string, delivery: Received): Json {
  return new Webhook(secrets[key]!).verify(delivery.body, delivery.headers) as Json
}

const fieldErrors = (body: Json) =>
  ((body.errors as Json[])[0]!.data as { errors: { path: string; message: string }[] }).errors

async function save(who: string, path: string, method: string, data: Json) {
  const res = await client.call(who, path, { method, body: JSON.stringify(data) })
  expect([path, res.status]).toEqual([path, method === 'POST' ? 201 : 200])
  return res.body.doc as Json
}

const deliveriesOf = async (documentId: string) =>
  (
    await client.call(
      'admin',
      `/api/webhook-deliveries?where[documentId][equals]=${documentId}&sort=createdAt&depth=0`,
    )
  ).body.docs as Json[]

beforeAll(async () => {
  receiver = await startReceiver()
  ;({ server, close } = await startSeededServer(undefined, {
    WEBHOOK_TIMEOUT_MS: '1500',
    WEBHOOK_ATTEMPTS: '3',
    WEBHOOK_RETRY_DELAY_MS: String(RETRY_DELAY_MS),
  }))
  client = apiClient(server.url)
  await client.login('admin', 'organizer')
}, 180_000)

afterAll(async () => {
  await close?.()
  await receiver?.close()
})

describe('configuration', () => {
  test('only admins read or write webhooks and their deliveries', async () => {
    expect((await client.call(undefined, '/api/webhooks')).status).toBe(403)
    expect((await client.call('organizer', '/api/webhooks')).status).toBe(403)
    expect((await client.call('organizer', '/api/webhook-deliveries')).status).toBe(403)
    const create = await client.call('organizer', '/api/webhooks', {
      method: 'POST',
      body: JSON.stringify({ url: 'https://example.org/hook', collections: ['posts'] }),
    })
    expect(create.status).toBe(403)
    const gql = await client.graphql('organizer', '{ Webhooks { docs { url secret } } }')
    expect(gql.body.errors?.[0]?.message).toMatch(/not allowed/i)
  })

  test('a loopback or private target is refused unless the admin allows it', async () => {
    for (const url of [receiver.url('/e'), 'http://localhost:9/hook', 'http://10.0.0.8/hook']) {
      const res = await client.call('admin', '/api/webhooks', {
        method: 'POST',
        body: JSON.stringify({ url, collections: ['events'] }),
      })
      expect([url, res.status]).toEqual([url, 400])
      const [error] = fieldErrors(res.body)
      expect(error!.path).toBe('url')
      expect(error!.message).toMatch(/(loopback|private) address.*Allow private network/)
    }
    const bad = await client.call('admin', '/api/webhooks', {
      method: 'POST',
      body: JSON.stringify({ url: 'ftp://example.org/', collections: ['events'] }),
    })
    expect(fieldErrors(bad.body)[0]).toMatchObject({ path: 'url' })
    const allowed = await createWebhook('events', {
      url: receiver.url('/e'),
      collections: ['events'],
    })
    expect(allowed.secret).toMatch(/^whsec_/)
    expect(allowed.events).toEqual(['published', 'updated', 'featured', 'hidden', 'deleted'])
    // Unchecking the allowance on a loopback target is refused too.
    const unchecked = await client.call('admin', `/api/webhooks/${allowed.id}`, {
      method: 'PATCH',
      body: JSON.stringify({ allowPrivateNetwork: false }),
    })
    expect(unchecked.status).toBe(400)
    expect(fieldErrors(unchecked.body)[0]!.path).toBe('url')
  })
})

describe('deliveries', () => {
  let event: Json

  beforeAll(async () => {
    await createWebhook('posts', {
      url: receiver.url('/p'),
      collections: ['posts'],
      events: ['published'],
    })
    await createWebhook('off', {
      url: receiver.url('/off'),
      collections: ['events'],
      active: false,
    })
  })

  /** Runs the queue and answers the deliveries `/e` received since `before`. */
  async function deliveredSince(before: number) {
    await runDeliveries()
    await runDeliveries() // a second run finds nothing more to send
    return receiver.at('/e').slice(before)
  }

  test('a change the public never saw is not delivered', async () => {
    const before = receiver.at('/e').length
    event = await save('organizer', '/api/events', 'POST', {
      title: 'Tenant assembly',
      summary: paragraphs('Tenants from every building.'),
      startsAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
      startsAt_tz: 'America/Chicago',
      adminNote: paragraphs(PRIVATE_NOTE),
      contactEmail: 'private@example.org',
      moderationStatus: 'pending',
    })
    await save('organizer', `/api/events/${event.id}`, 'PATCH', {
      title: 'Tenant assembly (draft)',
    })
    expect(await deliveredSince(before)).toEqual([])
    expect(await deliveriesOf(event.id as string)).toEqual([])
  })

  test.each([
    ['published', { moderationStatus: 'published', title: 'Tenant assembly' }],
    ['updated', { title: 'Tenant assembly, moved to the hall' }],
    ['featured', { moderationStatus: 'featured' }],
    ['hidden', { moderationStatus: 'hidden' }],
    ['published', { moderationStatus: 'published' }],
  ])('%s: exactly one signed delivery with the public document', async (expected, change) => {
    const before = receiver.at('/e').length
    const saved = await save('organizer', `/api/events/${event.id}`, 'PATCH', change)
    const got = await deliveredSince(before)
    expect(got).toHaveLength(1)
    const body = verified('events', got[0]!)
    expect(body).toMatchObject({
      type: `events.${expected}`,
      event: expected,
      collection: 'events',
      id: event.id,
    })
    expect(Date.parse(body.occurredAt as string)).toBeGreaterThan(Date.now() - 60_000)
    if (expected === 'hidden') {
      expect(body.doc).toBeNull()
    } else {
      const doc = body.doc as Json
      expect(doc).toMatchObject({ id: event.id, title: saved.title })
      expect(doc.moderationStatus).toBe(saved.moderationStatus)
      expect(doc).not.toHaveProperty('adminNote')
      expect(got[0]!.body).not.toContain(PRIVATE_NOTE)
    }
    const log = await deliveriesOf(event.id as string)
    expect(log.at(-1)).toMatchObject({
      event: expected,
      status: 'succeeded',
      attempts: 1,
      responseStatus: 204,
    })
    expect(got[0]!.headers['webhook-id']).toBe(log.at(-1)!.id)
  })

  test('deleting a visible document is delivered once; inactive and other webhooks get nothing', async () => {
    const before = receiver.at('/e').length
    const del = await client.call('organizer', `/api/events/${event.id}`, { method: 'DELETE' })
    expect(del.status).toBe(200)
    const got = await deliveredSince(before)
    expect(got).toHaveLength(1)
    expect(verified('events', got[0]!)).toMatchObject({ event: 'deleted', doc: null })
    expect(receiver.at('/off')).toEqual([])
    expect(receiver.at('/p')).toEqual([])
  })

  test('a webhook gets only the events it subscribed to', async () => {
    const post = await save('organizer', '/api/posts', 'POST', {
      title: 'Call for sessions is open',
      moderationStatus: 'published',
    })
    await save('organizer', `/api/posts/${post.id}`, 'PATCH', { title: 'Call for sessions' })
    await runDeliveries()
    const got = receiver.at('/p')
    expect(got).toHaveLength(1)
    expect(verified('posts', got[0]!)).toMatchObject({ event: 'published', id: post.id })
  })
})

describe('failures', () => {
  test('a failing receiver is retried with growing waits until it answers', async () => {
    receiver.plan('/flaky', [500, 503, 204])
    await createWebhook('flaky', { url: receiver.url('/flaky'), collections: ['organizations'] })
    const org = await save('organizer', '/api/organizations', 'POST', {
      name: 'Dunes Tenant Union',
      kind: 'tenant-union',
      moderationStatus: 'published',
      listPublicly: true,
    })
    await runDeliveries()
    let [delivery] = await deliveriesOf(org.id as string)
    expect(delivery).toMatchObject({ status: 'retrying', attempts: 1, responseStatus: 500 })
    expect(delivery!.lastError).toBe('HTTP 500: answered 500')
    const deadline = Date.now() + 20_000
    while (delivery!.status !== 'succeeded' && Date.now() < deadline) {
      await wait(100)
      await runDeliveries()
      ;[delivery] = await deliveriesOf(org.id as string)
    }
    expect(delivery).toMatchObject({ status: 'succeeded', attempts: 3, responseStatus: 204 })
    const tries = receiver.at('/flaky')
    expect(tries).toHaveLength(3)
    for (const t of tries) {
      expect(t.headers['webhook-id']).toBe(delivery!.id)
      expect(verified('flaky', t)).toMatchObject({ event: 'published', id: org.id })
    }
    // Exponential backoff: the second wait is at least twice the base, the first at least the base.
    expect(tries[1]!.at - tries[0]!.at).toBeGreaterThanOrEqual(RETRY_DELAY_MS)
    expect(tries[2]!.at - tries[1]!.at).toBeGreaterThanOrEqual(2 * RETRY_DELAY_MS)
  })

  test('a receiver that never answers times out; after the last try the delivery fails and can be resent', async () => {
    receiver.plan('/hang', ['hang', 'hang', 'hang', 204])
    await createWebhook('hang', { url: receiver.url('/hang'), collections: ['sessions'] })
    const gathering = (
      (await client.call('organizer', '/api/sessions?limit=1&depth=0')).body.docs as Json[]
    )[0]!.event
    const session = await save('organizer', '/api/sessions', 'POST', {
      event: gathering,
      title: 'Childcare co-ops: how we did it',
      moderationStatus: 'published',
    })
    const deadline = Date.now() + 30_000
    let [delivery] = await deliveriesOf(session.id as string)
    while (delivery!.status !== 'failed' && Date.now() < deadline) {
      await runDeliveries()
      ;[delivery] = await deliveriesOf(session.id as string)
      await wait(100)
    }
    expect(delivery).toMatchObject({ status: 'failed', attempts: 3, responseStatus: null })
    expect(delivery!.lastError).toBe('No answer within 1.5 s (timeout)')
    expect(receiver.at('/hang')).toHaveLength(3)

    const path = `/api/webhook-deliveries/${delivery!.id}/resend`
    expect((await client.call('organizer', path, { method: 'POST' })).status).toBe(403)
    const resend = await client.call('admin', path, { method: 'POST' })
    expect(resend.status).toBe(202)
    const again = await client.call('admin', path, { method: 'POST' })
    expect(again.status).toBe(409)
    expect(again.body.error).toMatch(/still queued/)
    await runDeliveries()
    ;[delivery] = await deliveriesOf(session.id as string)
    expect(delivery).toMatchObject({ status: 'succeeded', attempts: 4, responseStatus: 204 })
    const tries = receiver.at('/hang')
    expect(tries).toHaveLength(4)
    expect(new Set(tries.map((t) => t.headers['webhook-id']))).toEqual(new Set([delivery!.id]))
    expect(verified('hang', tries[3]!)).toMatchObject({ event: 'published', id: session.id })
  })
})
