import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'

import { CALL_SETTINGS_SLUG } from '../../plugins/content-call/index.js'
import { POSTS } from '../../src/seed/content.js'
import { formatSeedCounts, seed } from '../../src/seed/index.js'
import { nextGathering, SEASON_EVENTS } from '../../src/seed/season.js'
import { paragraphs } from '../../plugins/shared/richText.js'
import { bootPayload, type TestPayload } from '../helpers/payload.js'

let ctx: TestPayload
let payload: Payload

beforeAll(async () => {
  ctx = await bootPayload()
  payload = ctx.payload
  await seed(payload, { ...process.env, NODE_ENV: 'test' })
}, 120_000)

afterAll(async () => {
  await ctx?.teardown()
})

describe('seed', () => {
  test('loads the gathering and is idempotent', async () => {
    const again = await seed(payload, { ...process.env, NODE_ENV: 'test' })
    for (const [name, counts] of Object.entries(again)) {
      expect([name, counts.created]).toEqual([name, 0])
      expect(counts.unchanged).toBeGreaterThan(0)
    }
    expect(formatSeedCounts(again)).toContain('posts: 0 created, 7 unchanged')
    expect((await payload.count({ collection: 'posts' })).totalDocs).toBe(7)
    expect((await payload.count({ collection: 'sessions' })).totalDocs).toBe(8)
    expect((await payload.count({ collection: 'organizations' })).totalDocs).toBe(6)
    expect((await payload.count({ collection: 'places' })).totalDocs).toBe(4)
  })

  test('the gathering has its place, organizers and a two-day schedule', async () => {
    const { docs } = await payload.find({
      collection: 'events',
      where: { slug: { equals: 'dual-power-2022' } },
      depth: 1,
    })
    const gathering = docs[0]!
    expect(gathering.title).toBe('Dual Power 2022')
    expect(gathering.startsAt_tz).toBe('America/Chicago')
    expect(typeof gathering.place === 'object' && gathering.place?.name).toBe(
      'Indiana Dunes campground',
    )
    const orgNames = (gathering.organizations ?? [])
      .map((o) => (typeof o === 'object' ? o.name : o))
      .sort()
    expect(orgNames).toEqual([
      'Autonomous Tenant Union Network',
      'Industrial Workers of the World',
      'Libertarian Socialist Caucus',
      'Symbiosis Federation',
    ])
    const days = new Set(
      (gathering.sessions?.docs ?? []).map((s) =>
        typeof s === 'object' ? String(s.startsAt).slice(0, 10) : '',
      ),
    )
    expect([...days].sort()).toEqual(['2022-07-30', '2022-07-31'])
  })

  test('the demo has an upcoming season: the next gathering with its call open, events to come', async () => {
    const now = new Date()
    const next = nextGathering(now)
    const anonymous = { overrideAccess: false, user: null } as const
    const upcoming = await payload.find({
      collection: 'events',
      where: { startsAt: { greater_than_equal: now.toISOString() } },
      sort: 'startsAt',
      limit: 50,
      depth: 0,
      ...anonymous,
    })
    const slugs = upcoming.docs.map((d) => d.slug)
    for (const event of SEASON_EVENTS) expect(slugs).toContain(event.slug)
    expect(slugs).toContain(next.slug)
    // Spread over the coming months, not one week.
    const last = new Date(upcoming.docs.at(-1)!.startsAt).getTime()
    expect(last - now.getTime()).toBeGreaterThan(90 * 86_400_000)

    // Every one of them in both languages of its own (no fallback).
    const spanish = await payload.find({
      collection: 'events',
      where: { slug: { in: slugs } },
      locale: 'es',
      fallbackLocale: false,
      limit: 50,
      depth: 0,
      ...anonymous,
    })
    for (const doc of spanish.docs) {
      expect([doc.slug, typeof doc.title, doc.summary ? 'summary' : null]).toEqual([
        doc.slug,
        'string',
        'summary',
      ])
    }

    // The next gathering is the pinned one; 2022 is archived, still public.
    const gatherings = await payload.find({
      collection: 'events',
      where: { slug: { in: [next.slug, 'dual-power-2022'] } },
      depth: 0,
      ...anonymous,
    })
    const bySlug = new Map(gatherings.docs.map((d) => [d.slug, d]))
    expect(bySlug.get(next.slug)).toMatchObject({ moderationStatus: 'featured', stickAtTop: true })
    expect(bySlug.get('dual-power-2022')).toMatchObject({ moderationStatus: 'published' })
    expect(bySlug.get('dual-power-2022')?.stickAtTop).toBeFalsy()
    // The list without a sort shows what is coming first, not the 2009 import.
    const list = await payload.find({ collection: 'events', limit: 1, depth: 0, ...anonymous })
    expect(new Date(list.docs[0]!.startsAt).getTime()).toBeGreaterThan(now.getTime())

    // The call is open today, for the next gathering, and closes before it.
    const call = await payload.findGlobal({ slug: CALL_SETTINGS_SLUG, depth: 0 })
    const { opensAt, closesAt, gathering } = call as unknown as Record<string, string>
    expect(new Date(opensAt).getTime()).toBeLessThanOrEqual(now.getTime())
    expect(new Date(closesAt).getTime()).toBeGreaterThan(now.getTime())
    expect(new Date(closesAt).getTime()).toBeLessThan(new Date(next.startsAt).getTime())
    expect(gathering).toBe(bySlug.get(next.slug)?.id)
  })

  test('every post the seed has in Spanish has its whole Spanish body', async () => {
    const posts = await payload.find({
      collection: 'posts',
      where: { slug: { in: POSTS.map((p) => p.slug) } },
      locale: 'es',
      fallbackLocale: false,
      depth: 0,
    })
    expect(posts.docs).toHaveLength(POSTS.length)
    for (const post of posts.docs) {
      const seeded = POSTS.find((p) => p.slug === post.slug)!
      const text = JSON.stringify(post.body ?? null)
      for (const paragraph of seeded.body.es) {
        expect(text).toContain(typeof paragraph === 'string' ? paragraph : paragraph.heading)
      }
      expect(seeded.body.es.length).toBe(seeded.body.en.length)
    }
  })

  test('the Hyperactive event keeps its original ids and byline', async () => {
    const { docs } = await payload.find({
      collection: 'events',
      where: { feedId: { equals: 2565 } },
    })
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({
      title: 'Dual Power Discussion on Autonomist Leninism',
      publishedBy: 'maxigas',
      contactEmail: 'maxigas@anargeek.net',
      feedId: 2565,
      autoModerationChecked: true,
      hyperactive: { collectiveId: 27, userId: 262 },
    })
    expect(new Date(docs[0]!.startsAt).toISOString()).toBe('2009-10-22T19:00:00.000Z')
  })
})

