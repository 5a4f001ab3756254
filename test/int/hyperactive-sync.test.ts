/**
 * A calendar that keeps syncing with a live Hyperactive source, through the real server: two
 * successive source files with events made here in between, places and series both ways,
 * conflicts with edits made here, a file given back in its own order, times in zones across a
 * daylight-saving change, and feed validators over hide, delete and edit.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'

import { type ApiClient, apiClient, type Json } from '../helpers/api.js'
import { feedReadersAvailable, parseIcs, parseRss } from '../helpers/feedReaders.js'
import { runCli, type ServerProcess, startSeededServer } from '../helpers/server.js'

if (!feedReadersAvailable()) {
  throw new Error(
    'The feed tests read feeds with Debian’s parsers: apt-get install python3-feedparser python3-icalendar',
  )
}

let server: ServerProcess
let close: () => Promise<void>
let env: NodeJS.ProcessEnv
let client: ApiClient
let tmp: string
let staff: Record<string, string>

const LOCAL_FROM = 2 ** 31

const get = async (urlPath: string, headers: Record<string, string> = {}) => {
  const res = await fetch(`${server.url}${urlPath}`, { headers })
  return { status: res.status, headers: res.headers, text: await res.text() }
}
const secondPasses = () => new Promise((resolve) => setTimeout(resolve, 1100))

type Source = {
  id: number
  title: string
  date: string
  status?: string
  place?: string | null
  group?: number | null
  body?: string
  createdOn?: string
  /** false: the import runs the content filters, and marks it checked. */
  checked?: boolean
}

