/**
 * RSS and iCalendar feeds through the real server, read back by independent parsers (Debian's
 * python3-feedparser and python3-icalendar): titles, dates, time zones, filters, only visible
 * content, no private fields, and conditional requests.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'

import { projectRoot } from '../../src/paths.js'
import { paragraphs } from '../../plugins/shared/richText.js'
import { type ApiClient, apiClient, type Json } from '../helpers/api.js'
import { expandSeries, feedReadersAvailable, parseIcs, parseRss } from '../helpers/feedReaders.js'
import { type ServerProcess, startSeededServer } from '../helpers/server.js'
import { removeDemoSeason } from '../helpers/season.js'

if (!feedReadersAvailable()) {
  throw new Error(
    'The feed tests read feeds with Debian’s parsers: apt-get install python3-feedparser python3-icalendar',
  )
}

let close: () => Promise<void>
let server: ServerProcess
let client: ApiClient
const made: Record<string, Json> = {}
const SECRET = 'staff-only note: caller asked us not to publish her phone'

const get = async (path: string, headers: Record<string, string> = {}) => {
  const res = await fetch(`${server.url}${path}`, { headers })
  return { status: res.status, headers: res.headers, text: await res.text() }
}

const days = (n: number) => new Date(Date.now() + n * 86_400_000)
/** 18:00 on a day `n` days from now in Chicago (CST or CDT), as UTC. */
const chicagoEvening = (n: number) => {
  const day = days(n).toISOString().slice(0, 10)
  for (const offset of [5, 6]) {
    const utc = new Date(`${day}T${String(18 + offset).padStart(2, '0')}:00:00.000Z`)
    const local = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'America/Chicago',
      hour: '2-digit',
      hourCycle: 'h23',
    }).format(utc)
    if (local === '18') return utc
  }
  throw new Error('no 18:00 in Chicago that day')
}

async function createEvent(key: string, data: Json) {
  const res = await client.call('organizer', '/api/events', {
    method: 'POST',
    body: JSON.stringify({
      summary: paragraphs(`${data.title} summary.`),
      startsAt_tz: 'America/Chicago',
      ...data,
    }),
  })
  expect(res.status).toBe(201)
  made[key] = res.body.doc as Json
  return made[key]!
}

beforeAll(async () => {
  ;({ server, close } = await startSeededServer())
  client = apiClient(server.url)
  await client.login('organizer')
  // Without the demo's coming season, the upcoming feeds below hold exactly the events made
  // here, so their order and filters are checked item by item.
  await removeDemoSeason(client, 'organizer')
  const place = (
    (await client.call('organizer', '/api/places?limit=1&depth=0')).body.docs as Json[]
  )[0]!
  const org = (
    (
      await client.call(
        'organizer',
        '/api/organizations?where[moderationStatus][equals]=published&limit=1&depth=0',
      )
    ).body.docs as Json[]
  )[0]!
  const category = await client.call('organizer', '/api/categories', {
    method: 'POST',
    body: JSON.stringify({ name: 'Housing justice', slug: 'housing-justice' }),
  })
  expect(category.status).toBe(201)
  made.place = place
  made.org = org
  made.category = category.body.doc as Json
  const future = chicagoEvening(10)
  await createEvent('published', {
    title: 'Tenant assembly',
    startsAt: future.toISOString(),
    endsAt: new Date(future.getTime() + 2 * 3_600_000).toISOString(),
    place: place.id,
    organizations: [org.id],
    categories: [made.category.id],
    tags: ['housing'],
    moderationStatus: 'published',
    adminNote: paragraphs(SECRET),
    contactEmail: 'private@example.org',
  })
  await createEvent('featured', {
    title: 'Mutual aid fair',
    startsAt: chicagoEvening(20).toISOString(),
    moderationStatus: 'featured',
  })
  await createEvent('allDay', {
    title: 'Seed swap day',
    startsAt: chicagoEvening(30).toISOString(),
    allDay: true,
    moderationStatus: 'published',
  })
  await createEvent('pending', {
    title: 'Pending: not yet reviewed',
    startsAt: chicagoEvening(11).toISOString(),
    moderationStatus: 'pending',
  })
  await createEvent('hidden', {
    title: 'Hidden: spam offer',
    startsAt: chicagoEvening(12).toISOString(),
    moderationStatus: 'hidden',
  })
  await createEvent('past', {
    title: 'Last year’s assembly',
    startsAt: chicagoEvening(-400).toISOString(),
    moderationStatus: 'published',
  })
}, 180_000)

