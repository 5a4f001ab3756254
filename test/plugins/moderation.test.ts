/**
 * The moderation plugin alone (#21): two collections of our own, role names the app does not
 * use, SQLite. The workflow, visibility and the log follow the options, not the app's roles.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { Config, TypedUser } from 'payload'

import { moderationPlugin } from '../../plugins/moderation/index.js'
import { type Alone, alone, notes } from './minimal.js'

let app: Alone
let chief: TypedUser
let steward: TypedUser
let moderator: TypedUser

beforeAll(async () => {
  app = await alone(
    [notes('notes'), notes('bulletins')],
    [
      moderationPlugin({
        collections: { notes: {}, bulletins: { staffDefault: 'published' } } as never,
        editorRoles: ['chief'],
        moderatorRoles: ['chief', 'steward'],
        notifyRoles: ['steward'],
        adminGroup: 'Workflow',
      }),
    ],
  )
  chief = await app.user(['chief'])
  steward = await app.user(['steward'])
  moderator = await app.user(['moderator'])
}, 120_000)

afterAll(async () => app?.close())

const anonymousCount = async (collection: 'notes' | 'bulletins') =>
  (await app.payload.count({ collection: collection as never, overrideAccess: false })).totalDocs

describe('moderation alone', () => {
  test('the public starts pending whatever it sends, and does not see pending', async () => {
    const doc = await app.payload.create({
      collection: 'notes' as never,
      data: { title: 'From the street', moderationStatus: 'featured' } as never,
      overrideAccess: false,
    })
    expect((doc as { moderationStatus: string }).moderationStatus).toBe('pending')
    expect(await anonymousCount('notes')).toBe(0)
    // The queue's notice goes to the holders of the roles given, not to the app's "moderator".
    await app.payload.jobs.run()
    expect(app.outbox.map((m) => m.to)).toEqual([steward.email])
  })

  test('the moderator roles given publish; the log records both changes; the public then sees it', async () => {
    const { docs } = await app.payload.find({ collection: 'notes' as never, user: steward })
    const id = (docs[0] as { id: string }).id
    await app.payload.update({
      collection: 'notes' as never,
      id,
      data: { moderationStatus: 'published' } as never,
      user: steward,
      overrideAccess: false,
    })
    expect(await anonymousCount('notes')).toBe(1)
    const log = await app.payload.find({ collection: 'moderation-log' as never, user: steward })
    expect(log.docs.map((d) => [(d as { from: string }).from, (d as { to: string }).to])).toEqual([
      ['pending', 'published'],
      [null, 'pending'],
    ])
  })

  test('a steward changes the state only; a chief edits and may send back to pending', async () => {
    const { docs } = await app.payload.find({ collection: 'notes' as never, user: chief })
    const id = (docs[0] as { id: string }).id
    const as = (user: TypedUser, data: object) =>
      app.payload.update({
        collection: 'notes' as never,
        id,
        data: data as never,
        user,
        overrideAccess: false,
      })
    await expect(as(steward, { title: 'Rewritten' })).rejects.toThrow(
      'may change the state and the staff note only, not: title',
    )
    await expect(as(steward, { moderationStatus: 'pending' })).rejects.toThrow(
      'may not move this from "published" to "pending"',
    )
    await as(chief, { title: 'Rewritten', moderationStatus: 'pending' })
    expect(await anonymousCount('notes')).toBe(0)
  })

  test('the app’s default role names mean nothing here: a "moderator" is the public', async () => {
    const { docs } = await app.payload.find({
      collection: 'notes' as never,
      user: moderator,
      overrideAccess: false,
    })
    expect(docs).toEqual([])
    await expect(
      app.payload.find({
        collection: 'moderation-log' as never,
        user: moderator,
        overrideAccess: false,
      }),
    ).rejects.toThrow()
  })

  test('a host without a sendEmail task is refused at startup, naming it', () => {
    const config = { collections: [notes('notes')] } as unknown as Config
    expect(() => moderationPlugin({ collections: { notes: {} } as never })(config)).toThrow(
      '[moderation] a "sendEmail" task',
    )
  })

  test('each collection has its own staff default; the admin group is the one given', async () => {
    const doc = await app.payload.create({
      collection: 'bulletins' as never,
      data: { title: 'Staff news' } as never,
      user: chief,
      overrideAccess: false,
    })
    expect((doc as { moderationStatus: string }).moderationStatus).toBe('published')
    expect(await anonymousCount('bulletins')).toBe(1)
    const log = app.payload.config.collections.find((c) => c.slug === 'moderation-log')
    expect(log?.admin.group).toBe('Workflow')
  })
})
