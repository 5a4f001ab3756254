import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'

import { type ApiClient, apiClient, type Json } from '../helpers/api.js'
import { findKeys, PRIVATE_KEYS } from '../helpers/privateKeys.js'
import { type ServerProcess, startSeededServer } from '../helpers/server.js'
import { nextGathering, SEASON_EVENTS } from '../../src/seed/season.js'

let close: () => Promise<void>
let server: ServerProcess
let client: ApiClient

/** REST as `as` (a seeded role), or anonymously. */
const api = (path: string, { as, ...init }: RequestInit & { as?: string } = {}) =>
  client.call(as, path, init)

const graphql = (query: string, as?: string) => client.graphql(as, query)

let gatheringId: string
let unlistedOrgId: string

beforeAll(async () => {
  ;({ server, close } = await startSeededServer())
  client = apiClient(server.url)
  await client.login('admin', 'organizer', 'reviewer')
  const events = await api('/api/events?where[slug][equals]=dual-power-2022&depth=0', {
    as: 'admin',
  })
  gatheringId = ((events.body.docs as Json[])[0] as Json).id as string

  // Private data the public must never see, wired through relationships.
  const org = await api('/api/organizations', {
    method: 'POST',
    as: 'organizer',
    body: JSON.stringify({
      name: 'Quiet Collective',
      listPublicly: false,
      privateContact: { email: 'quiet@example.org' },
    }),
  })
  unlistedOrgId = ((org.body.doc as Json).id as string) ?? ''
  const person = await api('/api/people?where[name][equals]=Rosa%20Delgado', { as: 'organizer' })
  const rosa = (person.body.docs as Json[])[0] as Json
  await api(`/api/people/${rosa.id}`, {
    method: 'PATCH',
    as: 'organizer',
    body: JSON.stringify({ email: 'rosa@example.org' }),
  })
  const current = await api(`/api/events/${gatheringId}?depth=0`, { as: 'admin' })
  await api(`/api/events/${gatheringId}`, {
    method: 'PATCH',
    as: 'organizer',
    body: JSON.stringify({
      organizations: [...((current.body.organizations as string[]) ?? []), unlistedOrgId],
      adminNote: {
        root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children: [] },
      },
    }),
  })
}, 180_000)

afterAll(async () => {
  await close?.()
})