afterAll(async () => {
  await close?.()
})

describe('RSS 2.0', () => {
  test('posts: the visible ones, newest first, with dates; pending ones absent', async () => {
    const res = await get('/feeds/posts.rss')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8')
    const feed = parseRss(res.text)
    expect(feed.bozo).toBe(false)
    const titles = feed.entries.map((e) => e.title)
    expect(titles).toContain('Post Gathering Retrospective')
    expect(titles).toContain('Cliff Notes')
    expect(titles.some((t) => t.includes('demo submission'))).toBe(false)
    const retro = feed.entries.find((e) => e.title === 'Post Gathering Retrospective')!
    expect(new Date(retro.published!).toISOString()).toBe('2022-09-15T16:00:00.000Z')
    expect(retro.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/)
    const dates = feed.entries.map((e) => Date.parse(e.published!))
    expect(dates).toEqual([...dates].sort((a, b) => b - a))
  })

  test('posts in Spanish with ?locale=es', async () => {
    const feed = parseRss((await get('/feeds/posts.rss?locale=es')).text)
    expect(feed.language).toBe('es')
    expect(feed.entries.map((e) => e.title)).toContain('Preguntas frecuentes')
  })

  test('events: upcoming and visible only, soonest first, never private fields', async () => {
    const res = await get('/feeds/events.rss')
    const feed = parseRss(res.text)
    expect(feed.bozo).toBe(false)
    expect(feed.entries.map((e) => e.title)).toEqual([
      'Tenant assembly',
      'Mutual aid fair',
      'Seed swap day',
    ])
    for (const hidden of ['Pending', 'Hidden', 'Last year']) expect(res.text).not.toContain(hidden)
    expect(res.text).not.toContain(SECRET)
    expect(res.text).not.toContain('private@example.org')
    const assembly = feed.entries[0]!
    expect(new Date(assembly.published!).toISOString()).toBe(
      new Date(
        Math.floor(Date.parse(made.published!.createdAt as string) / 1000) * 1000,
      ).toISOString(),
    )
    expect(assembly.tags).toContain('Housing justice')
    // The description says when, in the event's own zone (18:00 in Chicago), and where.
    const day = new Intl.DateTimeFormat('en-GB', {
      dateStyle: 'full',
      timeZone: 'America/Chicago',
    }).format(new Date(made.published!.startsAt as string))
    expect(assembly.summary).toMatch(
      new RegExp(`^${day}, 18:00–20:00 Central (Standard|Daylight) Time \\(UTC−0[56]:00\\) · `),
    )
    expect(assembly.summary).toContain(made.place!.name as string)
  })

  test.each([
    ['status=promoted', ['Mutual aid fair']],
    ['category=housing-justice', ['Tenant assembly']],
    ['tag=housing', ['Tenant assembly']],
    ['organization=ORG', ['Tenant assembly']],
    ['place=PLACE', ['Tenant assembly']],
    ['category=no-such-category', []],
  ])('events filtered by %s', async (query, titles) => {
    const q = query
      .replace('ORG', (made.org!.slug as string) || (made.org!.id as string))
      .replace('PLACE', made.place!.id as string)
    const feed = parseRss((await get(`/feeds/events.rss?${q}`)).text)
    expect(feed.entries.map((e) => e.title)).toEqual(titles)
  })

  test.each([
    ['status=hidden', 'status'],
    ['locale=fr', 'locale'],
    ['limit=0', 'limit'],
    ['colour=red', 'colour'],
    ['place=somewhere', 'place'],
  ])('?%s is refused with a 400 naming the parameter', async (query, name) => {
    const res = await get(`/feeds/events.rss?${query}`)
    expect(res.status).toBe(400)
    expect(res.text).toContain(`?${name}`)
  })

  test('posts have no place filter, and say so', async () => {
    const res = await get(`/feeds/posts.rss?place=${made.place!.id}`)
    expect(res.status).toBe(400)
    expect(res.text).toContain('no ?place filter')
  })
})

