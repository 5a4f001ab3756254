import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'

import { importEvents } from '../../plugins/hyperactive/index.js'
import { MODERATION_IMPORT } from '../../plugins/moderation/index.js'
import { bootPayload, type TestPayload } from '../helpers/payload.js'

let ctx: TestPayload
let payload: Payload
let organizer: { id: string; collection: 'users'; roles: string[] }

const queuedEmails = async () =>
  (
    await payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'sendEmail' } },
      sort: 'createdAt',
      limit: 100,
    })
  ).docs.map((job) => job.input as { to: string; subject: string; text: string })

beforeAll(async () => {
  ctx = await bootPayload()
  payload = ctx.payload
  // The first account on an empty database always becomes an admin.
  await payload.create({
    collection: 'users',
    data: { email: 'admin@example.org', password: 'test-password-123', roles: ['admin'] },
  })
  await payload.create({
    collection: 'users',
    data: { email: 'mod@example.org', password: 'test-password-123', roles: ['moderator'] },
  })
  const org = await payload.create({
    collection: 'users',
    data: { email: 'org@example.org', password: 'test-password-123', roles: ['organizer'] },
  })
  organizer = { id: org.id, collection: 'users', roles: ['organizer'] }
  await payload.create({
    collection: 'content-filters',
    data: { name: 'Spam', action: 'hold', expressions: [{ pattern: 'cheap (pills|watches)' }] },
  })
  await payload.create({
    collection: 'content-filters',
    data: { name: 'Fascists', action: 'hide', expressions: [{ pattern: '\\bfascis[mt]' }] },
  })
}, 120_000)

afterAll(async () => {
  await ctx?.teardown()
})