describe('GraphQL for frontends', () => {
  test('one query returns the gathering with its place, organizations and sessions with facilitators', async () => {
    const { body } = await graphql(`
      {
        Events(where: { slug: { equals: "dual-power-2022" } }) {
          docs {
            title
            startsAt
            startsAt_tz
            place {
              name
              city
            }
            organizations {
              name
            }
            sessions {
              docs {
                title
                startsAt
                room
                facilitators {
                  name
                  pronouns
                }
              }
            }
          }
        }
      }
    `)
    expect(body.errors).toBeUndefined()
    const gathering = ((body.data!.Events as Json).docs as Json[])[0] as Json
    expect(gathering.title).toBe('Dual Power 2022')
    expect(gathering.place).toEqual({ name: 'Indiana Dunes campground', city: 'Chesterton' })
    expect((gathering.organizations as Json[]).map((o) => o.name)).toContain('Symbiosis Federation')
    const sessions = (gathering.sessions as Json).docs as Json[]
    expect(sessions).toHaveLength(8)
    expect(sessions[0]).toMatchObject({ title: 'Opening plenary', room: 'Main hall' })
    expect((sessions[0]!.facilitators as Json[]).map((f) => f.name)).toEqual([
      'Sam Whitehorse',
      'Ana Torres',
    ])
  })

  test('the same query in Spanish falls back to English where there is no translation', async () => {
    const { body } = await graphql(`
      {
        Sessions(locale: es, sort: "startsAt", limit: 3) {
          docs {
            title
          }
        }
      }
    `)
    expect(((body.data!.Sessions as Json).docs as Json[]).map((s) => s.title).sort()).toEqual([
      'Co-op finance skill share',
      'Construir sindicatos de inquilinas que duren',
      'Plenaria de apertura',
    ])
  })

  test('private fields cannot be asked for anonymously', async () => {
    for (const query of [
      '{ Events { docs { title adminNote } } }',
      '{ Organizations { docs { name privateContact { email } } } }',
      '{ People { docs { name email } } }',
      '{ Proposals { docs { title } } }',
    ]) {
      const { body } = await graphql(query)
      // GraphQL answers a field it may not show with null (and an error), never with its value.
      expect(findKeys(body.data, PRIVATE_KEYS)).toEqual([])
      const values = JSON.stringify(body.data ?? {})
      expect(values).not.toContain('quiet@example.org')
      expect(values).not.toContain('rosa@example.org')
      expect(values).not.toMatch(/"adminNote":\{/)
    }
  })
})

describe('REST for frontends', () => {
  test('events sort by start and filter by date range, place, organization and category', async () => {
    const sorted = await api('/api/events?sort=startsAt&depth=0')
    const starts = (sorted.body.docs as Json[]).map((d) => d.startsAt as string)
    expect(starts).toEqual([...starts].sort())

    const in2022 = await api(
      '/api/events?where[startsAt][greater_than_equal]=2022-01-01&where[startsAt][less_than]=2023-01-01&depth=0',
    )
    expect((in2022.body.docs as Json[]).map((d) => d.title)).toEqual(['Dual Power 2022'])

    // The imported Hyperactive event names its place in text only; the gathering has one.
    const places = await api('/api/places?where[name][equals]=Indiana%20Dunes%20campground')
    const placeId = ((places.body.docs as Json[])[0] as Json).id
    const atPlace = await api(`/api/events?where[place][equals]=${placeId}&sort=startsAt&depth=0`)
    const next = nextGathering(new Date())
    expect((atPlace.body.docs as Json[]).map((d) => d.title)).toEqual([
      'Dual Power 2022',
      next.title.en,
    ])

    const orgs = await api('/api/organizations?where[name][equals]=Symbiosis%20Federation')
    const orgId = ((orgs.body.docs as Json[])[0] as Json).id
    const byOrg = await api(`/api/events?where[organizations][in]=${orgId}&depth=0&limit=50`)
    const symbiosis = SEASON_EVENTS.filter((e) => e.organizations.includes('Symbiosis Federation'))
    expect((byOrg.body.docs as Json[]).map((d) => d.title).sort()).toEqual(
      ['Dual Power 2022', next.title.en, ...symbiosis.map((e) => e.title.en)].sort(),
    )

    const category = await api('/api/categories', {
      method: 'POST',
      as: 'organizer',
      body: JSON.stringify({ name: 'Theory' }),
    })
    const hyperactive = await api('/api/events?where[feedId][equals]=2565&depth=0', {
      as: 'admin',
    })
    const hyperactiveId = ((hyperactive.body.docs as Json[])[0] as Json).id
    await api(`/api/events/${hyperactiveId}`, {
      method: 'PATCH',
      as: 'organizer',
      body: JSON.stringify({ categories: [(category.body.doc as Json).id] }),
    })
    const byCategory = await api(
      `/api/events?where[categories][in]=${(category.body.doc as Json).id}&depth=0`,
    )
    expect((byCategory.body.docs as Json[]).map((d) => d.title)).toEqual([
      'Dual Power Discussion on Autonomist Leninism',
    ])
  })

  test.each([0, 1, 2, 3])(
    'anonymous reads at depth %i never carry a private field',
    async (depth) => {
      for (const collection of [
        'events',
        'sessions',
        'people',
        'organizations',
        'places',
        'posts',
        'event-groups',
        'categories',
      ]) {
        const { status, body } = await api(`/api/${collection}?depth=${depth}&limit=100`)
        expect([collection, status]).toEqual([collection, 200])
        expect([collection, findKeys(body, PRIVATE_KEYS)]).toEqual([collection, []])
        expect(JSON.stringify(body)).not.toContain('quiet@example.org')
      }
      const one = await api(`/api/events/${gatheringId}?depth=${depth}`)
      expect(findKeys(one.body, PRIVATE_KEYS)).toEqual([])
    },
  )

  test.each([1, 2])(
    'anonymous readers asking populate for private fields get none, at depth %i',
    async (depth) => {
      // Every private field of every collection a public list populates, asked for by name.
      const asked = [
        'populate[organizations][privateContact]=true',
        'populate[organizations][adminNote]=true',
        'populate[people][email]=true',
        'populate[places][adminNote]=true',
        'populate[events][adminNote]=true',
        'populate[events][hyperactive][original]=true',
        'populate[proposals][submitterEmail]=true',
      ].join('&')
      for (const collection of ['events', 'sessions', 'posts', 'people', 'organizations']) {
        const { status, body } = await api(`/api/${collection}?depth=${depth}&limit=100&${asked}`)
        expect([collection, status]).toEqual([collection, 200])
        expect([collection, findKeys(body, PRIVATE_KEYS)]).toEqual([collection, []])
        const text = JSON.stringify(body)
        expect(text).not.toContain('quiet@example.org')
        expect(text).not.toContain('rosa@example.org')
      }
    },
  )

  test('staff see the same fields the public cannot', async () => {
    // A populated organization carries its default shape; its private contact is asked for.
    const asked = `/api/events/${gatheringId}?depth=1&populate[organizations][privateContact]=true`
    const { body } = await api(asked, { as: 'organizer' })
    expect(body).toHaveProperty('adminNote')
    expect(JSON.stringify(body)).toContain('quiet@example.org')
    const own = await api(`/api/organizations/${unlistedOrgId}`, { as: 'organizer' })
    expect(JSON.stringify(own.body)).toContain('quiet@example.org')
    const anonymous = await api(asked)
    expect(JSON.stringify(anonymous.body)).not.toContain('quiet@example.org')
    expect(findKeys(anonymous.body, PRIVATE_KEYS)).toEqual([])
  })

  test('populated documents carry their default shape; the whole one is a request away', async () => {
    const keys = (doc: unknown) => Object.keys(doc as Json).sort()
    for (const path of [
      `/api/events/${gatheringId}?depth=1`,
      '/api/events?where[slug][equals]=dual-power-2022&depth=1',
      '/api/events?where[slug][equals]=dual-power-2022&depth=2',
    ]) {
      const { body } = await api(path)
      const event = ((body.docs as Json[] | undefined)?.[0] ?? body) as Json
      expect([path, keys(event.place)]).toEqual([
        path,
        ['accessNotes', 'address', 'city', 'country', 'id', 'name', 'region', 'stepFree'],
      ])
      const organizations = event.organizations as Json[]
      expect(organizations.length).toBeGreaterThan(0)
      for (const org of organizations) {
        expect(['id', 'logo', 'name', 'slug']).toEqual(expect.arrayContaining(keys(org)))
        expect(org.name).toEqual(expect.any(String))
      }
      expect(event.body).toBeDefined()
    }
    // Sessions populate their event without its body.
    const sessions = await api('/api/sessions?depth=1&limit=5')
    const session = (sessions.body.docs as Json[])[0] as Json
    expect(keys(session.event)).toEqual(
      [
        'allDay',
        'endsAt',
        'endsAt_tz',
        'id',
        'place',
        'slug',
        'startsAt',
        'startsAt_tz',
        'title',
      ].filter((k) => k in (session.event as Json)),
    )
    expect(session.event).not.toHaveProperty('body')
    expect((session.event as Json).title).toEqual(expect.any(String))

    // The whole place is one request away, and a list may ask for more of it, or for less.
    const place = (((await api(`/api/events/${gatheringId}?depth=1`)).body as Json).place as Json)
      .id
    const whole = await api(`/api/places/${place}`)
    expect(whole.body).toHaveProperty('latitude', 41.6533)
    expect((whole.body.rooms as Json[]).length).toBeGreaterThan(0)
    const more = await api(`/api/events/${gatheringId}?depth=1&populate[places][latitude]=true`)
    expect(keys((more.body as Json).place)).toEqual(['id', 'latitude'])
    const less = await api(
      '/api/events?where[slug][equals]=dual-power-2022&depth=1&select[title]=true&select[place]=true',
    )
    expect(keys((less.body.docs as Json[])[0])).toEqual(['id', 'place', 'title'])
  })

  test('an unlisted organization is invisible to the public, also through an event', async () => {
    expect((await api(`/api/organizations/${unlistedOrgId}`)).status).toBe(404)
    const list = await api('/api/organizations?limit=100')
    expect((list.body.docs as Json[]).map((o) => o.name)).not.toContain('Quiet Collective')
    const event = await api(`/api/events/${gatheringId}?depth=1`)
    const names = (event.body.organizations as (Json | string)[]).map((o) =>
      typeof o === 'string' ? null : o.name,
    )
    expect(names).not.toContain('Quiet Collective')
  })

  test('proposals: closed to the public, private fields hidden from reviewers', async () => {
    expect((await api('/api/proposals')).status).toBe(403)
    const reviewer = await api('/api/proposals?limit=100', { as: 'reviewer' })
    expect(reviewer.status).toBe(200)
    expect((reviewer.body.docs as Json[]).length).toBe(5)
    expect(findKeys(reviewer.body, ['submitterEmail', 'accessNeeds', 'childcareRequest'])).toEqual(
      [],
    )
    const organizer = await api('/api/proposals?limit=100', { as: 'organizer' })
    const withNeeds = (organizer.body.docs as Json[]).find(
      (p) => p.title === 'Eviction defense rapid response',
    )!
    expect(withNeeds).toMatchObject({
      submitterEmail: 'rosa@example.org',
      childcareRequest: 'Two children, ages 4 and 7.',
    })
  })

  test('a reviewer cannot change a review state; an organizer can', async () => {
    const { body } = await api('/api/proposals?where[title][equals]=Land%20trusts%20101', {
      as: 'organizer',
    })
    const id = ((body.docs as Json[])[0] as Json).id
    const denied = await api(`/api/proposals/${id}`, {
      method: 'PATCH',
      as: 'reviewer',
      body: JSON.stringify({ reviewState: 'accepted' }),
    })
    expect(denied.status).toBe(403)
    const ok = await api(`/api/proposals/${id}`, {
      method: 'PATCH',
      as: 'organizer',
      body: JSON.stringify({ reviewState: 'accepted' }),
    })
    expect((ok.body.doc as Json).reviewState).toBe('accepted')
  })
})
