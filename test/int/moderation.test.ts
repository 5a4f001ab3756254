import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'

import { MODERATION_STATES, type ModerationState } from '../../plugins/moderation/index.js'
import { type ApiClient, apiClient, type Json } from '../helpers/api.js'
import { type ServerProcess, startSeededServer } from '../helpers/server.js'
import { nextGathering } from '../../src/seed/season.js'

const ROLES = ['admin', 'organizer', 'moderator', 'reviewer'] as const
type Who = (typeof ROLES)[number] | 'anonymous'
const VISIBLE: ModerationState[] = ['published', 'promoted', 'featured']

let server: ServerProcess
let close: () => Promise<void>
let client: ApiClient
const ids: Partial<Record<ModerationState, string>> = {}

const call = (who: Who, path: string, init: RequestInit = {}) =>
  client.call(who === 'anonymous' ? undefined : who, path, init)

const seesEverything = (who: Who) => who === 'admin' || who === 'organizer' || who === 'moderator'

beforeAll(async () => {
  ;({ server, close } = await startSeededServer())
  client = apiClient(server.url)
  await client.login(...ROLES)
  // One post in each state, created by an organizer (who may set any state).
  for (const state of MODERATION_STATES) {
    const { status, body } = await call('organizer', '/api/posts', {
      method: 'POST',
      body: JSON.stringify({ title: `Matrix post ${state}`, moderationStatus: state }),
    })
    expect([state, status]).toEqual([state, 201])
    ids[state] = (body.doc as Json).id as string
  }
}, 180_000)

afterAll(async () => {
  await close?.()
})

describe('who sees what', () => {
  const whos: Who[] = [...ROLES, 'anonymous']
  test.each(whos)(
    '%s: list, count, by id and GraphQL show exactly the allowed states',
    async (who) => {
      const allowed = seesEverything(who) ? [...MODERATION_STATES] : VISIBLE
      const list = await call(who, '/api/posts?where[title][like]=Matrix%20post&limit=50&depth=0')
      expect(list.status).toBe(200)
      const states = (list.body.docs as Json[]).map((d) => d.moderationStatus).sort()
      expect(states).toEqual([...allowed].sort())
      const count = await call(who, '/api/posts/count?where[title][like]=Matrix%20post')
      expect(count.body.totalDocs).toBe(allowed.length)
      for (const state of MODERATION_STATES) {
        const one = await call(who, `/api/posts/${ids[state]}?depth=0`)
        expect([state, one.status]).toEqual([state, allowed.includes(state) ? 200 : 404])
      }
      const gql = await call(who, '/api/graphql', {
        method: 'POST',
        body: JSON.stringify({
          query:
            '{ Posts(where: { title: { like: "Matrix post" } }, limit: 50) { docs { moderationStatus } } }',
        }),
      })
      const gqlStates = ((gql.body.data as Json).Posts as { docs: Json[] }).docs
        .map((d) => d.moderationStatus)
        .sort()
      expect(gqlStates).toEqual([...allowed].sort())
    },
  )

  test('hidden content is not reachable through a relationship either', async () => {
    const event = await call('organizer', '/api/events', {
      method: 'POST',
      body: JSON.stringify({
        title: 'Hidden gathering',
        startsAt: '2026-09-01T15:00:00.000Z',
        moderationStatus: 'hidden',
      }),
    })
    const eventId = (event.body.doc as Json).id
    await call('organizer', '/api/sessions', {
      method: 'POST',
      body: JSON.stringify({
        title: 'Session of a hidden gathering',
        event: eventId,
        moderationStatus: 'published',
      }),
    })
    const { body } = await call(
      'anonymous',
      '/api/sessions?where[title][equals]=Session%20of%20a%20hidden%20gathering&depth=1',
    )
    const session = (body.docs as Json[])[0] as Json
    expect(typeof session.event === 'object' && session.event !== null).toBe(false)
    expect(JSON.stringify(body)).not.toContain('Hidden gathering')
  })
})