describe('content filters', () => {
  test('a pattern the linear-time engine cannot run, or an invalid one, is refused when the filter is saved, naming the field', async () => {
    for (const pattern of ['(?<=cheap )pills', '(unclosed', '(spam)\\1']) {
      await expect(
        payload.create({
          collection: 'content-filters',
          data: { name: 'Bad', action: 'hide', expressions: [{ pattern }] },
        }),
      ).rejects.toMatchObject({
        data: { errors: [expect.objectContaining({ path: 'expressions.0.pattern' })] },
      })
    }
    expect(
      (await payload.count({ collection: 'content-filters', where: { name: { equals: 'Bad' } } }))
        .totalDocs,
    ).toBe(0)
  })

  test('public content starts pending whatever it asks for, and the check is recorded', async () => {
    const org = await payload.create({
      collection: 'organizations',
      data: { name: 'Sign-on collective', moderationStatus: 'featured', listPublicly: true },
    })
    expect(org.moderationStatus).toBe('pending')
    expect(org.autoModerationChecked).toBe(true)
  })

  test('a match hides public content, logs the filter by name and notifies moderators', async () => {
    const event = await payload.create({
      collection: 'events',
      data: {
        title: 'Totally normal meetup',
        startsAt: '2026-10-10T18:00:00.000Z',
        startsAt_tz: 'UTC',
        publishedBy: 'the fascism appreciation society',
      },
    })
    expect(event.moderationStatus).toBe('hidden')
    const log = await payload.find({
      collection: 'moderation-log',
      where: { documentId: { equals: event.id } },
    })
    expect(log.docs).toHaveLength(1)
    expect(log.docs[0]).toMatchObject({
      from: null,
      to: 'hidden',
      note: 'content filter "Fascists" matched publishedBy',
    })
    const emails = (await queuedEmails()).filter((e) => e.subject.includes('Totally normal meetup'))
    expect(emails.map((e) => e.to)).toEqual(['mod@example.org'])
    expect(emails[0]!.text).toContain('Reason: content filter "Fascists" matched publishedBy')
  })

  test('imported content goes through the filters too; staff content does not', async () => {
    const imported = await payload.create({
      collection: 'posts',
      data: { title: 'Imported: cheap watches', moderationStatus: 'published' },
      context: { [MODERATION_IMPORT]: true },
      user: organizer,
      overrideAccess: false,
    })
    expect(imported.moderationStatus).toBe('pending')
    const staff = await payload.create({
      collection: 'posts',
      data: { title: 'Staff: cheap watches review', moderationStatus: 'published' },
      user: organizer,
      overrideAccess: false,
    })
    expect(staff.moderationStatus).toBe('published')
    expect(staff.autoModerationChecked).toBeFalsy()
  })

  test('a Hyperactive import tells moderators once, in one email listing what it left for them', async () => {
    const record = (id: number, state: string, title: string, checked: boolean) => `  <event>
    <auto-moderation-checked type="boolean">${checked}</auto-moderation-checked>
    <collective-id type="integer">4242</collective-id>
    <date type="datetime">2031-03-0${id % 10}T18:00:00-05:00</date>
    <id type="integer">${id}</id>
    <moderation-status>${state}</moderation-status>
    <title>${title}</title>
  </event>
`
    const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<events type="array">\n${[
      record(7001, 'published', 'Assembly on rent strikes', true),
      record(7002, 'pending', 'Waiting for a moderator', true),
      record(7003, 'hidden', 'Hidden long ago', true),
      // Not yet checked: the filters run and hide it.
      record(7004, 'published', 'Fascist rally (sic)', false),
    ].join('')}</events>\n`
    const before = (await queuedEmails()).length
    const dry = await importEvents(payload, xml, {
      file: 'digest.xml',
      timeZone: 'America/Chicago',
      dryRun: true,
    })
    expect(dry).toMatchObject({ created: 4, forModeration: 4, failed: [] })
    expect((await queuedEmails()).length).toBe(before)

    const summary = await importEvents(payload, xml, {
      file: 'digest.xml',
      timeZone: 'America/Chicago',
    })
    expect(summary).toMatchObject({
      created: 4,
      organizationsCreated: 1,
      forModeration: 4,
      failed: [],
    })
    const emails = (await queuedEmails()).slice(before)
    expect(emails.map((e) => [e.to, e.subject])).toEqual([
      ['mod@example.org', 'Hyperactive import of digest.xml: 4 items for moderation'],
    ])
    const text = emails[0]!.text
    expect(text).toContain('1 organizations now pending')
    expect(text).toContain('1 events now pending')
    expect(text).toContain('2 events now hidden')
    expect(text).toContain('"Waiting for a moderator"')
    expect(text).toContain('"Fascist rally (sic)"')
    expect(text).toContain('/admin/collections/events?where[moderationStatus][equals]=hidden')
    expect(text).not.toContain('Assembly on rent strikes')
  })

  test('the creator is recorded and shown to staff only', async () => {
    const post = await payload.create({
      collection: 'posts',
      data: { title: 'Who wrote me', moderationStatus: 'published' },
      user: organizer,
      overrideAccess: false,
    })
    const asStaff = await payload.findByID({
      collection: 'posts',
      id: post.id,
      user: organizer,
      overrideAccess: false,
    })
    expect(typeof asStaff.createdBy === 'object' ? asStaff.createdBy?.id : asStaff.createdBy).toBe(
      organizer.id,
    )
    const asPublic = await payload.findByID({
      collection: 'posts',
      id: post.id,
      overrideAccess: false,
    })
    expect(asPublic.createdBy).toBeUndefined()
  })

  test('hiding and unhiding notify moderators; publishing does not', async () => {
    const before = (await queuedEmails()).length
    const post = await payload.create({
      collection: 'posts',
      data: { title: 'Quiet post', moderationStatus: 'published' },
      user: organizer,
      overrideAccess: false,
    })
    expect((await queuedEmails()).length).toBe(before)
    await payload.update({
      collection: 'posts',
      id: post.id,
      data: { moderationStatus: 'hidden' },
      user: organizer,
      overrideAccess: false,
    })
    await payload.update({
      collection: 'posts',
      id: post.id,
      data: { moderationStatus: 'published' },
      user: organizer,
      overrideAccess: false,
    })
    const subjects = (await queuedEmails()).slice(before).map((e) => e.subject)
    expect(subjects).toEqual([
      '[posts] Quiet post: published → hidden',
      '[posts] Quiet post: hidden → published',
    ])
  })
})
