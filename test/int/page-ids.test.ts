import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { Payload, Where } from 'payload'

import { generateHyperactiveEvents } from '../../bench/fixtures/hyperactiveEvents.js'
import { importEvents } from '../../plugins/hyperactive/index.js'
import {
  installedPayloadVersion,
  PAGE_IDS,
  type PageIds,
  pageIdsSeamProblem,
  takePageIds,
} from '../../src/cache/pageIds.js'
import { bootPayload, type TestPayload } from '../helpers/payload.js'

/**
 * The document cache takes a page's ids where the database adapter returns them, so that
 * Payload's find does not walk every field of twenty documents that are only ids
 * (src/cache/documents.ts). Everything else is Payload's: the ids must be exactly those of
 * Payload's own anonymous find (read access, visibility, where, sort, page), and no other
 * query may be touched.
 */
let t: TestPayload
let payload: Payload

beforeAll(async () => {
  t = await bootPayload()
  payload = t.payload
  // 70 events, 10 each of hidden and pending: anonymous readers must never get those.
  const summary = await importEvents(payload, generateHyperactiveEvents(70), {
    timeZone: 'Europe/London',
  })
  expect(summary.failed).toEqual([])
  // The installed Payload must be one the seam was checked on: after an upgrade this fails
  // until the tests below pass on it and PAGE_IDS_CHECKED names it.
  expect(takePageIds(payload)).toBeNull()
  expect(takePageIds(payload)).toBeNull() // installed once, however often asked
}, 180_000)

afterAll(async () => {
  await t?.teardown()
})

const anonymous = { collection: 'events', overrideAccess: false, user: null } as const
/** Payload's find with arguments the generated types would narrow too far (select of id). */
const find = (args: Record<string, unknown>) =>
  payload.find(args as never) as Promise<{ docs: { id: string | number }[]; totalDocs: number }>
const ID_ONLY = { id: true }

describe('page ids from the adapter', () => {
  test.each([
    ['sorted by start, page 1', { sort: ['startsAt'], limit: 20 }],
    ['newest first, page 3', { sort: ['-startsAt'], limit: 7, page: 3 }],
    ['no limit given (Payload asks for 10)', { sort: ['title'] }],
    [
      'a where of its own',
      { limit: 50, where: { startsAt: { greater_than_equal: '2020-01-01T00:00:00.000Z' } } },
    ],
    ['asking for hidden ones', { limit: 50, where: { moderationStatus: { equals: 'hidden' } } }],
  ] as [string, { sort?: string[]; limit?: number; page?: number; where?: Where }][])(
    '%s: the same ids and page fields as Payload’s anonymous find',
    async (_name, query) => {
      const reference = await payload.find({ ...anonymous, ...query, depth: 0 })
      const mark: PageIds = { collection: 'events', limit: query.limit ?? 10, page: query.page }
      const page = await find({
        ...anonymous,
        ...query,
        depth: 0,
        select: ID_ONLY,
        context: { [PAGE_IDS]: mark },
      })
      expect(mark.ids).toEqual(reference.docs.map((doc) => doc.id))
      // Payload's find went on with no documents to read, and the page fields are its own.
      expect(page.docs).toEqual([])
      const { docs: _a, ...fields } = page
      const { docs: _b, ...referenceFields } = reference
      expect(fields).toEqual(referenceFields)
      if (query.where && 'moderationStatus' in query.where) expect(mark.ids).toEqual([])
      else expect(mark.ids!.length).toBeGreaterThan(0)
    },
  )

  test('hidden and pending events are never among them', async () => {
    const staff = await payload.find({ collection: 'events', limit: 0, depth: 0 })
    const invisible = new Set(
      staff.docs
        .filter((doc) => ['hidden', 'pending'].includes(String(doc.moderationStatus)))
        .map((doc) => doc.id as string | number),
    )
    expect(invisible.size).toBeGreaterThanOrEqual(20)
    const mark: PageIds = { collection: 'events', limit: 100 }
    await find({
      ...anonymous,
      limit: 100,
      select: ID_ONLY,
      context: { [PAGE_IDS]: mark },
    })
    expect(mark.ids!.length).toBeGreaterThan(0)
    expect(mark.ids!.filter((id) => invisible.has(id))).toEqual([])
  })

  test('only the marked query is touched: another select, limit or collection keeps its documents', async () => {
    for (const [args, mark] of [
      [
        { ...anonymous, limit: 5, select: { title: true } },
        { collection: 'events', limit: 5 },
      ],
      [
        { ...anonymous, limit: 6, select: ID_ONLY },
        { collection: 'events', limit: 5 },
      ],
      [
        { collection: 'places', overrideAccess: false, user: null, limit: 5, select: ID_ONLY },
        { collection: 'events', limit: 5 },
      ],
      [{ ...anonymous, limit: 5, select: ID_ONLY }, undefined],
    ] as const) {
      const context = mark ? { [PAGE_IDS]: { ...mark } as PageIds } : {}
      const found = await find({ ...args, context, depth: 0 })
      expect(found.docs.length).toBe(
        found.totalDocs > 0 ? Math.min(found.totalDocs, args.limit) : 0,
      )
      expect(context[PAGE_IDS]?.ids).toBeUndefined()
    }
    // And a mark is used once: a second query in the same context reads normally.
    const mark: PageIds = { collection: 'events', limit: 5 }
    const context = { [PAGE_IDS]: mark }
    const first = await find({ ...anonymous, limit: 5, select: ID_ONLY, context })
    const second = await find({ ...anonymous, limit: 5, select: ID_ONLY, context })
    expect(first.docs).toEqual([])
    expect(second.docs.map((doc) => doc.id)).toEqual(mark.ids)
  })
})

describe('the seam is version-checked', () => {
  test.each([
    ['3.90.1', null],
    ['3.90.7', null],
    ['3.91.0', 'Payload 3.91.0 is not one the page-ids seam was checked on (3.90)'],
    ['4.0.0', 'Payload 4.0.0 is not one'],
  ])('Payload %s', (version, problem) => {
    const found = pageIdsSeamProblem(version, { find: () => null })
    if (problem === null) expect(found).toBeNull()
    else expect(found).toContain(problem)
  })

  test('an adapter without find() is refused; the installed version is read from the package', () => {
    expect(pageIdsSeamProblem('3.90.1', {})).toBe('the database adapter has no find()')
    expect(installedPayloadVersion()).toMatch(/^\d+\.\d+\.\d+/)
  })

  test('on an unchecked version the adapter is left as it is', async () => {
    const db = { find: async () => ({ docs: [{ id: 'a' }] }) }
    const before = db.find
    expect(takePageIds({ db } as unknown as Payload, '3.91.0')).toContain('3.91.0')
    expect(db.find).toBe(before)
  })
})
