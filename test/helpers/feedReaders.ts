import { spawnSync } from 'node:child_process'
import fs from 'node:fs'

/**
 * Independent readers for the feeds: Debian's python3-feedparser and python3-icalendar (the
 * system Python, not whatever `python3` is first on PATH).
 */
export const SYSTEM_PYTHON = process.env.TEST_PYTHON || '/usr/bin/python3'

export const feedReadersAvailable = () =>
  fs.existsSync(SYSTEM_PYTHON) &&
  spawnSync(SYSTEM_PYTHON, ['-c', 'import feedparser, icalendar'], { encoding: 'utf8' }).status ===
    0

function runPython(script: string, input: string) {
  const result = spawnSync(SYSTEM_PYTHON, ['-c', script], { input, encoding: 'utf8' })
  if (result.status !== 0) throw new Error(`python failed: ${result.stderr}`)
  return JSON.parse(result.stdout)
}

export type RssEntry = {
  title: string
  link: string
  id: string
  published: string | null
  tags: string[]
  summary: string
  content: string
  /** The RSS event module's ev:startdate, ev:enddate and ev:location, as feedparser reads them. */
  start: string | null
  end: string | null
  location: string | null
  /** pubDate as feedparser parsed it, in UTC (YYYY-MM-DDTHH:MM:SSZ). */
  publishedUtc: string | null
}
export type RssFeed = { bozo: boolean; title: string; language: string | null; entries: RssEntry[] }

/** feedparser's reading of an RSS document (bozo: it found the XML or the feed malformed). */
export const parseRss = (body: string): RssFeed =>
  runPython(
    `
import sys, json, time, feedparser
d = feedparser.parse(sys.stdin.buffer.read())
utc = lambda t: time.strftime("%Y-%m-%dT%H:%M:%SZ", t) if t else None
print(json.dumps({
  "bozo": bool(d.bozo), "title": d.feed.get("title"), "language": d.feed.get("language"),
  "entries": [{
    "title": e.get("title"), "link": e.get("link"), "id": e.get("id"),
    "published": e.get("published"), "tags": [t.get("term") or t.get("label") for t in e.get("tags", [])],
    "summary": e.get("summary", ""), "content": " ".join(c.get("value", "") for c in e.get("content", [])),
    "start": e.get("ev_startdate"), "end": e.get("ev_enddate"), "location": e.get("ev_location"),
    "publishedUtc": utc(e.get("published_parsed")),
  } for e in d.entries]}))
`,
    body,
  )

export type IcsEvent = {
  uid: string
  summary: string
  /** ISO 8601 with offset (a UTC time ends in +00:00), or YYYY-MM-DD for a date. */
  start: string
  end: string | null
  allDay: boolean
  sequence: number | null
  location: string | null
  status: string | null
  description: string | null
}

/** python-icalendar's reading of an iCalendar file. */
export const parseIcs = (body: string): { name: string | null; events: IcsEvent[] } =>
  runPython(
    `
import sys, json, datetime
from icalendar import Calendar
cal = Calendar.from_ical(sys.stdin.read())
def when(v):
  if v is None: return None
  d = v.dt
  return d.isoformat()
out = []
for e in cal.walk("VEVENT"):
  start = e.get("DTSTART")
  out.append({
    "uid": str(e.get("UID")), "summary": str(e.get("SUMMARY")),
    "start": when(start), "end": when(e.get("DTEND")),
    "allDay": not isinstance(start.dt, datetime.datetime),
    "sequence": int(e.get("SEQUENCE")) if e.get("SEQUENCE") is not None else None,
    "location": str(e.get("LOCATION")) if e.get("LOCATION") else None,
    "status": str(e.get("STATUS")) if e.get("STATUS") else None,
    "description": str(e.get("DESCRIPTION")) if e.get("DESCRIPTION") else None,
  })
print(json.dumps({"name": str(cal.get("X-WR-CALNAME")) if cal.get("X-WR-CALNAME") else None, "events": out}))
`,
    body,
  )

export type IcsSeries = {
  uid: string
  rrule: string
  /** TZID of the master's DTSTART. */
  zone: string | null
  /** Every instance the series has (RRULE from DTSTART, minus EXDATE), as UTC ISO strings. */
  instances: string[]
  /** The VEVENTs with a RECURRENCE-ID: which instance each replaces, and what it says. */
  overrides: { recurrenceId: string; start: string; summary: string }[]
}

/**
 * python-icalendar's reading of the recurring events in a file, each series expanded by
 * dateutil in its own time zone (zoneinfo, so wall-clock times hold across daylight saving).
 */
export const expandSeries = (body: string): IcsSeries[] =>
  runPython(
    `
import sys, json, datetime
from zoneinfo import ZoneInfo
from icalendar import Calendar
from dateutil.rrule import rrulestr
cal = Calendar.from_ical(sys.stdin.read())
def local(prop):
  tzid = prop.params.get("TZID")
  dt = prop.dt
  return dt.replace(tzinfo=None).replace(tzinfo=ZoneInfo(tzid)) if tzid else dt
def utc(dt):
  return dt.astimezone(datetime.timezone.utc).isoformat().replace("+00:00", "Z")
events = list(cal.walk("VEVENT"))
out = []
for e in events:
  if not e.get("RRULE"): continue
  uid = str(e.get("UID"))
  start = local(e["DTSTART"])
  rule = rrulestr(e["RRULE"].to_ical().decode(), dtstart=start)
  ex = e.get("EXDATE")
  ex = ex if isinstance(ex, list) else ([ex] if ex else [])
  excluded = set(utc(d.dt.replace(tzinfo=None).replace(tzinfo=ZoneInfo(x.params["TZID"])) if "TZID" in x.params else d.dt) for x in ex for d in x.dts)
  out.append({
    "uid": uid, "rrule": e["RRULE"].to_ical().decode(), "zone": e["DTSTART"].params.get("TZID"),
    "instances": [utc(d) for d in rule if utc(d) not in excluded],
    "overrides": [{"recurrenceId": utc(local(o["RECURRENCE-ID"])), "start": utc(local(o["DTSTART"])), "summary": str(o["SUMMARY"])}
      for o in events if str(o.get("UID")) == uid and o.get("RECURRENCE-ID")],
  })
print(json.dumps(out))
`,
    body,
  )
