/**
 * Settings read once per request (plugins/shared/requestMemo.ts): an import asks for the webhooks
 * and the content filters once, not once per event, and still queues a delivery and runs the
 * filters for every event; a filter or webhook saved through a request is seen by that same
 * request's next save. On the database under test (SQLite, or PostgreSQL with TEST_DB).
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { createLocalReq, type Payload, type PayloadRequest } from 'payload'

import { importEvents } from '../../plugins/hyperactive/index.js'
import { MODERATION_TRUSTED } from '../../plugins/moderation/index.js'
import { paragraphs } from '../../plugins/shared/richText.js'
import { bootPayload, type TestPayload } from '../helpers/payload.js'

let ctx: TestPayload
let payload: Payload
/** Reads of each collection through the Local API, counted (the calls go on unchanged). */
const reads: Record<string, number> = {}

beforeAll(async () => {
  ctx = await bootPayload()
  payload = ctx.payload
  const find = payload.find.bind(payload)
  payload.find = ((args: { collection: string }) => {
    reads[args.collection] = (reads[args.collection] ?? 0) + 1
    return find(args as never)
  }) as typeof payload.find
  await payload.create({
    collection: 'users',
    data: { email: 'admin@example.org', password: 'test-password-123', roles: ['admin'] },
  })
}, 120_000)

afterAll(async () => {
  await ctx?.teardown()
})

const deliveriesFor = async (documentIds: string[]) =>
  (
    await payload.find({
      collection: 'webhook-deliveries' as 'users',
      where: { documentId: { in: documentIds } },
      limit: 100,
      depth: 0,
    })
  ).docs as unknown as { documentId: string; summary: string }[]

const record = (id: number, title: string) => `  <event>
    <auto-moderation-checked type="boolean">false</auto-moderation-checked>
    <date type="datetime">2031-04-${String((id % 28) + 1).padStart(2, '0')}T18:00:00Z</date>
    <id type="integer">${id}</id>
    <moderation-status>published</moderation-status>
    <title>${title}</title>
  </event>
`

describe('settings read once per request', () => {
  test('an import reads webhooks and filters once, and every event is still filtered and delivered', async () => {
    await payload.create({
      collection: 'webhooks' as 'users',
      data: {
        url: 'http://127.0.0.1:9/memo',
        allowPrivateNetwork: true,
        collections: ['events'],
      } as never,
    })
    await payload.create({
      collection: 'content-filters',
      data: { name: 'Spam', action: 'hold', expressions: [{ pattern: 'cheap watches' }] },
    })
    const titles = ['Tenant assembly', 'Cheap watches here', 'Co-op fair', 'Mutual aid potluck']
    const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<events type="array">\n${titles
      .map((title, i) => record(8100 + i, title))
      .join('')}</events>\n`
    for (const key of Object.keys(reads)) delete reads[key]
    const summary = await importEvents(payload, xml, { file: 'memo.xml', timeZone: 'UTC' })
    expect(summary).toMatchObject({ created: 4, failed: [] })
    expect(reads['webhooks']).toBe(1)
    expect(reads['content-filters']).toBe(1)

    const { docs } = await payload.find({
      collection: 'events',
      where: { feedId: { in: titles.map((_, i) => 8100 + i) } },
      sort: 'feedId',
      depth: 0,
    })
    expect(docs.map((d) => [d.title, d.moderationStatus])).toEqual([
      ['Tenant assembly', 'published'],
      ['Cheap watches here', 'pending'],
      ['Co-op fair', 'published'],
      ['Mutual aid potluck', 'published'],
    ])
    // One delivery for each event the public can now see; the held one sends nothing.
    const deliveries = await deliveriesFor(docs.map((d) => String(d.id)))
    expect(deliveries.map((d) => d.documentId).sort()).toEqual(
      docs
        .filter((d) => d.moderationStatus === 'published')
        .map((d) => String(d.id))
        .sort(),
    )
  })

  test('a filter saved through a request applies to that request’s next save', async () => {
    const req: PayloadRequest = await createLocalReq({}, payload)
    // Anonymous saves are filtered (and wait for a moderator); the first fills the memo.
    const first = await payload.create({
      collection: 'posts',
      data: { title: 'Rent strike update', moderationStatus: 'published' } as never,
      req,
    })
    expect(first.moderationStatus).toBe('pending')
    await payload.create({
      collection: 'content-filters',
      data: { name: 'Scam', action: 'hide', expressions: [{ pattern: 'crypto giveaway' }] },
      req,
    })
    const second = await payload.create({
      collection: 'posts',
      data: {
        title: 'Crypto giveaway',
        body: paragraphs('Send one coin, get two back.'),
        moderationStatus: 'published',
      } as never,
      req,
    })
    expect(second.moderationStatus).toBe('hidden')
  })

  test('a webhook saved through a request hears that request’s next change', async () => {
    const req: PayloadRequest = await createLocalReq({}, payload)
    // Trusted code keeps the state it gives: the posts are public, so a webhook hears them.
    req.context[MODERATION_TRUSTED] = true
    const before = await payload.create({
      collection: 'posts',
      data: { title: 'Before the webhook', moderationStatus: 'published' } as never,
      req,
    })
    await payload.create({
      collection: 'webhooks' as 'users',
      data: {
        url: 'http://127.0.0.1:9/posts',
        allowPrivateNetwork: true,
        collections: ['posts'],
      } as never,
      req,
    })
    const after = await payload.create({
      collection: 'posts',
      data: { title: 'After the webhook', moderationStatus: 'published' } as never,
      req,
    })
    const deliveries = await deliveriesFor([String(before.id), String(after.id)])
    expect(deliveries.map((d) => d.documentId)).toEqual([String(after.id)])
  })
})
