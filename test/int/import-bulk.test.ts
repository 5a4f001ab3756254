/**
 * The import's batches keep every rule of a single create: the same records written as one
 * batch, and then (deleted and written again) one record per import, give the same events,
 * the same moderation log, the same slugs and feed ids, the same content-filter states and the
 * same webhook deliveries.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { Payload } from 'payload'

import { generateHyperactiveEvents } from '../../bench/fixtures/hyperactiveEvents.js'
import { importEvents } from '../../plugins/hyperactive/index.js'
import { bootPayload, type TestPayload } from '../helpers/payload.js'

let t: TestPayload
let payload: Payload
type Doc = Record<string, unknown>

const COUNT = 21
const FIRST = 880_000
/** The records, some renamed so that one content filter hides them on their way in. */
const xml = generateHyperactiveEvents(COUNT, FIRST).replace(
  /<title>(Tenant union assembly #\d+)/g,
  '<title>$1 (rent strike fund)',
)
const records = xml.match(/ {2}<event>[\s\S]*?<\/event>\n/g) ?? []
const single = (record: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<events type="array">\n${record}</events>\n`

const byFeedId = { feedId: { greater_than_equal: FIRST, less_than: FIRST + COUNT } }

/** Every event of the file, whole, with what varies between two writes taken out. */
async function snapshot() {
  const { docs } = await payload.find({
    collection: 'events',
    where: byFeedId,
    sort: 'feedId',
    depth: 0,
    locale: 'all',
    pagination: false,
  })
  const ids = new Map(docs.map((d) => [String(d.id), Number(d.feedId)]))
  const log = await payload.find({
    collection: 'moderation-log',
    where: { documentId: { in: [...ids.keys()] } },
    depth: 0,
    pagination: false,
  })
  const deliveries = await payload.find({
    collection: 'webhook-deliveries' as never,
    depth: 0,
    pagination: false,
  })
  const strip = ({ id: _id, createdAt: _c, updatedAt: _u, ...rest }: Doc) => rest
  return {
    events: (docs as unknown as Doc[]).map(strip),
    log: (log.docs as unknown as Doc[])
      .map((l): Doc => {
        const { documentId, ...rest } = strip(l)
        return { feedId: ids.get(String(documentId)), ...rest }
      })
      .sort((a, b) => Number(a.feedId) - Number(b.feedId)),
    deliveries: (deliveries.docs as Doc[]).map((d) => d.summary).sort(),
  }
}

beforeAll(async () => {
  t = await bootPayload()
  payload = t.payload
  await payload.create({
    collection: 'content-filters' as never,
    data: {
      name: 'Rent strike fund',
      action: 'hide',
      expressions: [{ pattern: 'rent strike fund' }],
    } as never,
  })
  await payload.create({
    collection: 'webhooks' as never,
    data: {
      // Deliveries are only queued here: nothing runs the queue in this process.
      url: 'http://127.0.0.1:9/events',
      collections: ['events'],
      allowPrivateNetwork: true,
    } as never,
  })
}, 180_000)

afterAll(async () => {
  await t?.teardown()
})

describe('a batch of events equals the same events created one by one', () => {
  test('events, log, slugs, feed ids, filter states and webhook deliveries', async () => {
    expect(records).toHaveLength(COUNT)
    const bulk = await importEvents(payload, xml, {
      file: 'bulk.xml',
      timeZone: 'Europe/London',
      batchMax: COUNT,
      batchMs: 600_000,
    })
    expect(bulk).toMatchObject({ created: COUNT, failed: [] })
    const batched = await snapshot()

    await payload.delete({ collection: 'events', where: byFeedId })
    for (const collection of ['moderation-log', 'webhook-deliveries'] as const) {
      await payload.delete({ collection: collection as never, where: { id: { exists: true } } })
    }
    for (const record of records) {
      const one = await importEvents(payload, single(record), {
        file: 'bulk.xml',
        timeZone: 'Europe/London',
      })
      expect(one).toMatchObject({ created: 1, failed: [] })
    }
    const oneByOne = await snapshot()

    // The comparison means something: every state, hidden by the filter, and deliveries.
    const states = new Set(batched.events.map((e) => e.moderationStatus))
    expect([...states].sort()).toEqual(['featured', 'hidden', 'pending', 'promoted', 'published'])
    expect(batched.log.some((l) => l.to === 'hidden' && /filter/i.test(String(l.note)))).toBe(true)
    expect(batched.deliveries.length).toBeGreaterThan(0)
    expect(oneByOne).toEqual(batched)
  }, 240_000)
})