describe('iCalendar', () => {
  test('events.ics: UTC times, stable UIDs, all-day dates in their zone, only visible events', async () => {
    const res = await get('/feeds/events.ics')
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8')
    const cal = parseIcs(res.text)
    expect(cal.events.map((e) => e.summary)).toEqual([
      'Tenant assembly',
      'Mutual aid fair',
      'Seed swap day',
    ])
    const assembly = cal.events[0]!
    expect(assembly.uid).toBe(`${made.published!.id}@dualpower-cms`)
    expect(new Date(assembly.start).toISOString()).toBe(made.published!.startsAt)
    expect(assembly.start).toMatch(/\+00:00$/)
    expect(new Date(assembly.end!).getTime() - new Date(assembly.start).getTime()).toBe(
      2 * 3_600_000,
    )
    expect(assembly.location).toContain(made.place!.name as string)
    expect(assembly.status).toBe('CONFIRMED')
    const swap = cal.events[2]!
    expect(swap.allDay).toBe(true)
    // The calendar day in Chicago, and DTEND the day after.
    const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Chicago' }).format(
      new Date(made.allDay!.startsAt as string),
    )
    expect(swap.start).toBe(day)
    expect(Date.parse(swap.end!) - Date.parse(swap.start)).toBe(86_400_000)
    expect(res.text).not.toContain(SECRET)
    // The same UIDs on every fetch.
    const again = parseIcs((await get('/feeds/events.ics')).text)
    expect(again.events.map((e) => e.uid)).toEqual(cal.events.map((e) => e.uid))
  })

  test('one event by its feed id; SEQUENCE grows when it changes; invisible ones are 404', async () => {
    const id = made.published!.feedId
    const before = parseIcs((await get(`/events/${id}.ics`)).text).events
    expect(before).toHaveLength(1)
    await new Promise((r) => setTimeout(r, 1100))
    const res = await client.call('organizer', `/api/events/${made.published!.id}`, {
      method: 'PATCH',
      body: JSON.stringify({ title: 'Tenant assembly (new room)' }),
    })
    expect(res.status).toBe(200)
    const after = parseIcs((await get(`/events/${id}.ics`)).text).events[0]!
    expect(after.summary).toBe('Tenant assembly (new room)')
    expect(after.uid).toBe(before[0]!.uid)
    expect(after.sequence!).toBeGreaterThan(before[0]!.sequence!)
    for (const key of ['pending', 'hidden']) {
      expect((await get(`/events/${made[key]!.feedId}.ics`)).status).toBe(404)
    }
    expect((await get('/events/99999999.ics')).status).toBe(404)
  })

  test('a gathering’s schedule: its visible sessions', async () => {
    const gathering = (
      (await client.call('organizer', '/api/events?where[slug][equals]=dual-power-2022&depth=0'))
        .body.docs as Json[]
    )[0]!
    const sessions = await fetch(
      `${server.url}/api/sessions?where[event][equals]=${gathering.id}&limit=100&depth=0`,
    ).then((r) => r.json() as Promise<{ docs: Json[] }>)
    const cal = parseIcs((await get(`/events/${gathering.feedId}/schedule.ics`)).text)
    const timed = sessions.docs.filter((s) => s.startsAt)
    expect(timed.length).toBeGreaterThan(3)
    expect(cal.events.map((e) => e.summary).sort()).toEqual(timed.map((s) => s.title).sort())
    const plenary = cal.events.find((e) => e.summary === 'Opening plenary')!
    expect(new Date(plenary.start).toISOString()).toBe(
      timed.find((s) => s.title === 'Opening plenary')!.startsAt,
    )
  })
  test('a series with a rule is one recurring event, in its zone across daylight saving', async () => {
    // Weekly at 18:00 in Chicago, from two weeks before the next change of clocks to two after.
    const offsetOn = (n: number) =>
      new Intl.DateTimeFormat('en-US', { timeZone: 'America/Chicago', timeZoneName: 'short' })
        .format(days(n))
        .slice(-3)
    let change = 15
    while (offsetOn(change) === offsetOn(change - 1)) change++
    const firstDay = days(change - 14)
      .toISOString()
      .slice(0, 10)
    const sundayAt18 = (week: number) => {
      const day = new Date(Date.parse(`${firstDay}T12:00:00Z`) + week * 7 * 86_400_000)
      for (const offset of [5, 6]) {
        const utc = new Date(
          `${day.toISOString().slice(0, 10)}T${String(18 + offset).padStart(2, '0')}:00:00.000Z`,
        )
        const hour = new Intl.DateTimeFormat('en-GB', {
          timeZone: 'America/Chicago',
          hour: '2-digit',
          hourCycle: 'h23',
        }).format(utc)
        if (hour === '18') return utc
      }
      throw new Error('no 18:00 that day')
    }
    const bad = await client.call('organizer', '/api/event-groups', {
      method: 'POST',
      body: JSON.stringify({ title: 'Broken rule', recurrence: 'FREQ=SOMETIMES' }),
    })
    expect(bad.status).toBe(400)
    const group = await client.call('organizer', '/api/event-groups', {
      method: 'POST',
      body: JSON.stringify({ title: 'Sunday tenant clinic', recurrence: 'FREQ=WEEKLY' }),
    })
    expect(group.status).toBe(201)
    const groupId = (group.body.doc as Json).id as string
    const weeks: Json[] = []
    for (const week of [0, 1, 2, 3, 4]) {
      const start = sundayAt18(week)
      weeks.push(
        await createEvent(`clinic${week}`, {
          title: `Tenant clinic, week ${week + 1}`,
          startsAt: start.toISOString(),
          endsAt: new Date(start.getTime() + 3_600_000).toISOString(),
          eventGroup: groupId,
          // The fourth week is not public: the series must skip it.
          moderationStatus: week === 3 ? 'pending' : 'published',
        }),
      )
    }
    const moved = await createEvent('clinicMoved', {
      title: 'Tenant clinic, moved to Monday',
      startsAt: new Date(sundayAt18(4).getTime() + 86_400_000).toISOString(),
      eventGroup: groupId,
      moderationStatus: 'published',
    })

    const body = (await get('/feeds/events.ics')).text
    expect(body).toContain('BEGIN:VTIMEZONE\r\nTZID:America/Chicago')
    const [series, ...others] = expandSeries(body)
    expect(others).toEqual([])
    expect(series!.uid).toBe(`series-${groupId}@dualpower-cms`)
    expect(series!.zone).toBe('America/Chicago')
    const visible = [0, 1, 2, 4].map((w) => new Date(weeks[w]!.startsAt as string).toISOString())
    expect(series!.instances.map((i) => new Date(i).toISOString())).toEqual(visible)
    // Both sides of the change of clocks are at 18:00 local, so their UTC hours differ.
    expect(new Date(visible[0]!).getUTCHours()).not.toBe(new Date(visible[3]!).getUTCHours())
    expect(
      series!.overrides.map((o) => [new Date(o.recurrenceId).toISOString(), o.summary]),
    ).toEqual([
      [visible[1], 'Tenant clinic, week 2'],
      [visible[2], 'Tenant clinic, week 3'],
      [visible[3], 'Tenant clinic, week 5'],
    ])
    // The occurrence off the rule is an event of its own; the pending one is nowhere.
    const cal = parseIcs(body)
    expect(cal.events.find((e) => e.summary === 'Tenant clinic, moved to Monday')!.uid).toBe(
      `${moved.id}@dualpower-cms`,
    )
    expect(body).not.toContain('week 4')
    // One event's own file stays a single event.
    const single = (await get(`/events/${weeks[1]!.feedId}.ics`)).text
    expect(parseIcs(single).events.map((e) => e.uid)).toEqual([`${weeks[1]!.id}@dualpower-cms`])
    expect(single).not.toContain('RRULE')
  })
})

