/**
 * The publishing plugin alone (#21): a public collection of our own as the only feed source
 * and webhook collection, a `sessions` collection reduced to a title, role names the app does
 * not use. SQLite.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { TypedUser } from 'payload'

import { publishingPlugin } from '../../plugins/publishing/index.js'
import { feedChangedAt } from '../../plugins/publishing/exports/feeds.js'
import { type Alone, alone, notes } from './minimal.js'

let app: Alone
let keeper: TypedUser
let admin: TypedUser

beforeAll(async () => {
  app = await alone(
    [notes('notes'), { slug: 'sessions', fields: [{ name: 'title', type: 'text' }] }],
    [
      publishingPlugin({
        feedSources: { notes: ['notes'] },
        webhooks: { collections: ['notes'], attempts: 1 },
        adminRoles: ['keeper'],
        adminGroup: 'Outbound',
      }),
    ],
  )
  keeper = await app.user(['keeper'])
  admin = await app.user(['admin'])
}, 120_000)

afterAll(async () => app?.close())

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('publishing alone', () => {
  test('a feed’s date moves with every write and every removal of its sources', async () => {
    const first = await feedChangedAt(app.payload, ['notes'])
    await pause(5)
    const note = await app.payload.create({
      collection: 'notes' as never,
      data: { title: 'a' } as never,
    })
    const written = await feedChangedAt(app.payload, ['notes'])
    expect(written.getTime()).toBeGreaterThan(first.getTime())
    await pause(5)
    await app.payload.delete({ collection: 'notes' as never, id: (note as { id: string }).id })
    const removed = await feedChangedAt(app.payload, ['notes'])
    expect(removed.getTime()).toBeGreaterThan(written.getTime())
  })

  test('sessions get a schedule number, one more each', async () => {
    const a = await app.payload.create({
      collection: 'sessions' as never,
      data: { title: 'A' } as never,
    })
    const b = await app.payload.create({
      collection: 'sessions' as never,
      data: { title: 'B' } as never,
    })
    const ids = [a, b].map((s) => (s as { scheduleId: number }).scheduleId)
    expect(ids[1]! - ids[0]!).toBe(1)
  })

  test('webhooks are managed by the roles given, not the app’s "admin"', async () => {
    const data = {
      url: 'http://127.0.0.1:9/hook',
      collections: ['notes'],
      allowPrivateNetwork: true,
    } as never
    await expect(
      app.payload.create({
        collection: 'webhooks' as never,
        data,
        user: admin,
        overrideAccess: false,
      }),
    ).rejects.toThrow()
    const hook = await app.payload.create({
      collection: 'webhooks' as never,
      data,
      user: keeper,
      overrideAccess: false,
    })
    expect((hook as { secret: string }).secret.length).toBeGreaterThan(20)
    const config = app.payload.collections.webhooks!.config
    expect(config.admin.group).toBe('Outbound')
  })

  test('a public change is queued for each subscribed webhook', async () => {
    await app.payload.create({ collection: 'notes' as never, data: { title: 'news' } as never })
    const jobs = await app.payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'deliverWebhook' } },
    })
    expect(jobs.totalDocs).toBe(1)
    const deliveries = await app.payload.find({
      collection: 'webhook-deliveries' as never,
      user: keeper,
    })
    expect(deliveries.docs.map((d) => (d as { event: string }).event)).toEqual(['published'])
  })
})
