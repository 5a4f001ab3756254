/**
 * The site's root fields kept under the versions of what they read (src/cache/queryParts.ts),
 * on a real database: a query asked again with nothing changed sends no statement; an edit, a
 * relationship's target edited, a row changed by another connection's plain SQL or a post hidden
 * is in the very next answer, and only the root fields that read what changed are read again.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { TypedDocumentNode } from '@graphql-typed-document-node/core'
import { parse } from 'graphql'
import type { TypedUser } from 'payload'

import { changeTokenFor } from '../../src/cache/changeToken.js'
import { anonymousGroups, installChangeVersions } from '../../src/cache/changeVersions.js'
import { shareResponseCache } from '../../src/cache/graphql.js'
import { MemoryResponseStore } from '../../src/cache/store.js'
import { resolveDatabaseUrl } from '../../src/database-url.js'
import { HomeDocument } from '../../src/graphql/operations.js'
import { previewQuery, publicQuery } from '../../src/graphql/public.js'
import { seed } from '../../src/seed/index.js'
import { testDatabaseKind } from '../helpers/database.js'
import { bootPayload, type TestPayload } from '../helpers/payload.js'

type Json = Record<string, unknown>
type Fn = (...args: unknown[]) => unknown

let t: TestPayload
let close: () => Promise<void>
const store = new MemoryResponseStore(16 * 1024 * 1024)
const errors: string[] = []
const sent: string[] = []

const doc = (source: string) =>
  parse(source) as unknown as TypedDocumentNode<Record<string, unknown>, Record<string, unknown>>

/** The app's statements (not the versions' own) while `work` runs. */
async function statementsOf<T>(work: () => Promise<T>): Promise<{ value: T; sql: string[] }> {
  sent.length = 0
  const value = await work()
  return { value, sql: sent.filter((sql) => !sql.includes('change_versions')) }
}

/** Counts what the app sends on its own connection (SQLite's client, PostgreSQL's pool). */
function listen() {
  const db = t.payload.db as unknown as { name: string; client?: Json; pool?: Json }
  const target = (db.name === 'sqlite' ? db.client : db.pool)!
  for (const method of ['execute', 'batch', 'query']) {
    const original = target[method] as Fn | undefined
    if (typeof original !== 'function') continue
    target[method] = function (this: unknown, ...args: unknown[]) {
      const first = args[0] as string | { sql?: string; text?: string } | unknown[]
      const texts = Array.isArray(first) ? first : [first]
      for (const one of texts) {
        sent.push(typeof one === 'string' ? one : String((one as Json)?.sql ?? (one as Json)?.text))
      }
      return original.apply(this, args)
    }
  }
}

const home = (locale: 'en' | 'es' = 'en') =>
  publicQuery(t.payload, HomeDocument, { locale, marked: locale !== 'en' })

const EVENT = doc(`query OneEvent($slug: String!) {
  Events(where: { slug: { equals: $slug } }, pagination: false, limit: 1) {
    docs { title place { name city } }
  }
  Posts(pagination: false, limit: 2, sort: "-publishedAt") { docs { title } }
}`)
// Sorted by a field of the related place: the places table is read in the events' own statement.
const BY_PLACE = doc(`query ByPlace {
  Events(where: { slug: { like: "by-place-" } }, sort: "place.name", pagination: false, limit: 5) {
    docs { slug }
  }
}`)

let placeId: string
let eventId: string
/** Writes as an admin: an edit by nobody in particular is sent back to pending. */
let admin: TypedUser

beforeAll(async () => {
  t = await bootPayload()
  await seed(t.payload)
  const target = resolveDatabaseUrl(t.db.url)
  if (t.db.kind !== 'mongodb') await installChangeVersions(t.payload)
  const token = await changeTokenFor(t.payload, target, await anonymousGroups(t.payload))
  const withdraw = token
    ? shareResponseCache({ store, token, ttlMs: 60_000, onError: (m) => errors.push(m) })
    : () => {}
  close = async () => {
    withdraw()
    await token?.close()
  }
  if (t.db.kind !== 'mongodb') listen()
  ;[admin] = (
    await t.payload.find({ collection: 'users', where: { roles: { contains: 'admin' } } })
  ).docs as TypedUser[]
  const place = await t.payload.create({
    user: admin,
    collection: 'places',
    data: { name: 'Root field hall', city: 'Dubuque' },
  })
  placeId = String(place.id)
  const event = await t.payload.create({
    user: admin,
    collection: 'events',
    data: {
      title: 'Root field assembly',
      slug: 'root-field-assembly',
      startsAt: '2031-03-01T18:00:00.000Z',
      startsAt_tz: 'America/Chicago',
      place: placeId,
      moderationStatus: 'published',
    },
  })
  eventId = String(event.id)
}, 120_000)

afterAll(async () => {
  await close?.()
  await t?.teardown()
  expect(errors).toEqual([])
})

const titles = (answer: { Posts?: { docs: { title?: string | null }[] } | null }) =>
  (answer.Posts?.docs ?? []).map((post) => post.title)

// MongoDB gives no change versions, so nothing is kept there (and nothing to test here).
const onSql = testDatabaseKind() === 'mongodb' ? describe.skip : describe

