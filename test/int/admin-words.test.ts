/**
 * The words an organizer reads in the admin: every field they can see is named in both
 * languages, no label or description speaks in code (paths of the API, sort keys, field names,
 * "id"), and what the system keeps about an item waits in a closed group of the sidebar.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { createLocalReq, type Field, type PayloadRequest } from 'payload'

import { bootPayload, type TestPayload } from '../helpers/payload.js'

let app: TestPayload
let organizer: PayloadRequest
let admin: PayloadRequest

/** Code in a sentence: an API path naming a file or a placeholder, a sort key, a camelCase
 * name, or the words developers use for identifiers and formats. */
const CODE =
  /(^|[\s(])\/[\w/-]*[A-Z.][\w/.-]*|(^|\s)-[a-z]\w+|\b[a-z]+[A-Z]\w*\b|\b(id|ids|ID|API|JSON|slug|RRULE)\b/

// Added and translated by Payload itself (its auth fields) or Payload's own internals.
const PAYLOADS_OWN = new Set(['email', 'enableAPIKey', 'apiKey', 'hasAPIKey', 'sessions'])

type Seen = { where: string; field: Field }

/** Every field a form shows, with where it is, looking into tabs, rows, groups and arrays. */
function shown(where: string, fields: Field[], into: Seen[] = []): Seen[] {
  for (const field of fields) {
    if (field.admin && 'hidden' in field.admin && field.admin.hidden) continue
    if ('hidden' in field && field.hidden) continue
    if (field.type === 'tabs') {
      for (const tab of field.tabs) shown(where, tab.fields, into)
      continue
    }
    into.push({ where: `${where}.${'name' in field ? field.name : field.type}`, field })
    if ('name' in field && PAYLOADS_OWN.has(field.name)) continue
    if ('fields' in field) shown(where, field.fields, into)
  }
  return into
}

const texts = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : value && typeof value === 'object'
      ? Object.values(value).filter((v): v is string => typeof v === 'string')
      : []

beforeAll(async () => {
  app = await bootPayload()
  organizer = await createLocalReq(
    { user: { id: 'organizer', roles: ['organizer'], collection: 'users' } as never },
    app.payload,
  )
  admin = await createLocalReq(
    { user: { id: 'admin', roles: ['admin'], collection: 'users' } as never },
    app.payload,
  )
}, 120_000)

afterAll(async () => {
  await app?.teardown()
})

/** The collections an organizer (or another role) reads in the admin, and every global. */
async function organizerScreens(req = organizer) {
  const screens: { slug: string; fields: Field[] }[] = []
  for (const { config } of Object.values(app.payload.collections)) {
    if (config.admin?.hidden === true || config.slug.startsWith('payload-')) continue
    const allowed = config.access?.read ? await config.access.read({ req }) : true
    if (allowed) screens.push({ slug: config.slug, fields: config.fields })
  }
  for (const global of app.payload.config.globals) {
    if (!global.slug.startsWith('payload-'))
      screens.push({ slug: global.slug, fields: global.fields })
  }
  return screens
}

describe('the admin in plain words', () => {
  test('every field an organizer sees has a label in English and Spanish', async () => {
    const unnamed: string[] = []
    for (const { slug, fields } of await organizerScreens()) {
      for (const { where, field } of shown(slug, fields)) {
        if (!('name' in field) || field.type === 'ui' || PAYLOADS_OWN.has(field.name)) continue
        if (['id', 'createdAt', 'updatedAt'].includes(field.name)) continue
        const label = field.label as unknown
        const both = label && typeof label === 'object' && 'en' in label && 'es' in label
        if (label !== false && !both) unnamed.push(where)
      }
    }
    expect(unnamed).toEqual([])
  })

  test('every field staff see has a plain description in English and Spanish', async () => {
    const bare: string[] = []
    const screens = await organizerScreens(admin)
    expect(screens.map((s) => s.slug)).toEqual(
      expect.arrayContaining(['events', 'proposals', 'content-call', 'webhooks', 'site']),
    )
    for (const { slug, fields } of screens) {
      for (const { where, field } of shown(slug, fields)) {
        if (!('name' in field) || field.type === 'ui' || PAYLOADS_OWN.has(field.name)) continue
        if (['id', 'createdAt', 'updatedAt', 'deletedAt'].includes(field.name)) continue
        const description = (field.admin as { description?: unknown } | undefined)?.description
        if (typeof description === 'function') continue
        const both =
          description &&
          typeof description === 'object' &&
          'en' in description &&
          'es' in description
        const words = both ? texts(description) : []
        if (!both || words.some((text) => text.trim().length < 8)) bare.push(where)
      }
    }
    expect(bare).toEqual([])
  })

  test('every list of rows an organizer sees names its rows in both languages (not "Option 01")', async () => {
    const unnamed: string[] = []
    for (const { slug, fields } of await organizerScreens()) {
      for (const { where, field } of shown(slug, fields)) {
        if (field.type !== 'array' || PAYLOADS_OWN.has(field.name)) continue
        const labels = field.labels as { singular?: unknown; plural?: unknown } | undefined
        const both = (value: unknown) =>
          Boolean(value && typeof value === 'object' && 'en' in value && 'es' in value)
        if (!both(labels?.singular) || !both(labels?.plural)) unnamed.push(where)
      }
    }
    expect(unnamed).toEqual([])
  })

  test('no label or description staff read speaks in code', async () => {
    const coded: string[] = []
    for (const { slug, fields } of await organizerScreens(admin)) {
      for (const { where, field } of shown(slug, fields)) {
        const description =
          field.admin && 'description' in field.admin ? field.admin.description : undefined
        const label = 'label' in field ? field.label : undefined
        for (const text of [...texts(label), ...texts(description)]) {
          if (CODE.test(text)) coded.push(`${where}: ${text}`)
        }
      }
    }
    expect(coded).toEqual([])
  })

  test.each(['posts', 'events', 'sessions', 'organizations'])(
    '%s: what the system keeps is in one closed group of the sidebar, each field described',
    (slug) => {
      const fields = app.payload.collections[slug as 'posts'].config.fields
      const kept = ['prominence', 'autoModerationChecked', 'createdBy']
      const groups = fields.filter(
        (f) =>
          f.type === 'collapsible' &&
          f.fields.some((inner) => 'name' in inner && kept.includes(inner.name)),
      )
      expect(groups).toHaveLength(1)
      const group = groups[0] as Extract<Field, { type: 'collapsible' }>
      expect(group.admin).toMatchObject({ position: 'sidebar', initCollapsed: true })
      expect(group.fields.map((f) => ('name' in f ? f.name : f.type))).toEqual(kept)
      for (const field of group.fields) {
        const description =
          field.admin && 'description' in field.admin ? field.admin.description : undefined
        expect(description).toEqual({ en: expect.any(String), es: expect.any(String) })
      }
      // Nothing of it is left loose at the top of the form.
      expect(fields.filter((f) => 'name' in f && kept.includes(f.name))).toEqual([])
    },
  )

  test('an event’s number in the shared feed is in a closed sidebar group of its own, explained', () => {
    const fields = app.payload.collections.events.config.fields
    const feed = fields.find(
      (f) =>
        f.type === 'collapsible' &&
        f.fields.some((inner) => 'name' in inner && inner.name === 'feedId'),
    ) as Extract<Field, { type: 'collapsible' }> | undefined
    expect(feed?.admin).toMatchObject({ position: 'sidebar', initCollapsed: true })
    expect(feed?.label).toEqual({
      en: 'In the shared calendar feed',
      es: 'En el feed de calendario compartido',
    })
  })
})
