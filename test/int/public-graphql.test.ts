import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { TypedDocumentNode } from '@graphql-typed-document-node/core'
import { parse } from 'graphql'
import fs from 'node:fs'
import path from 'node:path'

import { projectRoot } from '../../src/paths.js'
import { HomeDocument } from '../../src/graphql/operations.js'
import { PublicQueryError, publicQuery, publicSchemaSDL } from '../../src/graphql/public.js'
import { POSTS } from '../../src/seed/content.js'
import { seed } from '../../src/seed/index.js'
import { bootPayload, type TestPayload } from '../helpers/payload.js'

type Json = Record<string, unknown>

/** The site's data path: the public GraphQL API, in-process, as an anonymous reader. */
let t: TestPayload
const doc = (source: string) =>
  parse(source) as unknown as TypedDocumentNode<Record<string, unknown>, Record<string, unknown>>

beforeAll(async () => {
  t = await bootPayload()
  await seed(t.payload)
}, 120_000)
afterAll(async () => t?.teardown())

describe('publicQuery (the site reads only what anonymous readers may)', () => {
  test('root fields that differ in fallback each resolve their relationships with their own', async () => {
    const [admin] = (
      await t.payload.find({ collection: 'users', where: { roles: { contains: 'admin' } } })
    ).docs
    const place = await t.payload.create({
      collection: 'places',
      locale: 'en',
      overrideAccess: true,
      data: { name: 'Only-English Hall' },
    })
    await t.payload.create({
      collection: 'events',
      user: admin,
      data: {
        title: 'Mixed fallbacks',
        slug: 'mixed-fallbacks',
        startsAt: '2030-05-01T18:00:00.000Z',
        startsAt_tz: 'America/Chicago',
        place: place.id,
        moderationStatus: 'published',
      },
    })
    // The marked-fallback shape of the site's Spanish pages: the fallback list first, the same
    // list without fallback last (Payload keeps the last root field's on the shared request).
    const answer = (await publicQuery(
      t.payload,
      doc(`query Mixed {
        Events(locale: es, fallbackLocale: en, where: { slug: { equals: "mixed-fallbacks" } }) {
          docs { title place { name } }
        }
        own: Events(locale: es, fallbackLocale: none, where: { slug: { equals: "mixed-fallbacks" } }) {
          docs { title place { name } }
        }
      }`),
      {},
    )) as { Events: { docs: Json[] }; own: { docs: Json[] } }
    expect(answer.Events.docs).toEqual([
      { title: 'Mixed fallbacks', place: { name: 'Only-English Hall' } },
    ])
    expect(answer.own.docs).toEqual([{ title: null, place: { name: null } }])
  })

  test('a time zone has one name in GraphQL, REST and filters: the IANA one', async () => {
    const [admin] = (
      await t.payload.find({ collection: 'users', where: { roles: { contains: 'admin' } } })
    ).docs
    for (const [slug, zone] of [
      ['zoned-honolulu', 'Pacific/Honolulu'],
      ['zoned-mexico', 'America/Mexico_City'],
    ]) {
      await t.payload.create({
        collection: 'events',
        user: admin,
        data: {
          title: slug,
          slug,
          startsAt: '2030-06-01T18:00:00.000Z',
          startsAt_tz: zone as 'UTC',
          moderationStatus: 'published',
        },
      })
    }
    const answer = (await publicQuery(
      t.payload,
      doc(`query Zoned {
        Events(where: { startsAt_tz: { equals: "America/Mexico_City" } }) {
          docs { slug startsAt startsAt_tz endsAt_tz }
        }
      }`),
      {},
    )) as { Events: { docs: Json[] } }
    // Dates too as over HTTP: ISO strings, not Date objects.
    expect(answer.Events.docs).toEqual([
      {
        slug: 'zoned-mexico',
        startsAt: '2030-06-01T18:00:00.000Z',
        startsAt_tz: 'America/Mexico_City',
        endsAt_tz: expect.any(String),
      },
    ])
    const rest = await t.payload.find({
      collection: 'events',
      where: { slug: { equals: 'zoned-mexico' } },
    })
    expect(rest.docs[0]?.startsAt_tz).toBe(answer.Events.docs[0]?.startsAt_tz)
  })

  test("the home query gives the seed's six posts, newest first, in each language", async () => {
    for (const locale of ['en', 'es'] as const) {
      const home = await publicQuery(t.payload, HomeDocument, { locale })
      const titles = home.Posts?.docs.map((post) => post.title)
      expect(titles).toEqual(POSTS.map((post) => post.title[locale]))
      // Asked for beside the frame's own `Site` fields: each kept its own (not one of them null).
      expect(home.Site?.name).toBe('Dual Power 2022')
      expect(JSON.stringify(home.Site?.intro)).toContain('"text"')
      expect(JSON.stringify(home.Site?.invitation)).toContain('"text"')
    }
  })

  test('a pending and a hidden post never appear, whatever their date', async () => {
    for (const moderationStatus of ['pending', 'hidden'] as const) {
      await t.payload.create({
        collection: 'posts',
        overrideAccess: true,
        data: {
          title: `Not for the public (${moderationStatus})`,
          summary: 'staff only',
          moderationStatus,
          publishedAt: '2030-01-01T00:00:00.000Z',
        },
      })
    }
    const home = await publicQuery(t.payload, HomeDocument, { locale: 'en', posts: 50 })
    const titles = home.Posts?.docs.map((post) => post.title) ?? []
    expect(titles.length).toBeGreaterThan(0)
    expect(titles.filter((title) => title?.startsWith('Not for the public'))).toEqual([])
  })

  test("staff-only and private fields come back empty, not as the staff's values", async () => {
    // Published by a moderator: without a user, a new document is pending whatever it asks.
    const [admin] = (
      await t.payload.find({ collection: 'users', where: { roles: { contains: 'admin' } } })
    ).docs
    const org = await t.payload.create({
      collection: 'organizations',
      user: admin,
      data: {
        name: 'Listed Collective',
        listPublicly: true,
        moderationStatus: 'published',
        privateContact: { email: 'private@example.org' },
        adminNote: {
          root: { type: 'root', children: [], direction: null, format: '', indent: 0, version: 1 },
        },
      },
    })
    const stored = await t.payload.findByID({ collection: 'organizations', id: org.id })
    expect(stored.privateContact?.email).toBe('private@example.org')
    expect(stored.moderationStatus).toBe('published')
    const answer = await publicQuery(
      t.payload,
      doc(`query OneOrganization($id: String!) {
        Organization(id: $id) { name privateContact { email } adminNote signOnTokenHash }
      }`),
      { id: String(org.id) },
    )
    const seen = answer.Organization as Record<string, unknown>
    expect(seen.name).toBe('Listed Collective')
    expect(JSON.stringify(seen)).not.toContain('private@example.org')
    expect(seen.adminNote ?? null).toBeNull()
    expect(seen.signOnTokenHash ?? null).toBeNull()
  })

  test.each([
    ['a mutation', 'mutation M { createPost(data: { title: "x" }) { id } }'],
    ['two operations', 'query A { Posts { totalDocs } } query B { Posts { totalDocs } }'],
  ])('%s is refused before anything runs', async (_what, source) => {
    const before = await t.payload.count({ collection: 'posts', overrideAccess: true })
    await expect(publicQuery(t.payload, doc(source), {})).rejects.toThrow(
      /the site runs documents holding exactly one query/,
    )
    expect(await t.payload.count({ collection: 'posts', overrideAccess: true })).toEqual(before)
  })

  test('an invalid query names the operation and the field', async () => {
    const refused = publicQuery(
      t.payload,
      doc('query Broken { Posts { docs { nosuchfield } } }'),
      {},
    )
    await expect(refused).rejects.toBeInstanceOf(PublicQueryError)
    await expect(refused).rejects.toThrow(/Broken.*nosuchfield/)
  })

  test("the API's own limits for anonymous readers apply to the site's queries too", async () => {
    const aliases = Array.from({ length: 31 }, (_, i) => `a${i}: countPosts { totalDocs }`)
    const many = publicQuery(t.payload, doc(`query Many { ${aliases.join(' ')} }`), {})
    await expect(many).rejects.toThrow(/Many: Too many aliases: at most 30 .* anonymous readers/)
  })

  test("the limits weigh each run's variables: a verdict for one set is not reused for another", async () => {
    const posts = doc(`query Some($n: Int) { Posts(limit: $n) { docs { id title summary } } }`)
    await expect(publicQuery(t.payload, posts, { n: 2 })).resolves.toBeTruthy()
    await expect(publicQuery(t.payload, posts, { n: 100_000 })).rejects.toThrow(
      /Some: Query too costly/,
    )
    const again = (await publicQuery(t.payload, posts, { n: 2 })) as { Posts: { docs: unknown[] } }
    expect(again.Posts.docs).toHaveLength(2)
  })

  test('a list without its count (pagination: false) still holds at most its limit', async () => {
    const all = await t.payload.count({ collection: 'posts' })
    expect(all.totalDocs).toBeGreaterThan(2)
    const answer = (await publicQuery(
      t.payload,
      doc(
        `query Two { Posts(pagination: false, limit: 2, sort: "-publishedAt") { docs { id } totalDocs } }`,
      ),
      {},
    )) as { Posts: { docs: unknown[]; totalDocs: number } }
    expect(answer.Posts.docs).toHaveLength(2)
    // Without the count the total is what was read.
    expect(answer.Posts.totalDocs).toBe(2)
  })

  test('the committed schema (src/graphql/schema.graphql) is the schema the server runs', () => {
    const committed = fs.readFileSync(path.join(projectRoot, 'src/graphql/schema.graphql'), 'utf8')
    expect(publicSchemaSDL(t.payload)).toEqual(committed)
  })
})