// Every role × every transition is in moderation-matrix.test.ts.
describe('transitions by role', () => {
  const create = async (state: ModerationState) => {
    const { body } = await call('organizer', '/api/posts', {
      method: 'POST',
      body: JSON.stringify({
        title: `Transition ${state} ${Math.random()}`,
        moderationStatus: state,
      }),
    })
    return (body.doc as Json).id as string
  }
  test('a moderator changes the state but not the content, and cannot delete', async () => {
    const id = await create('pending')
    const edit = await call('moderator', `/api/posts/${id}`, {
      method: 'PATCH',
      body: JSON.stringify({ title: 'Rewritten' }),
    })
    expect(edit.status).toBe(403)
    expect(JSON.stringify(edit.body)).toContain('title')
    expect((await call('moderator', `/api/posts/${id}`, { method: 'DELETE' })).status).toBe(403)
  })

  test('what a moderator may not change is refused by name on every way in, nothing saved', async () => {
    const { body } = await call('organizer', '/api/events', {
      method: 'POST',
      body: JSON.stringify({
        title: 'Locked fields event',
        startsAt: '2027-03-01T18:00:00.000Z',
        moderationStatus: 'pending',
        registrationUrl: 'https://example.org/register',
      }),
    })
    const id = (body.doc as Json).id as string
    const patch = (data: Json) =>
      call('moderator', `/api/events/${id}`, { method: 'PATCH', body: JSON.stringify(data) })
    // A field in a tab, one in a row in a tab, and a group: all named in one answer.
    const several = await patch({
      title: 'Renamed',
      registrationUrl: 'https://spam.example/',
      accessibility: { captions: true },
    })
    expect(several.status).toBe(403)
    const message = JSON.stringify(several.body)
    for (const name of ['title', 'registrationUrl', 'accessibility'])
      expect(message).toContain(name)
    // The same through GraphQL.
    const gql = await call('moderator', '/api/graphql', {
      method: 'POST',
      body: JSON.stringify({
        query: `mutation { updateEvent(id: "${id}", data: { title: "Renamed" }) { title } }`,
      }),
    })
    expect(JSON.stringify(gql.body.errors)).toContain(
      'may change the state and the staff note only, not: title',
    )
    const unchanged = await call('organizer', `/api/events/${id}?depth=0`)
    expect(unchanged.body).toMatchObject({
      title: 'Locked fields event',
      registrationUrl: 'https://example.org/register',
      moderationStatus: 'pending',
    })
    // The admin's form sends every field back unchanged with the state: that is saved.
    const whole = unchanged.body as Json
    const published = await patch({ ...whole, moderationStatus: 'published', adminNote: 'ok' })
    expect(published.status).toBe(200)
    expect(published.body.doc).toMatchObject({
      title: 'Locked fields event',
      moderationStatus: 'published',
    })
  })

  test('prominence orders featured-and-pinned, featured, promoted, published', async () => {
    const { body } = await call(
      'anonymous',
      '/api/events?sort=-prominence,startsAt&depth=0&limit=3',
    )
    const docs = body.docs as Json[]
    expect(docs[0]).toMatchObject({
      title: nextGathering(new Date()).title.en,
      stickAtTop: true,
      prominence: 4,
    })
    const prominences = docs.map((d) => d.prominence as number)
    expect(prominences).toEqual([...prominences].sort((a, b) => b - a))
  })
})

describe('origin and the log', () => {
  test('content from outside the staff starts pending whatever it sends', async () => {
    // A public form or an anonymous API call is refused outright by the collections' create
    // access; content that reaches Payload without a staff user is stored pending.
    const anonymous = await call('anonymous', '/api/posts', {
      method: 'POST',
      body: JSON.stringify({ title: 'From the public', moderationStatus: 'featured' }),
    })
    expect(anonymous.status).toBe(403)
    const reviewer = await call('reviewer', '/api/posts', {
      method: 'POST',
      body: JSON.stringify({ title: 'From a reviewer', moderationStatus: 'featured' }),
    })
    expect(reviewer.status).toBe(403)
  })

  test('every change of state writes exactly one log entry, which nobody can edit', async () => {
    const { body } = await call('organizer', '/api/posts', {
      method: 'POST',
      body: JSON.stringify({ title: 'Logged post', moderationStatus: 'pending' }),
    })
    const id = (body.doc as Json).id as string
    for (const to of ['published', 'promoted', 'promoted', 'hidden'] as const) {
      await call('moderator', `/api/posts/${id}`, {
        method: 'PATCH',
        body: JSON.stringify({ moderationStatus: to }),
      })
    }
    const log = await call(
      'moderator',
      `/api/moderation-log?where[documentId][equals]=${id}&sort=createdAt&limit=20`,
    )
    const entries = (log.body.docs as Json[]).map((d) => [d.from ?? null, d.to])
    expect(entries).toEqual([
      [null, 'pending'],
      ['pending', 'published'],
      ['published', 'promoted'],
      ['promoted', 'hidden'],
    ])
    const entryId = ((log.body.docs as Json[])[0] as Json).id
    expect(
      (
        await call('admin', `/api/moderation-log/${entryId}`, {
          method: 'PATCH',
          body: JSON.stringify({ to: 'featured' }),
        })
      ).status,
    ).toBe(403)
    expect(
      (await call('admin', `/api/moderation-log/${entryId}`, { method: 'DELETE' })).status,
    ).toBe(403)
    expect((await call('anonymous', '/api/moderation-log')).status).toBe(403)
    expect((await call('reviewer', '/api/moderation-log')).status).toBe(403)
  })
})
