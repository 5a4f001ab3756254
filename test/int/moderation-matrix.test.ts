/**
 * The write side of the moderation access matrix: every role (and anonymous) × every state ×
 * create / change state / edit / delete, over REST and GraphQL, with the log entries each
 * change leaves. (Reading per role and state is in moderation.test.ts.)
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'

import { MODERATION_STATES, type ModerationState } from '../../plugins/moderation/index.js'
import { type ApiClient, apiClient, type Json } from '../helpers/api.js'
import { type ServerProcess, startSeededServer } from '../helpers/server.js'

const WHO = ['admin', 'organizer', 'moderator', 'reviewer', 'anonymous'] as const
type Who = (typeof WHO)[number]

let server: ServerProcess
let close: () => Promise<void>
let client: ApiClient
let serial = 0

const as = (who: Who) => (who === 'anonymous' ? undefined : who)
const call = (who: Who, path: string, init: RequestInit = {}) => client.call(as(who), path, init)
const json = (method: string, body: unknown): RequestInit => ({
  method,
  body: JSON.stringify(body),
})

/** The rules, written out independently of the plugin's table. */
const mayCreate = (who: Who) => who === 'admin' || who === 'organizer'
const mayEdit = mayCreate
const mayDelete = mayCreate
const mayMove = (who: Who, to: ModerationState) =>
  mayCreate(who) || (who === 'moderator' && to !== 'pending')

/** A fresh post in `state`, made by an organizer. */
const postIn = async (state: ModerationState) => {
  const { status, body } = await call(
    'organizer',
    '/api/posts',
    json('POST', { title: `Matrix ${state} ${++serial}`, moderationStatus: state }),
  )
  if (status !== 201) throw new Error(`setup: creating a ${state} post answered ${status}`)
  return (body.doc as Json).id as string
}

const stored = async (id: string) =>
  (await call('admin', `/api/posts/${id}?depth=0`)).body as Json & { moderationStatus?: string }

const logOf = async (id: string) =>
  ((await call('admin', `/api/moderation-log?where[documentId][equals]=${id}&sort=createdAt`)).body
    .docs ?? []) as Json[]

beforeAll(async () => {
  ;({ server, close } = await startSeededServer())
  client = apiClient(server.url)
  await client.login('admin', 'organizer', 'moderator', 'reviewer')
}, 180_000)

afterAll(async () => {
  await close?.()
})

const cells = WHO.flatMap((who) => MODERATION_STATES.map((state) => [who, state] as const))

describe('create', () => {
  test.each(cells)('%s creates a post asking for %s (REST and GraphQL)', async (who, state) => {
    const title = `Created by ${who} as ${state} ${++serial}`
    const rest = await call(who, '/api/posts', json('POST', { title, moderationStatus: state }))
    const gql = await client.graphql(
      as(who),
      `mutation { createPost(data: { title: "${title} (gql)", moderationStatus: ${state} }) { id moderationStatus } }`,
    )
    const found = await call('admin', `/api/posts?where[title][like]=${encodeURIComponent(title)}`)
    if (mayCreate(who)) {
      expect(rest.status).toBe(201)
      expect((rest.body.doc as Json).moderationStatus).toBe(state)
      expect(gql.body.data?.createPost).toMatchObject({ moderationStatus: state })
      expect(found.body.totalDocs).toBe(2)
    } else {
      expect(rest.status).toBe(403)
      expect(gql.body.errors?.[0]?.message).toMatch(/not allowed/i)
      expect(found.body.totalDocs).toBe(0)
    }
  })
})

