/**
 * The Hyperactive plugin alone (#21): events, places, organizations and series reduced to the
 * fields the importer maps, the moderation plugin it builds on, role names the app does not
 * use. The seed's real export goes in and comes back out byte for byte. SQLite.
 */
import fs from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import type { CollectionConfig, TypedUser } from 'payload'

import { exportEvents, hyperactivePlugin, importEvents } from '../../plugins/hyperactive/index.js'
import { moderationPlugin } from '../../plugins/moderation/index.js'
import { type Alone, alone } from './minimal.js'

// The seed's real export, as the repository keeps its copy (a fresh clone has no ../shared).
const SEED = fs.readFileSync(
  path.join(import.meta.dirname, '..', '..', 'src', 'seed', 'hyperactive-event-2565.xml'),
  'utf8',
)
const anyone = { read: () => true }
const named = (slug: string, extra: CollectionConfig['fields'] = []): CollectionConfig => ({
  slug,
  access: anyone,
  fields: [{ name: 'name', type: 'text' }, ...extra],
})

const hostCollections = (): CollectionConfig[] => [
  {
    slug: 'events',
    access: anyone,
    fields: [
      { name: 'title', type: 'text', required: true },
      { name: 'summary', type: 'richText' },
      { name: 'body', type: 'richText' },
      { name: 'startsAt', type: 'date', required: true, timezone: true },
      { name: 'endsAt', type: 'date', timezone: true },
      { name: 'place', type: 'relationship', relationTo: 'places' },
      { name: 'eventGroup', type: 'relationship', relationTo: 'event-groups' },
      { name: 'organizations', type: 'relationship', relationTo: 'organizations', hasMany: true },
      { name: 'publishedBy', type: 'text' },
      { name: 'contactEmail', type: 'email' },
      { name: 'contactPhone', type: 'text' },
      { name: 'stickAtTop', type: 'checkbox' },
      { name: 'allowsComments', type: 'checkbox' },
    ],
  },
  named('places'),
  named('organizations', [
    { name: 'kind', type: 'text' },
    { name: 'listPublicly', type: 'checkbox' },
  ]),
  { slug: 'event-groups', access: anyone, fields: [{ name: 'title', type: 'text' }] },
]

let app: Alone
let steward: TypedUser

beforeAll(async () => {
  app = await alone(hostCollections(), [
    moderationPlugin({
      collections: { events: {}, organizations: {} } as never,
      editorRoles: ['chief'],
      moderatorRoles: ['chief', 'steward'],
    }),
    hyperactivePlugin({
      importTimeZone: 'Europe/London',
      roles: { staff: ['chief', 'steward'], import: ['chief'] },
      adminGroup: 'Interop',
    }),
  ])
  steward = await app.user(['steward'])
}, 120_000)

afterAll(async () => app?.close())

describe('hyperactive alone', () => {
  test('the seed export goes in: the event, its collective as a pending organization', async () => {
    const summary = await importEvents(app.payload, SEED, { timeZone: 'Europe/London' })
    expect(summary.failed).toEqual([])
    expect([summary.created, summary.organizationsCreated]).toEqual([1, 1])
    const orgs = await app.payload.find({ collection: 'organizations' as never })
    expect(
      orgs.docs.map((o) => (o as { hyperactiveCollectiveId: number }).hyperactiveCollectiveId),
    ).toEqual([27])
  })

  test('and comes back out byte for byte for the staff roles given', async () => {
    const out = await exportEvents(app.payload, { user: steward, query: { feedId: 2565 } })
    expect(out?.xml).toBe(SEED)
  })

  test('a second import of the same file changes nothing', async () => {
    const summary = await importEvents(app.payload, SEED, { timeZone: 'Europe/London' })
    expect([summary.created, summary.updated, summary.unchanged]).toEqual([0, 0, 1])
  })

  test('the public gets no admin note; an unknown role is the public', async () => {
    const stranger = await app.user(['moderator'])
    for (const user of [null, stranger]) {
      const out = await exportEvents(app.payload, { user, query: { feedId: 2565 } })
      expect(out?.xml).toContain('<title>')
      expect(out?.xml).not.toContain('admin-note')
    }
  })

  test('a file with an id above the source range is refused, naming its line', async () => {
    const bad = SEED.replace(/<id type="integer">\d+<\/id>/, '<id type="integer">2147483648</id>')
    const summary = await importEvents(app.payload, bad, { timeZone: 'Europe/London' })
    expect(summary.failed[0]?.line).toBeGreaterThan(1)
    expect(summary.failed[0]?.message).toMatch(/2147483648/)
  })
})