/** One record as Rails 2.2 wrote it: alphabetical elements, typed, nil where NULL. */
const record = (e: Source) =>
  `  <event>
    <auto-moderation-checked type="boolean">${e.checked ?? true}</auto-moderation-checked>
    <body>${e.body ?? '&lt;p&gt;From the source calendar.&lt;/p&gt;'}</body>
    <created-on type="datetime">${e.createdOn ?? '2030-01-15T10:30:00+00:00'}</created-on>
    <date type="datetime">${e.date}</date>
${e.group ? `    <event-group-id type="integer">${e.group}</event-group-id>` : '    <event-group-id type="integer" nil="true"></event-group-id>'}
    <id type="integer">${e.id}</id>
    <moderation-status>${e.status ?? 'published'}</moderation-status>
${e.place === null ? '    <place nil="true"></place>' : `    <place>${e.place ?? ''}</place>`}
    <title>${e.title}</title>
    <updated-on type="datetime">2030-01-16T08:00:00+00:00</updated-on>
  </event>
`
const file = (...events: Source[]) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<events type="array">\n${events.map(record).join('')}</events>\n`

const write = (name: string, xml: string) => {
  const p = path.join(tmp, name)
  fs.writeFileSync(p, xml)
  return p
}
const importXml = async (name: string, xml: string) => {
  const run = await runCli('import-hyperactive', [write(name, xml), '--json'], env)
  return { status: run.status, summary: JSON.parse(run.stdout || '{}') as Json, stderr: run.stderr }
}
const eventByFeedId = async (feedId: number) =>
  (
    (await client.call('admin', `/api/events?where[feedId][equals]=${feedId}&depth=1`)).body
      .docs as Json[]
  )[0]!
const createEvent = async (data: Json) => {
  const res = await client.call('organizer', '/api/events', {
    method: 'POST',
    body: JSON.stringify({ moderationStatus: 'published', ...data }),
  })
  expect(res.status).toBe(201)
  return res.body.doc as Json
}

const SOURCE_1: Source[] = [
  {
    id: 9601,
    title: 'Rent strike teach-in',
    date: '2031-03-29T19:00:00+00:00',
    place: 'Rampart Social Centre',
    group: 41,
    createdOn: '2030-02-01T09:15:00+00:00',
  },
  {
    id: 9602,
    title: 'Rent strike teach-in (2)',
    date: '2031-04-05T19:00:00+01:00',
    place: 'rampart   social  centre',
    group: 41,
  },
]

beforeAll(async () => {
  ;({ server, close, env } = await startSeededServer())
  client = apiClient(server.url)
  await client.login('admin', 'organizer')
  staff = { Authorization: client.authorization('admin') }
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'hyperactive-sync-'))
}, 180_000)

afterAll(async () => {
  await close?.()
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true })
})

describe('a source and this CMS never take each other’s ids', () => {
  let first: Json
  const made: Json[] = []

  test('the first file imports; its export by import id is the file, byte for byte', async () => {
    const xml = file(...SOURCE_1)
    const run = await importXml('source-1.xml', xml)
    expect(run.status).toBe(0)
    first = run.summary
    expect(first).toMatchObject({ created: 2, placesCreated: 1, seriesCreated: 1, failed: [] })
    const back = await get(`/events.xml?import=${first.importId}`, staff)
    expect(back.status).toBe(200)
    expect(back.text).toBe(xml)
  })

  test('events made here between two files take ids above the source’s range', async () => {
    for (const title of ['Made here: skills share', 'Made here: potluck']) {
      made.push(await createEvent({ title, startsAt: '2031-05-01T18:00:00.000Z' }))
    }
    expect(made[0]!.feedId).toBeGreaterThan(2 ** 31 - 1)
    expect(made[1]!.feedId).toBe((made[0]!.feedId as number) + 1)
  })

  test('the source’s next file, with the ids it hands out next, imports whole', async () => {
    // 9603 is the number after the highest imported one: what a source gives its next event.
    const run = await importXml(
      'source-2.xml',
      file({ ...SOURCE_1[0]!, title: 'Rent strike teach-in: new room' }, SOURCE_1[1]!, {
        id: 9603,
        title: 'Tenants’ union general meeting',
        date: '2031-04-12T18:30:00+01:00',
        place: 'RAMPART SOCIAL CENTRE',
      }),
    )
    expect(run.status).toBe(0)
    expect(run.summary).toMatchObject({
      created: 1,
      updated: 1,
      unchanged: 1,
      placesCreated: 0,
      seriesCreated: 0,
      conflicts: [],
      failed: [],
    })
    // Both kinds of URL still name their own event.
    for (const doc of made) {
      const one = await get(`/events/${doc.feedId}.xml`)
      expect(one.status).toBe(200)
      expect(one.text).toContain(`<title>${doc.title}</title>`)
      expect((await get(`/events/${doc.feedId}.ics`)).status).toBe(200)
    }
    expect((await get('/events/9603.xml')).text).toContain(
      'Tenants’ union general meeting'.replace('’', '&#8217;'),
    )
  })

  test.each([
    ['the first id above the source’s range', 2 ** 31],
    ['an id made here', LOCAL_FROM + 1],
  ])('a file bringing %s is refused, naming the line; nothing is written', async (_, id) => {
    const before = (await client.call('admin', '/api/events/count')).body.totalDocs
    const xml = file(
      { id: 9650, title: 'Fine', date: '2031-06-01T10:00:00+00:00' },
      { id, title: 'Not a Hyperactive id', date: '2031-06-02T10:00:00+00:00' },
    )
    const line = xml.split('\n').indexOf(`    <id type="integer">${id}</id>`) + 1
    const run = await importXml(`above-${id}.xml`, xml)
    expect(run.status).toBe(1)
    const failed = run.summary.failed as { line?: number; message: string }[]
    expect(failed[0]!.message).toBe(
      `line ${line}: <id>: ${id} is above 2147483647, the largest id Hyperactive gives; ` +
        'ids above it are those of events and series made in this CMS',
    )
    expect((await client.call('admin', '/api/events/count')).body.totalDocs).toBe(before)
  })
})

describe('places and series, both ways', () => {
  test('one place for a venue however its text is spelled, in REST, iCalendar and RSS', async () => {
    const events = await Promise.all([9601, 9602, 9603].map(eventByFeedId))
    const places = events.map((e) => e.place as Json)
    expect(places.map((p) => p.name)).toEqual(Array(3).fill('Rampart Social Centre'))
    expect(new Set(places.map((p) => p.id)).size).toBe(1)
    const named = await client.call(
      'admin',
      '/api/places?where[name][like]=rampart&depth=0&limit=10',
    )
    expect(named.body.totalDocs).toBe(1)
    // Anonymous readers see the place too.
    const anon = await client.call(undefined, '/api/events?where[feedId][equals]=9603&depth=1')
    expect(((anon.body.docs as Json[])[0]!.place as Json).name).toBe('Rampart Social Centre')
    expect(parseIcs((await get('/events/9603.ics')).text).events[0]!.location).toContain(
      'Rampart Social Centre',
    )
    const rss = parseRss((await get(`/feeds/events.rss?place=${places[0]!.id}`)).text)
    expect(rss.entries.map((e) => e.location)).toEqual(Array(3).fill('Rampart Social Centre'))
  })

  test('an existing place is found by its name, not made again', async () => {
    const existing = (
      (await client.call('admin', '/api/places?limit=1&depth=0&sort=createdAt')).body.docs as Json[]
    )[0]!
    const run = await importXml(
      'existing-place.xml',
      file({
        id: 9604,
        title: 'At a place we know',
        date: '2031-06-10T18:00:00+00:00',
        place: ` ${String(existing.name).toUpperCase()} `,
      }),
    )
    expect(run.summary).toMatchObject({ created: 1, placesCreated: 0, failed: [] })
    expect(((await eventByFeedId(9604)).place as Json).id).toBe(existing.id)
  })

  test('events of one source series share one series, which keeps the source id', async () => {
    const [a, b] = await Promise.all([9601, 9602].map(eventByFeedId))
    const series = a!.eventGroup as Json
    expect(series).toMatchObject({ hyperactiveId: 41, title: 'Rent strike teach-in' })
    expect((b!.eventGroup as Json).id).toBe(series.id)
    expect((await eventByFeedId(9603)).eventGroup).toBeNull()
  })

  test('a series made here exports an event-group-id of its own', async () => {
    const res = await client.call('organizer', '/api/event-groups', {
      method: 'POST',
      body: JSON.stringify({ title: 'Monthly repair café' }),
    })
    expect(res.status).toBe(201)
    const series = res.body.doc as Json
    expect(series.hyperactiveId).toBeGreaterThan(2 ** 31 - 1)
    const event = await createEvent({
      title: 'Repair café, June',
      startsAt: '2031-06-20T17:00:00.000Z',
      eventGroup: series.id,
    })
    const xml = (await get(`/events/${event.feedId}.xml`, staff)).text
    expect(xml).toContain(`<event-group-id type="integer">${series.hyperactiveId}</event-group-id>`)
  })
})

describe('edits made here and a source that changes', () => {
  test('re-importing after an edit here keeps the edit and names what differs', async () => {
    const doc = await eventByFeedId(9602)
    const patched = await client.call('organizer', `/api/events/${doc.id}`, {
      method: 'PATCH',
      body: JSON.stringify({ title: 'Teach-in, second session', moderationStatus: 'hidden' }),
    })
    expect(patched.status).toBe(200)
    const again = await importXml('source-1-again.xml', file(...SOURCE_1))
    expect(again.summary).toMatchObject({
      conflicts: [{ id: 9602, fields: ['moderation-status', 'title'] }],
      failed: [],
    })
    expect(await eventByFeedId(9602)).toMatchObject({
      title: 'Teach-in, second session',
      moderationStatus: 'hidden',
    })
  })

  test('a source change reaches the fields not edited here; edited ones stay', async () => {
    const run = await importXml(
      'source-3.xml',
      file({
        ...SOURCE_1[1]!,
        title: 'Rent strike teach-in, part two',
        body: '&lt;p&gt;Bring your lease.&lt;/p&gt;',
      }),
    )
    expect(run.summary).toMatchObject({
      updated: 1,
      conflicts: [{ id: 9602, fields: ['moderation-status', 'title'] }],
      failed: [],
    })
    const doc = await eventByFeedId(9602)
    expect(doc.title).toBe('Teach-in, second session')
    expect(JSON.stringify(doc.body)).toContain('Bring your lease.')
    // Where the source comes round to the edit, they agree and nothing is reported.
    const agreed = await importXml(
      'source-4.xml',
      file({ ...SOURCE_1[1]!, title: 'Teach-in, second session', status: 'hidden' }),
    )
    expect(agreed.summary).toMatchObject({ updated: 1, conflicts: [], failed: [] })
  })
})

describe('a file given back in its own order', () => {
  const ORDERED = [
    { id: 9621, title: 'Third by date', date: '2031-09-03T19:00:00+01:00', place: 'Union Hall' },
    {
      id: 9620,
      title: 'First by date',
      date: '2031-09-01T19:00:00+01:00',
      group: 77,
      checked: false,
    },
    {
      id: 9622,
      title: 'Hidden one',
      date: '2031-09-02T19:00:00+01:00',
      status: 'hidden',
      place: null,
    },
  ]

  test('a list: staff get it byte for byte, the command line too; the public its visible part', async () => {
    const xml = file(...ORDERED)
    const run = await importXml('ordered.xml', xml)
    expect(run.summary).toMatchObject({ created: 3, failed: [] })
    const id = run.summary.importId as string
    expect((await get(`/events.xml?import=${id}`, staff)).text).toBe(xml)
    const cli = await runCli('export-hyperactive', ['--import', id], env)
    expect(cli.status).toBe(0)
    expect(cli.stdout).toBe(xml)
    const anonymous = await get(`/events.xml?import=${id}`)
    expect(anonymous.text).toContain('Third by date')
    expect(anonymous.text).not.toContain('Hidden one')
    // Checked by the filters on the way in: that is the import's doing, not an edit here.
    expect((await eventByFeedId(9620)).autoModerationChecked).toBe(true)
    const again = await importXml('ordered-again.xml', xml)
    expect(again.summary).toMatchObject({ unchanged: 3, conflicts: [], failed: [] })
    expect((await get(`/events.xml?import=${again.summary.importId}`, staff)).text).toBe(xml)
  })

  test('one event: given back as <event>, byte for byte', async () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>\n${record({
      id: 9630,
      title: 'Alone',
      date: '2031-10-01T12:00:00+01:00',
      place: 'Union Hall',
    })
      .split('\n')
      .map((line) => line.replace(/^ {2}/, ''))
      .join('\n')
      .trimEnd()}\n`
    const run = await importXml('single.xml', xml)
    expect(run.summary).toMatchObject({ created: 1, placesCreated: 0, failed: [] })
    expect((await get(`/events.xml?import=${run.summary.importId}`, staff)).text).toBe(xml)
  })

  test('an unknown or malformed import id is a 404 or a 400 naming the parameter', async () => {
    const unknown = await get('/events.xml?import=00000000-0000-4000-8000-000000000000', staff)
    expect(unknown.status).toBe(404)
    expect(unknown.text).toMatch(/No import/)
    const bad = await get('/events.xml?import=..%2F..%2Fetc')
    expect(bad.status).toBe(400)
    expect(bad.text).toMatch(/^import: /)
  })
})