describe('create, read and update through the Local API', () => {
  const cases: [string, Record<string, unknown>, Record<string, unknown>][] = [
    ['places', { name: 'Union hall', city: 'Gary', stepFree: 'yes' }, { city: 'Hammond' }],
    ['categories', { name: 'Housing' }, { name: 'Housing justice' }],
    ['people', { name: 'Kim Ode', pronouns: 'she/her' }, { bio: 'Organizer' }],
    [
      'organizations',
      { name: 'Gary Tenants', kind: 'tenant-union', listPublicly: true },
      { city: 'Gary' },
    ],
    ['posts', { title: 'A new post', summary: 'Short' }, { summary: 'Shorter' }],
    [
      'events',
      { title: 'Rent strike teach-in', startsAt: '2026-12-01T23:00:00.000Z' },
      { room: 'Hall B' },
    ],
    [
      'event-groups',
      { title: 'Weekly tenant clinic', recurrence: 'FREQ=WEEKLY;BYDAY=TU' },
      { recurrence: 'FREQ=WEEKLY;BYDAY=WE' },
    ],
    [
      'proposals',
      {
        title: 'A talk',
        description: 'About things',
        submitterName: 'X',
        submitterEmail: 'x@example.org',
        consent: true,
      },
      { reviewState: 'in-review' },
    ],
  ]
  test.each(cases)('%s', async (collection, data, patch) => {
    const created = await payload.create({
      collection: collection as 'places',
      data: data as never,
    })
    expect(typeof created.id).toBe('string')
    const updated = await payload.update({
      collection: collection as 'places',
      id: created.id,
      data: patch as never,
    })
    const read = await payload.findByID({ collection: collection as 'places', id: created.id })
    expect(read).toMatchObject({ ...data, ...patch, ...(updated.id ? { id: created.id } : {}) })
  })

  test('sessions belong to an event and the event lists them', async () => {
    const event = await payload.create({
      collection: 'events',
      data: {
        title: 'Mini gathering',
        startsAt: '2026-05-01T14:00:00.000Z',
        startsAt_tz: 'America/Chicago',
      },
    })
    const session = await payload.create({
      collection: 'sessions',
      data: {
        title: 'Only session',
        event: event.id,
        startsAt: '2026-05-01T15:00:00.000Z',
        endsAt: '2026-05-01T16:00:00.000Z',
      },
    })
    const withSessions = await payload.findByID({ collection: 'events', id: event.id, depth: 1 })
    expect(withSessions.sessions?.docs?.map((s) => (typeof s === 'object' ? s.id : s))).toEqual([
      session.id,
    ])
  })

  test('an end before the start is refused, naming the field', async () => {
    await expect(
      payload.create({
        collection: 'events',
        data: {
          title: 'Backwards',
          startsAt_tz: 'America/Chicago',
          startsAt: '2026-05-02T14:00:00.000Z',
          endsAt: '2026-05-01T14:00:00.000Z',
        },
      }),
    ).rejects.toMatchObject({ data: { errors: [expect.objectContaining({ path: 'endsAt' })] } })
  })

  test('slugs generate themselves and stay when the title changes', async () => {
    const post = await payload.create({
      collection: 'posts',
      data: { title: '¡Asamblea Abierta! Otoño 2026' },
    })
    expect(post.slug).toBe('asamblea-abierta-otono-2026')
    const renamed = await payload.update({
      collection: 'posts',
      id: post.id,
      data: { title: 'Renamed' },
    })
    expect(renamed.slug).toBe('asamblea-abierta-otono-2026')
  })

  test('a repeated title gets the next free slug; a typed slug that is taken is refused', async () => {
    const title = 'Weekly tenants’ assembly'
    const first = await payload.create({ collection: 'posts', data: { title } })
    const second = await payload.create({ collection: 'posts', data: { title } })
    // Unlisted documents count too: slugs are unique across the whole collection.
    const hidden = await payload.create({
      collection: 'posts',
      data: { title, moderationStatus: 'hidden' },
    })
    expect([first.slug, second.slug, hidden.slug]).toEqual([
      'weekly-tenants-assembly',
      'weekly-tenants-assembly-2',
      'weekly-tenants-assembly-3',
    ])
    // A longer title that starts the same is not a number of this one.
    const longer = await payload.create({
      collection: 'posts',
      data: { title: `${title} 4` },
    })
    expect(longer.slug).toBe('weekly-tenants-assembly-4')
    expect((await payload.create({ collection: 'posts', data: { title } })).slug).toBe(
      'weekly-tenants-assembly-5',
    )
    await expect(
      payload.create({
        collection: 'posts',
        data: { title: 'Another', slug: 'weekly-tenants-assembly-2' },
      }),
    ).rejects.toMatchObject({ data: { errors: [expect.objectContaining({ path: 'slug' })] } })
  })

  test('a weekly title a year long counts past the first 50 numbers', async () => {
    const slugs: string[] = []
    for (let week = 1; week <= 53; week++) {
      slugs.push(
        (await payload.create({ collection: 'posts', data: { title: 'Food Not Bombs' } })).slug!,
      )
    }
    expect(slugs.slice(0, 2)).toEqual(['food-not-bombs', 'food-not-bombs-2'])
    expect(slugs.slice(-3)).toEqual(['food-not-bombs-51', 'food-not-bombs-52', 'food-not-bombs-53'])
    expect(new Set(slugs).size).toBe(53)
  }, 60_000)

  test('the longest title keeps its number within the 96 characters', async () => {
    const title = 'Assembly '.repeat(20)
    const a = await payload.create({ collection: 'posts', data: { title } })
    const b = await payload.create({ collection: 'posts', data: { title } })
    expect(a.slug!.length).toBe(96)
    expect(b.slug).toMatch(/-2$/)
    expect(b.slug!.length).toBeLessThanOrEqual(96)
    expect(b.slug!.slice(0, 90)).toBe(a.slug!.slice(0, 90))
  })
})