describe('change of state', () => {
  const moves = WHO.flatMap((who) =>
    MODERATION_STATES.flatMap((from) =>
      MODERATION_STATES.filter((to) => to !== from).map((to) => [who, from, to] as const),
    ),
  )
  test.each(moves)('%s: %s → %s over REST', async (who, from, to) => {
    const id = await postIn(from)
    const res = await call(who, `/api/posts/${id}`, json('PATCH', { moderationStatus: to }))
    const allowed = mayMove(who, to)
    expect(res.status).toBe(allowed ? 200 : 403)
    if (!allowed && who === 'moderator') {
      const message = (res.body.errors as Json[])[0]?.message as string
      expect(message).toContain(`"${to}"`)
      expect(message).toContain('role moderator')
    }
    expect((await stored(id)).moderationStatus).toBe(allowed ? to : from)
    // The creation, then exactly one entry for a change that happened.
    const log = await logOf(id)
    expect(log.map((entry) => [entry.from ?? null, entry.to])).toEqual(
      allowed
        ? [
            [null, from],
            [from, to],
          ]
        : [[null, from]],
    )
  })

  test.each(cells)('%s: %s → another state over GraphQL', async (who, from) => {
    const to: ModerationState = from === 'hidden' ? 'published' : 'hidden'
    const id = await postIn(from)
    const gql = await client.graphql(
      as(who),
      `mutation { updatePost(id: "${id}", data: { moderationStatus: ${to} }) { moderationStatus } }`,
    )
    const allowed = mayMove(who, to)
    if (allowed) expect(gql.body.data?.updatePost).toEqual({ moderationStatus: to })
    else expect(gql.body.errors?.length).toBeGreaterThan(0)
    expect((await stored(id)).moderationStatus).toBe(allowed ? to : from)
    expect(await logOf(id)).toHaveLength(allowed ? 2 : 1)
  })
})

describe('edit and delete', () => {
  test.each(cells)('%s edits and deletes a %s post', async (who, state) => {
    const id = await postIn(state)
    const edit = await call(who, `/api/posts/${id}`, json('PATCH', { title: 'Rewritten' }))
    expect(edit.status).toBe(mayEdit(who) ? 200 : 403)
    expect((await stored(id)).title === 'Rewritten').toBe(mayEdit(who))

    const gqlDelete = await client.graphql(as(who), `mutation { deletePost(id: "${id}") { id } }`)
    expect(Boolean(gqlDelete.body.errors?.length)).toBe(!mayDelete(who))
    if (mayDelete(who)) {
      expect((await call('admin', `/api/posts/${id}`)).status).toBe(404)
      return
    }
    const rest = await call(who, `/api/posts/${id}`, { method: 'DELETE' })
    expect(rest.status).toBe(403)
    expect((await call('admin', `/api/posts/${id}`)).status).toBe(200)
  })
})

describe('the staff note', () => {
  test.each(WHO)('%s reads and writes adminNote only if a moderator or more', async (who) => {
    const id = await postIn('published')
    const note = {
      root: {
        type: 'root',
        version: 1,
        direction: null,
        format: '',
        indent: 0,
        children: [
          {
            type: 'paragraph',
            version: 1,
            direction: null,
            format: '',
            indent: 0,
            textFormat: 0,
            children: [
              {
                type: 'text',
                version: 1,
                text: `note by ${who}`,
                format: 0,
                detail: 0,
                mode: 'normal',
                style: '',
              },
            ],
          },
        ],
      },
    }
    const moderates = who === 'admin' || who === 'organizer' || who === 'moderator'
    const write = await call(who, `/api/posts/${id}`, json('PATCH', { adminNote: note }))
    expect(write.status).toBe(moderates ? 200 : 403)
    // Deep equality: PostgreSQL's jsonb does not keep the order of keys.
    expect((await stored(id)).adminNote ?? null).toEqual(moderates ? note : null)
    const read = await call(who, `/api/posts/${id}?depth=0`)
    expect(read.status).toBe(200)
    expect('adminNote' in read.body).toBe(moderates)
    const gql = await client.graphql(as(who), `{ Post(id: "${id}") { adminNote } }`)
    expect((gql.body.data?.Post as Json | null)?.adminNote ?? null).toEqual(moderates ? note : null)
  })
})