onSql('root fields kept under the versions of the tables they read', () => {
  test('asked again with nothing changed, the home page sends no statement and gets the same answer', async () => {
    const first = await statementsOf(() => home())
    expect(first.sql.length).toBeGreaterThan(3)
    const again = await statementsOf(() => home())
    expect(again.sql).toEqual([])
    expect(again.value).toEqual(first.value)
    expect(titles(first.value)).toHaveLength(6)
  })

  test('each language is kept apart', async () => {
    await home('en')
    const spanish = await statementsOf(() => home('es'))
    expect(spanish.sql.length).toBeGreaterThan(0)
    // Spanish asks for its own words too (`own…`); English does not.
    expect(spanish.value.ownPosts?.docs.length).toBe(6)
    expect((await home('en')).ownPosts).toBeUndefined()
  })

  test('an edited post is in the next answer, and only what reads posts is read again', async () => {
    const newest = (await home()).Posts!.docs[0]!
    await t.payload.update({
      user: admin,
      collection: 'posts',
      id: newest.id,
      data: { title: 'Edited for the root-field cache' },
    })
    const after = await statementsOf(() => home())
    expect(titles(after.value)[0]).toBe('Edited for the root-field cache')
    expect(after.sql.length).toBeGreaterThan(0)
    expect(after.sql.every((sql) => /"posts/.test(sql))).toBe(true)
  })

  test("a relationship's target edited is in the next answer of what populates it", async () => {
    const before = await publicQuery(t.payload, EVENT, { slug: 'root-field-assembly' })
    expect(before).toMatchObject({ Events: { docs: [{ place: { name: 'Root field hall' } }] } })
    await t.payload.update({
      user: admin,
      collection: 'places',
      id: placeId,
      data: { name: 'Renamed hall' },
    })
    const after = await statementsOf(() =>
      publicQuery(t.payload, EVENT, { slug: 'root-field-assembly' }),
    )
    expect(after.value).toMatchObject({ Events: { docs: [{ place: { name: 'Renamed hall' } }] } })
    // The posts root field read no place: it is still kept.
    expect(after.sql.some((sql) => /from "posts"/i.test(sql))).toBe(false)
  })

  test("a sort by the related place's name reads places, so renaming one reorders", async () => {
    const places: string[] = []
    for (const [slug, name] of [
      ['by-place-one', 'Alder hall'],
      ['by-place-two', 'Birch hall'],
    ]) {
      const place = await t.payload.create({
        user: admin,
        collection: 'places',
        data: { name },
      })
      places.push(String(place.id))
      await t.payload.create({
        user: admin,
        collection: 'events',
        data: {
          title: slug,
          slug,
          startsAt: '2031-04-01T18:00:00.000Z',
          startsAt_tz: 'America/Chicago',
          place: place.id,
          moderationStatus: 'published',
        },
      })
    }
    const slugs = async () =>
      ((await publicQuery(t.payload, BY_PLACE, {})) as { Events: { docs: Json[] } }).Events.docs
    expect(await slugs()).toEqual([{ slug: 'by-place-one' }, { slug: 'by-place-two' }])
    await t.payload.update({
      user: admin,
      collection: 'places',
      id: places[0]!,
      data: { name: 'Cedar hall' },
    })
    expect(await slugs()).toEqual([{ slug: 'by-place-two' }, { slug: 'by-place-one' }])
  })

  test("another connection's plain SQL is in the next answer", async () => {
    await publicQuery(t.payload, EVENT, { slug: 'root-field-assembly' })
    await sqlElsewhere(
      `UPDATE events SET slug = 'renamed-by-sql' WHERE id = ${t.db.kind === 'postgres' ? '$1' : '?'}`,
      [eventId],
    )
    expect(await publicQuery(t.payload, EVENT, { slug: 'root-field-assembly' })).toMatchObject({
      Events: { docs: [] },
    })
    expect(await publicQuery(t.payload, EVENT, { slug: 'renamed-by-sql' })).toMatchObject({
      Events: { docs: [{ title: 'Root field assembly' }] },
    })
  })

  test('a post hidden is gone from the next answer', async () => {
    const before = await home()
    const shown = titles(before)
    const newest = before.Posts!.docs[0]!
    await t.payload.update({
      user: admin,
      collection: 'posts',
      id: newest.id,
      data: { moderationStatus: 'hidden' },
    })
    const after = titles(await home())
    expect(after).not.toContain(newest.title)
    expect(after).toEqual([...shown.slice(1), after[5]])
  })

  test("a staff member's preview is never kept", async () => {
    await previewQuery(t.payload, EVENT, { slug: 'renamed-by-sql' }, admin)
    const again = await statementsOf(() =>
      previewQuery(t.payload, EVENT, { slug: 'renamed-by-sql' }, admin),
    )
    expect(again.sql.length).toBeGreaterThan(0)
  })
})

/** One statement on the test database through a connection of its own (not the app's). */
async function sqlElsewhere(sql: string, args: unknown[]) {
  if (t.db.kind === 'sqlite') {
    const { createClient } = await import('@libsql/client')
    const other = createClient({ url: t.db.url })
    await other.execute({ sql, args: args as never })
    other.close()
    return
  }
  const { default: pg } = await import('pg')
  const other = new pg.Client({ connectionString: t.db.url })
  await other.connect()
  await other.query(sql, args)
  await other.end()
}