describe('frab schedule XML', () => {
  /**
   * frab's published schema, as given, does not compile in libxml2: XSD 1.0 allows no
   * maxOccurs above 1 inside xs:all (recording/url). That one element becomes optional-single
   * in a copy; we never write <recording>, so nothing we emit is judged differently.
   */
  const schemaFile = path.join(os.tmpdir(), `frab-schedule-${process.pid}.xsd`)
  const original = fs.readFileSync(
    path.join(projectRoot, 'test', 'fixtures', 'frab-schedule.xsd'),
    'utf8',
  )
  const unbounded = '<xs:element type="httpURI" name="url" minOccurs="0" maxOccurs="unbounded" />'
  expect(original).toContain(unbounded)
  fs.writeFileSync(
    schemaFile,
    original.replace(unbounded, '<xs:element type="httpURI" name="url" minOccurs="0"/>'),
  )

  const xmllint = (args: string[], xml: string) => {
    const file = path.join(os.tmpdir(), `schedule-${process.pid}-${Date.now()}.xml`)
    fs.writeFileSync(file, xml)
    try {
      return spawnSync('xmllint', [...args, file], { encoding: 'utf8' })
    } finally {
      fs.rmSync(file, { force: true })
    }
  }
  const xpath = (xml: string, expr: string) => xmllint(['--xpath', expr], xml).stdout.trim()

  let gathering: Json
  beforeAll(async () => {
    gathering = (
      (await client.call('organizer', '/api/events?where[slug][equals]=dual-power-2022&depth=0'))
        .body.docs as Json[]
    )[0]!
    // One session still pending: it must not be in the schedule.
    const res = await client.call('organizer', '/api/sessions', {
      method: 'POST',
      body: JSON.stringify({
        event: gathering.id,
        title: 'Pending: unconfirmed caucus',
        startsAt: '2022-07-30T20:00:00.000Z',
        endsAt: '2022-07-30T21:00:00.000Z',
        moderationStatus: 'pending',
      }),
    })
    expect(res.status).toBe(201)
  })

  test('the seeded gathering validates against frab’s schema, with days, rooms and times in its zone', async () => {
    const res = await get(`/events/${gathering.feedId}/schedule.xml`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/xml; charset=utf-8')
    const check = xmllint(['--noout', '--schema', schemaFile], res.text)
    expect(check.stderr).toContain('validates')
    expect(check.status).toBe(0)

    expect(xpath(res.text, 'string(/schedule/conference/time_zone_name)')).toBe('America/Chicago')
    expect(xpath(res.text, 'count(/schedule/day)')).toBe('3')
    expect(xpath(res.text, 'string(/schedule/day[2]/@date)')).toBe('2022-07-30')
    const plenary = '//event[title="Opening plenary"]'
    expect(xpath(res.text, `string(${plenary}/start)`)).toBe('09:30')
    expect(xpath(res.text, `string(${plenary}/date)`)).toBe('2022-07-30T09:30:00-05:00')
    expect(xpath(res.text, `string(${plenary}/duration)`)).toBe('01:00')
    expect(xpath(res.text, `count(${plenary}/persons/person)`)).not.toBe('0')
    expect(res.text).not.toContain('Pending: unconfirmed caucus')

    // Every visible timed session once, its guid its id, its id a positive integer.
    const sessions = await fetch(
      `${server.url}/api/sessions?where[event][equals]=${gathering.id}&where[startsAt][exists]=true&limit=100&depth=0`,
    ).then((r) => r.json() as Promise<{ docs: Json[] }>)
    expect(Number(xpath(res.text, 'count(//event)'))).toBe(sessions.docs.length)
    for (const s of sessions.docs) {
      expect(xpath(res.text, `string(//event[@guid="${s.id}"]/@id)`)).toBe(String(s.scheduleId))
      expect(s.scheduleId).toBeGreaterThan(0)
    }
  })

  test('ids and guids stay the same when sessions change', async () => {
    const before = await get(`/events/${gathering.feedId}/schedule.xml`)
    const ids = xpath(before.text, '//event/@id')
    const session = (
      (
        await client.call(
          'organizer',
          `/api/sessions?where[title][equals]=Opening%20plenary&depth=0`,
        )
      ).body.docs as Json[]
    )[0]!
    await client.call('organizer', `/api/sessions/${session.id}`, {
      method: 'PATCH',
      body: JSON.stringify({ title: 'Opening plenary and welcome' }),
    })
    const after = await get(`/events/${gathering.feedId}/schedule.xml`, {
      'If-None-Match': before.headers.get('etag')!,
    })
    expect(after.status).toBe(200)
    expect(xpath(after.text, '//event/@id')).toBe(ids)
    expect(xpath(after.text, `string(//event[@guid="${session.id}"]/title)`)).toBe(
      'Opening plenary and welcome',
    )
    expect(
      (
        await get(`/events/${gathering.feedId}/schedule.xml`, {
          'If-None-Match': after.headers.get('etag')!,
        })
      ).status,
    ).toBe(304)
    expect((await get('/events/99999999/schedule.xml')).status).toBe(404)
  })
})

describe('HTTP caching', () => {
  test.each(['/feeds/events.rss', '/feeds/events.ics', '/feeds/posts.rss'])(
    '%s: 304 while unchanged, new validators at once after a change',
    async (path) => {
      // Until the second of the last change is over, a date cannot validate (see http.ts).
      await new Promise((r) => setTimeout(r, 1100))
      const first = await get(path)
      const etag = first.headers.get('etag')!
      const lastModified = first.headers.get('last-modified')!
      expect(etag).toMatch(/^"[\w-]+"$/)
      expect(Date.parse(lastModified)).not.toBeNaN()
      expect((await get(path, { 'If-None-Match': etag })).status).toBe(304)
      expect((await get(path, { 'If-Modified-Since': lastModified })).status).toBe(304)

      // Any change to content in the feed: the next answer is new.
      await new Promise((r) => setTimeout(r, 1100))
      const [collection, id] = path.includes('posts')
        ? [
            'posts',
            (
              (await client.call('organizer', '/api/posts?where[slug][equals]=cliff-notes')).body
                .docs as Json[]
            )[0]!.id,
          ]
        : ['events', made.featured!.id]
      const res = await client.call('organizer', `/api/${collection}/${id}`, {
        method: 'PATCH',
        body: JSON.stringify({ title: `Changed ${Date.now()}` }),
      })
      expect(res.status).toBe(200)
      const changed = await get(path, { 'If-None-Match': etag })
      expect(changed.status).toBe(200)
      expect(changed.headers.get('etag')).not.toBe(etag)
      expect((await get(path, { 'If-Modified-Since': lastModified })).status).toBe(200)
    },
  )

  test('hiding an item changes the feed’s validators too', async () => {
    await new Promise((r) => setTimeout(r, 1100))
    const first = await get('/feeds/events.rss')
    await new Promise((r) => setTimeout(r, 1100))
    await client.call('organizer', `/api/events/${made.allDay!.id}`, {
      method: 'PATCH',
      body: JSON.stringify({ moderationStatus: 'hidden' }),
    })
    const res = await get('/feeds/events.rss', {
      'If-None-Match': first.headers.get('etag')!,
      'If-Modified-Since': first.headers.get('last-modified')!,
    })
    expect(res.status).toBe(200)
    expect(res.text).not.toContain('Seed swap day')
    expect(
      (await get('/feeds/events.rss', { 'If-Modified-Since': first.headers.get('last-modified')! }))
        .status,
    ).toBe(200)
  })
})
