/**
 * When a feed last changed (plugins/publishing/services/clock.ts), on the database under test:
 * a feed that never had anything still has a date, and it stays; removals move it; so does the
 * passing of an event's start or end for feeds of what is to come. It never goes back.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import type { Payload } from 'payload'

import { feedChangedAt } from '../../plugins/publishing/index.js'
import { bootPayload, type TestPayload } from '../helpers/payload.js'

let ctx: TestPayload
let payload: Payload
const EVENTS = ['events', 'places', 'organizations', 'categories', 'event-groups']

beforeAll(async () => {
  ctx = await bootPayload()
  payload = ctx.payload
}, 120_000)

afterAll(async () => {
  await ctx?.teardown()
})

const later = () => new Promise((resolve) => setTimeout(resolve, 20))
const event = (title: string, startsAt: Date, endsAt?: Date) =>
  payload.create({
    collection: 'events',
    data: {
      title,
      startsAt: startsAt.toISOString(),
      endsAt: endsAt?.toISOString(),
      moderationStatus: 'published',
    } as never,
    depth: 0,
  })

test('a feed of an empty database has a date, the same every time it is asked', async () => {
  const first = await feedChangedAt(payload, EVENTS)
  expect(first.getTime()).not.toBeNaN()
  await later()
  expect((await feedChangedAt(payload, EVENTS)).getTime()).toBe(first.getTime())
  await later()
  expect((await feedChangedAt(payload, EVENTS, { upcoming: true })).getTime()).toBe(first.getTime())
})

test('writes and removals move it forward, in whichever collection it is made from', async () => {
  let previous = await feedChangedAt(payload, EVENTS)
  const next = async () => {
    await later()
    const at = await feedChangedAt(payload, EVENTS)
    expect(at.getTime()).toBeGreaterThan(previous.getTime())
    previous = at
  }
  await later()
  const newest = await event('Newest', new Date(Date.now() + 86_400_000))
  await next()
  await payload.delete({ collection: 'events', id: newest.id })
  await next()
  const place = await payload.create({ collection: 'places', data: { name: 'Hall' } as never })
  await next()
  await payload.delete({ collection: 'places', id: place.id })
  await next()
  // Many at once (a bulk delete by a filter) counts as well.
  await event('One', new Date(Date.now() + 2 * 86_400_000))
  await event('Two', new Date(Date.now() + 3 * 86_400_000))
  await next()
  await payload.delete({ collection: 'events', where: { title: { in: ['One', 'Two'] } } })
  await next()
  // A collection the feed is not made from leaves it alone.
  const before = previous.getTime()
  await payload.create({
    collection: 'users',
    data: { email: 'someone@example.org', password: 'test-password-123', roles: ['reviewer'] },
  })
  expect((await feedChangedAt(payload, EVENTS)).getTime()).toBe(before)
})

test('a feed of what is to come changes when an event starts or ends, with no write', async () => {
  const now = Date.now()
  const starts = new Date(now + 3_600_000)
  const ends = new Date(now + 2 * 3_600_000)
  await event('Soon', starts, ends)
  const written = await feedChangedAt(payload, EVENTS, { upcoming: true })
  expect(written.getTime()).toBeLessThan(starts.getTime())
  const after = (ms: number) =>
    feedChangedAt(payload, EVENTS, { upcoming: true, now: new Date(ms) })
  expect((await after(starts.getTime() + 1000)).getTime()).toBe(starts.getTime())
  expect((await after(ends.getTime() + 1000)).getTime()).toBe(ends.getTime())
  // A feed not about time (one event, a schedule) stays at the last write.
  expect(
    (await feedChangedAt(payload, EVENTS, { now: new Date(ends.getTime() + 1000) })).getTime(),
  ).toBe(written.getTime())
})

test('a bulk delete of several documents moves the clock once per collection and succeeds', async () => {
  for (const collection of ['places', 'categories'] as const) {
    const made = []
    for (const name of ['One', 'Two', 'Three', 'Four']) {
      made.push(await payload.create({ collection, data: { name: `${collection} ${name}` } }))
    }
    const before = await feedChangedAt(payload, [collection])
    await later()
    const removed = await payload.delete({
      collection,
      where: { id: { in: made.map((doc) => doc.id) } },
    })
    expect([removed.errors, removed.docs.length]).toEqual([[], 4])
    expect((await feedChangedAt(payload, [collection])).getTime()).toBeGreaterThan(before.getTime())
  }
})
