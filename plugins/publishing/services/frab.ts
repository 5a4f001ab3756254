import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'
import { create } from 'xmlbuilder2'

type Doc = Record<string, unknown> & { id: string; title: string }

const LANGUAGE_CODES = new Set(['en', 'es', 'fr', 'pt', 'ht', 'zh', 'ar'])

/** Parts of an instant in a time zone: date, time and the UTC offset as +hh:mm. */
export function local(iso: string, timeZone: string) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'longOffset',
    })
      .formatToParts(new Date(iso))
      .map((p) => [p.type, p.value]),
  ) as Record<string, string>
  const offset = parts.timeZoneName === 'GMT' ? '+00:00' : parts.timeZoneName!.replace('GMT', '')
  const date = `${parts.year}-${parts.month}-${parts.day}`
  const time = `${parts.hour}:${parts.minute}`
  return { date, time, offset, dateTime: `${date}T${time}:${parts.second}${offset}` }
}

/** Minutes as frab's duration, hh:mm. */
export const duration = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`

const plain = (state: unknown) =>
  state && typeof state === 'object' && 'root' in state
    ? convertLexicalToPlaintext({ data: state as SerializedEditorState })
    : ''

/** Every calendar date from `first` to `last` (YYYY-MM-DD), inclusive. */
function datesBetween(first: string, last: string) {
  const out: string[] = []
  for (
    let d = Date.parse(`${first}T00:00:00Z`);
    d <= Date.parse(`${last}T00:00:00Z`);
    d += 86_400_000
  ) {
    out.push(new Date(d).toISOString().slice(0, 10))
  }
  return out
}

/**
 * frab schedule XML (the format conference schedule apps read) of a gathering's visible,
 * scheduled sessions, written with xmlbuilder2 and valid against frab's schedule.xml.xsd: one
 * day per calendar date of the gathering in its own time zone, rooms in order of their first
 * session, each session with its stable integer id (`scheduleId`) and UUID guid (its id).
 */
export function frabSchedule(options: {
  gathering: Doc
  sessions: Doc[]
  origin: string
  timeZone: string
  acronym: string
}) {
  const { gathering, origin } = options
  const zone = (gathering.startsAt_tz as string) || options.timeZone
  const start = local(gathering.startsAt as string, zone)
  const end = local((gathering.endsAt as string) || (gathering.startsAt as string), zone)
  const scheduled = options.sessions.filter(
    (s) => typeof s.startsAt === 'string' && typeof s.scheduleId === 'number',
  )
  const firstDate = [
    start.date,
    ...scheduled.map((s) => local(s.startsAt as string, zone).date),
  ].sort()[0]!
  const lastDate = [end.date, ...scheduled.map((s) => local(s.startsAt as string, zone).date)]
    .sort()
    .at(-1)!
  const days = datesBetween(firstDate, lastDate)

  const doc = create({ version: '1.0', encoding: 'UTF-8' })
  const schedule = doc.ele('schedule')
  schedule.ele('generator', { name: 'dualpower-cms', version: '1' })
  schedule.ele('version').txt(String(gathering.updatedAt ?? ''))
  const conference = schedule.ele('conference')
  conference.ele('title').txt(gathering.title)
  conference.ele('acronym').txt(options.acronym)
  conference.ele('start').txt(firstDate)
  conference.ele('end').txt(lastDate)
  conference.ele('days').txt(String(days.length))
  conference.ele('timeslot_duration').txt('00:15')
  if (/^https?:\/\//.test(origin)) conference.ele('base_url').txt(`${origin}/`)
  conference.ele('time_zone_name').txt(zone)

  days.forEach((date, index) => {
    const today = scheduled
      .filter((s) => local(s.startsAt as string, zone).date === date)
      .sort((a, b) => Date.parse(a.startsAt as string) - Date.parse(b.startsAt as string))
    const midnight = local(`${date}T12:00:00Z`, zone).offset
    const dayStart = today[0]
      ? local(today[0].startsAt as string, zone).dateTime
      : `${date}T00:00:00${midnight}`
    const lastEnd = today
      .map((s) => (s.endsAt as string) || (s.startsAt as string))
      .sort()
      .at(-1)
    const day = schedule.ele('day', {
      index: String(index + 1),
      date,
      start: dayStart,
      end: lastEnd ? local(lastEnd, zone).dateTime : `${date}T23:59:59${midnight}`,
    })
    const rooms: string[] = []
    for (const s of today) {
      const room = roomOf(s)
      if (!rooms.includes(room)) rooms.push(room)
    }
    for (const room of rooms) {
      const roomEl = day.ele('room', { name: room })
      for (const s of today.filter((x) => roomOf(x) === room)) {
        const at = local(s.startsAt as string, zone)
        const minutes = s.endsAt
          ? Math.max(
              0,
              Math.round(
                (Date.parse(s.endsAt as string) - Date.parse(s.startsAt as string)) / 60_000,
              ),
            )
          : 60
        const event = roomEl.ele('event', { id: String(s.scheduleId), guid: s.id })
        event.ele('room').txt(room)
        event.ele('title').txt(s.title)
        event.ele('subtitle').txt('')
        event.ele('type').txt((s.format as string) || 'session')
        event.ele('date').txt(at.dateTime)
        event.ele('start').txt(at.time)
        event.ele('duration').txt(duration(minutes))
        event.ele('abstract').txt((s.abstract as string) || '')
        event
          .ele('slug')
          .txt(`${options.acronym}-${s.scheduleId}-${(s.slug as string) || 'session'}`)
        event.ele('track').txt((s.track as string) || '')
        const persons = event.ele('persons')
        for (const p of Array.isArray(s.facilitators) ? s.facilitators : []) {
          if (p && typeof p === 'object' && 'name' in p) persons.ele('person').txt(String(p.name))
        }
        const language = (Array.isArray(s.languages) ? s.languages : []).find((l) =>
          LANGUAGE_CODES.has(l as string),
        )
        if (language) event.ele('language').txt(String(language))
        event.ele('description').txt(plain(s.description))
        const links = event.ele('links')
        for (const m of Array.isArray(s.materials) ? s.materials : []) {
          const material = m as { url?: string; label?: string }
          if (material.url)
            links.ele('link', { href: material.url }).txt(material.label || material.url)
        }
        if (/^https?:\/\//.test(origin)) event.ele('url').txt(`${origin}/api/sessions/${s.id}`)
      }
    }
  })
  return doc.end({ prettyPrint: true })
}

const roomOf = (s: Doc) => {
  const place = s.place as { name?: string } | null
  return (s.room as string) || place?.name || 'TBA'
}