describe('localization', () => {
  test('localized fields in en and es, with fallback to English', async () => {
    const event = await payload.create({
      collection: 'events',
      locale: 'en',
      data: {
        title: 'Tenant assembly',
        startsAt_tz: 'America/Chicago',
        startsAt: '2026-03-01T18:00:00.000Z',
        summary: paragraphs('Bring your neighbors.'),
      },
    })
    expect(
      (await payload.findByID({ collection: 'events', id: event.id, locale: 'es' })).title,
    ).toBe('Tenant assembly')
    await payload.update({
      collection: 'events',
      id: event.id,
      locale: 'es',
      data: { title: 'Asamblea de inquilinas' },
    })
    expect(
      (await payload.findByID({ collection: 'events', id: event.id, locale: 'es' })).title,
    ).toBe('Asamblea de inquilinas')
    expect(
      (await payload.findByID({ collection: 'events', id: event.id, locale: 'en' })).title,
    ).toBe('Tenant assembly')
    const all = await payload.findByID({ collection: 'events', id: event.id, locale: 'all' })
    expect(all.title).toEqual({ en: 'Tenant assembly', es: 'Asamblea de inquilinas' })
  })

  test('the FAQ is seeded in English and Spanish', async () => {
    const faq = await payload.find({
      collection: 'posts',
      where: { slug: { equals: 'cliff-notes' } },
      locale: 'es',
    })
    expect(faq.docs[0]?.title).toBe('Preguntas frecuentes')
    expect(JSON.stringify(faq.docs[0]?.body)).toContain('cuidado infantil')
  })
})