describe('times and zones', () => {
  test('an event made with no zone gets the site’s (UTC when SITE_TIME_ZONE is unset)', async () => {
    const doc = await createEvent({ title: 'No zone given', startsAt: '2031-07-01T12:00:00.000Z' })
    expect(doc.startsAt_tz).toBe('UTC')
    expect((await eventByFeedId(9601)).startsAt_tz).toBe('UTC')
  })

  test('RSS: each event at its local time, zone and offset named, across a DST change', async () => {
    const tag = 'dst-check'
    await createEvent({
      title: 'Before the clocks go forward',
      startsAt: '2031-03-29T19:00:00.000Z',
      startsAt_tz: 'Europe/London',
      tags: [tag],
    })
    await createEvent({
      title: 'After the clocks go forward',
      startsAt: '2031-03-30T18:00:00.000Z',
      endsAt: '2031-03-30T20:30:00.000Z',
      startsAt_tz: 'Europe/London',
      tags: [tag],
    })
    const rss = parseRss((await get(`/feeds/events.rss?tag=${tag}`)).text)
    expect(rss.bozo).toBe(false)
    expect(rss.entries.map((e) => [e.start, e.end])).toEqual([
      ['2031-03-29T19:00:00+00:00', null],
      ['2031-03-30T19:00:00+01:00', '2031-03-30T21:30:00+01:00'],
    ])
    // The end in the event's zone (the start's), whatever zone its own field was left at.
    expect(rss.entries.map((e) => e.summary)).toEqual([
      'Saturday, 29 March 2031, 19:00 Greenwich Mean Time (UTC+00:00)',
      'Sunday, 30 March 2031, 19:00–21:30 British Summer Time (UTC+01:00)',
    ])
  })

  test('RSS: an imported event’s date is when its source created it', async () => {
    const place = ((await eventByFeedId(9601)).place as Json).id
    const rss = parseRss((await get(`/feeds/events.rss?place=${place}`)).text)
    // 9601, as the first file made it again (created on 2030-02-01 09:15 at the source).
    const entry = rss.entries.find((e) => e.title === 'Rent strike teach-in')
    expect(entry?.publishedUtc).toBe('2030-02-01T09:15:00Z')
  })
})

