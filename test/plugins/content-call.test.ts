/**
 * The content-call plugin alone (#21): the app's four collections reduced to the fields the
 * plugin reads and writes, the moderation plugin it builds on, a `sendEmail` task that records
 * what it is given, and role names the app does not use. SQLite.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { CollectionConfig, Config, TypedUser } from 'payload'

import {
  contentCallPlugin,
  PRIVATE_LINK_EDIT,
  seedCall,
  setSpentStamps,
  setSubmissionLimiter,
  SUBMISSION_LOCALE,
} from '../../plugins/content-call/index.js'
import { handlePropose, initialState } from '../../plugins/content-call/exports/site.js'
import { memoryLimiter } from '../../plugins/content-call/utilities/rateLimit.js'
import { memorySpentStamps } from '../../plugins/content-call/utilities/spentStamps.js'
import { moderationPlugin } from '../../plugins/moderation/index.js'
import { type Alone, alone, recordingMailTask } from './minimal.js'

const FORMATS = [
  { value: 'circle', label: { en: 'Circle', es: 'Círculo' } },
  { value: 'walk', label: { en: 'Walk', es: 'Paseo' } },
]
const LANGUAGES = [
  { value: 'en', label: { en: 'English', es: 'Inglés' } },
  { value: 'nah', label: { en: 'Nahuatl', es: 'Náhuatl' } },
]
const anyone = { read: () => true }

const hostCollections = (): CollectionConfig[] => [
  {
    slug: 'organizations',
    access: anyone,
    fields: [
      { name: 'name', type: 'text', required: true },
      { name: 'kind', type: 'select', options: ['co-op', 'union', 'other'] },
      { name: 'website', type: 'text' },
      { name: 'city', type: 'text' },
      { name: 'region', type: 'text' },
      { name: 'country', type: 'text' },
      { name: 'listPublicly', type: 'checkbox' },
      { name: 'relationship', type: 'select', hasMany: true, options: ['endorser', 'sponsor'] },
    ],
  },
  {
    slug: 'events',
    access: anyone,
    fields: [
      { name: 'title', type: 'text' },
      { name: 'slug', type: 'text' },
    ],
  },
  {
    slug: 'people',
    fields: [
      { name: 'name', type: 'text' },
      { name: 'email', type: 'email' },
      { name: 'pronouns', type: 'text' },
      { name: 'organization', type: 'relationship', relationTo: 'organizations' },
    ],
  },
  {
    slug: 'sessions',
    access: anyone,
    fields: [
      { name: 'title', type: 'text' },
      { name: 'event', type: 'relationship', relationTo: 'events' },
      { name: 'abstract', type: 'textarea' },
      { name: 'description', type: 'richText' },
      {
        type: 'row',
        fields: [
          { name: 'format', type: 'select', options: FORMATS },
          { name: 'track', type: 'text' },
        ],
      },
      { name: 'languages', type: 'select', hasMany: true, options: LANGUAGES },
      { name: 'facilitators', type: 'relationship', relationTo: 'people', hasMany: true },
      { name: 'proposal', type: 'relationship', relationTo: 'proposals' },
    ],
  },
]

const sendEmail = recordingMailTask([])

const plugins = [
  moderationPlugin({
    collections: { organizations: {}, sessions: {} },
    editorRoles: ['chief'],
    moderatorRoles: ['chief'],
  }),
  contentCallPlugin({
    roles: {
      admins: ['chief'],
      organizers: ['chief'],
      reviewers: ['critic'],
      moderators: ['keeper'],
    },
    adminGroup: 'The call',
  }),
]

let app: Alone
let chief: TypedUser
let critic: TypedUser

beforeAll(async () => {
  app = await alone(hostCollections(), plugins)
  chief = await app.user(['chief'])
  critic = await app.user(['critic'])
  await seedCall(app.payload, {
    gatheringSlug: 'none-yet',
    opensAt: '2020-01-01T00:00:00.000Z',
    closesAt: '2099-01-01T00:00:00.000Z',
    intro: { en: 'Propose', es: 'Propón' },
    formats: ['circle', 'walk'],
    lengths: ['60'],
    languages: ['en', 'nah'],
    tracks: [{ key: 'land', label: { en: 'Land', es: 'Tierra' } }],
    questions: [],
    criteria: [{ key: 'fit', weight: 1, label: { en: 'Fit', es: 'Encaje' } }],
    maxPerEmail: 2,
    minFillSeconds: 0,
  })
}, 120_000)

afterAll(async () => app?.close())

const proposalForm = (stamp: string, extra: Record<string, string> = {}) => {
  const form = new FormData()
  const fields = {
    locale: 'es',
    stamp,
    title: 'Land trusts in practice',
    format: 'walk',
    description: 'A walk through a community land trust.',
    length: '60',
    languages: 'nah',
    track: 'land',
    submitterName: 'Ana',
    submitterEmail: 'ana@example.org',
    consent: 'on',
    ...extra,
  }
  for (const [key, value] of Object.entries(fields)) form.append(key, value)
  return form
}

describe('content call alone', () => {
  test('its vocabulary is the host’s: proposal formats and languages are the sessions’ own', () => {
    const proposals = app.payload.collections.proposals!.config
    const select = (name: string) =>
      proposals.flattenedFields.find((f) => f.name === name) as { options: { value: string }[] }
    expect(select('format').options.map((o) => o.value)).toEqual(['circle', 'walk'])
    expect(select('languages').options.map((o) => o.value)).toEqual(['en', 'nah'])
    expect(proposals.admin.group).toBe('The call')
  })

  test('a proposal through the form’s server side is stored pending, and mailed in Spanish', async () => {
    const secret = app.payload.secret
    const state = await handlePropose(proposalForm(initialState(secret).stamp), {
      payload: app.payload,
      client: '192.0.2.7',
      secret,
    })
    expect(state).toMatchObject({ status: 'done', email: 'ana@example.org' })
    const { docs } = await app.payload.find({ collection: 'proposals', user: chief })
    expect(docs.map((d) => [d.title, d.reviewState, d.format])).toEqual([
      ['Land trusts in practice', 'pending', 'walk'],
    ])
    await app.payload.jobs.run()
    expect(app.outbox).toEqual([
      { to: 'ana@example.org', subject: 'Tu propuesta: Land trusts in practice' },
    ])
  })

  test('a form the call does not offer is answered with the field named, nothing stored', async () => {
    const secret = app.payload.secret
    const state = await handlePropose(
      proposalForm(initialState(secret).stamp, { format: 'panel' }),
      { payload: app.payload, client: '192.0.2.8', secret },
    )
    expect(state.status).toBe('error')
    expect(Object.keys(state.errors)).toEqual(['format'])
    expect((await app.payload.count({ collection: 'proposals' })).totalDocs).toBe(1)
  })

  test('a limit or stamp store that fails refuses the form, says to retry and stores nothing', async () => {
    const secret = app.payload.secret
    const before = (await app.payload.count({ collection: 'proposals' })).totalDocs
    const down = () => Promise.reject(new Error('connection is closed'))
    try {
      setSpentStamps({ spend: down })
      const stamps = await handlePropose(
        proposalForm(initialState(secret).stamp, { title: 'Stamp store down' }),
        { payload: app.payload, client: '192.0.2.9', secret },
      )
      expect(stamps).toMatchObject({ status: 'error', message: expect.stringMatching(/pausa/) })
      setSpentStamps(memorySpentStamps())
      setSubmissionLimiter({ consume: down })
      const limits = await handlePropose(
        proposalForm(initialState(secret).stamp, { title: 'Limit store down' }),
        { payload: app.payload, client: '192.0.2.9', secret },
      )
      expect(limits).toMatchObject({ status: 'error', message: expect.stringMatching(/pausa/) })
    } finally {
      setSpentStamps(memorySpentStamps())
      setSubmissionLimiter(memoryLimiter())
    }
    expect((await app.payload.count({ collection: 'proposals' })).totalDocs).toBe(before)
  })

  test('the public may not set privileged fields on any way in', async () => {
    const doc = await app.payload.create({
      collection: 'proposals',
      data: {
        title: 'Self-accepted',
        description: 'Trying.',
        submitterName: 'Bo',
        submitterEmail: 'bo@example.org',
        consent: true,
        format: 'circle',
        reviewState: 'accepted',
        reviewScore: 5,
      } as never,
      overrideAccess: false,
      context: { [SUBMISSION_LOCALE]: 'en', [PRIVATE_LINK_EDIT]: false },
    })
    const stored = await app.payload.findByID({ collection: 'proposals', id: doc.id, user: chief })
    expect([stored.reviewState, stored.reviewScore ?? null]).toEqual(['pending', null])
  })

  test('roles are the ones given: organizers read contact details, reviewers not, the public nothing', async () => {
    const asChief = await app.payload.find({
      collection: 'proposals',
      user: chief,
      overrideAccess: false,
    })
    expect(asChief.docs.length).toBeGreaterThan(0)
    expect(asChief.docs.every((d) => typeof d.submitterEmail === 'string')).toBe(true)
    const asCritic = await app.payload.find({
      collection: 'proposals',
      user: critic,
      overrideAccess: false,
    })
    expect(asCritic.docs.length).toBe(asChief.docs.length)
    expect(asCritic.docs.map((d) => d.submitterEmail)).toEqual(asCritic.docs.map(() => undefined))
    await expect(
      app.payload.find({ collection: 'proposals', overrideAccess: false }),
    ).rejects.toThrow()
  })

  test('a host without what the plugin reads is refused at startup, naming it', async () => {
    const hosts = hostCollections().map((c) =>
      c.slug === 'sessions' ? { ...c, fields: c.fields.filter((f) => f.type !== 'row') } : c,
    )
    const config = {
      collections: hosts,
      jobs: { tasks: [sendEmail as never] },
    } as unknown as Config
    expect(() => contentCallPlugin()(config)).toThrow(
      '[content-call] the "sessions" collection needs a select field "format"',
    )
    const noMail = { collections: hostCollections() } as unknown as Config
    expect(() => contentCallPlugin()(noMail)).toThrow('[content-call] a "sendEmail" task')
  })
})