describe('feed validators never go back', () => {
  test.each(['/events.xml', '/feeds/events.ics', '/feeds/events.rss'])(
    '%s: a newer Last-Modified after hide, delete and edit',
    async (feed) => {
      const title = `Newest in ${feed.replace(/\W/g, ' ').trim()}`
      const event = await createEvent({
        title,
        startsAt: '2031-08-01T18:00:00.000Z',
      })
      const other = await eventByFeedId(9603)
      const dates: number[] = []
      const step = async () => {
        await secondPasses()
        const res = await get(feed)
        expect(res.status).toBe(200)
        const lastModified = res.headers.get('last-modified')!
        expect(Date.parse(lastModified)).not.toBeNaN()
        // Unchanged: a client that sends only the date is told so.
        expect((await get(feed, { 'If-Modified-Since': lastModified })).status).toBe(304)
        const previous = dates.at(-1)
        if (previous !== undefined) {
          expect(Date.parse(lastModified)).toBeGreaterThan(previous)
          const stale = new Date(previous).toUTCString()
          expect((await get(feed, { 'If-Modified-Since': stale })).status).toBe(200)
        }
        dates.push(Date.parse(lastModified))
        return res.text
      }
      expect(await step()).toContain(title)
      await secondPasses()
      await client.call('organizer', `/api/events/${event.id}`, {
        method: 'PATCH',
        body: JSON.stringify({ moderationStatus: 'hidden' }),
      })
      expect(await step()).not.toContain(title)
      await secondPasses()
      const removed = await client.call('admin', `/api/events/${event.id}`, { method: 'DELETE' })
      expect(removed.status).toBe(200)
      await step()
      await secondPasses()
      await client.call('organizer', `/api/events/${other.id}`, {
        method: 'PATCH',
        body: JSON.stringify({ publishedBy: `Edited for ${feed}` }),
      })
      await step()
    },
    60_000,
  )

  test('an empty /events.xml carries a Last-Modified too', async () => {
    await secondPasses()
    const empty = await get('/events.xml?from=2099-01-01')
    expect(empty.text).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<events type="array"/>\n')
    expect(Date.parse(empty.headers.get('last-modified')!)).not.toBeNaN()
  })
})
