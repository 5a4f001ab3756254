import { DateTime } from 'luxon'
import * as rruleModule from 'rrule'
import type { Frequency as FrequencyValue } from 'rrule'

// rrule ships CommonJS without named ESM exports for Node (tsx), and an ES module without a
// default export for bundlers (the Next build): take its exports from whichever there is.
const rrule = ((rruleModule as { default?: typeof rruleModule }).default ??
  rruleModule) as typeof rruleModule
const { Frequency, RRule, rrulestr } = rrule

/** One occurrence of a series as the feed has it. */
export type Occurrence = { id: string; start: string; allDay: boolean; zone: string }

export type SeriesPlan = {
  /** Occurrences the rule produces, first one first: the series. */
  matched: Occurrence[]
  /** Occurrences off the rule (moved to another day or time): written as events of their own. */
  apart: Occurrence[]
  /** The RRULE value as written: the organizers' rule, ending at the last occurrence. */
  rule: string
  /** Instances of the rule between the first and last occurrence that have no visible event. */
  excluded: string[]
}

const FREQUENCIES = new Set<FrequencyValue>([
  Frequency.YEARLY,
  Frequency.MONTHLY,
  Frequency.WEEKLY,
  Frequency.DAILY,
])

/** Most instances a series is expanded to; a rule that makes more is not written as a series. */
const MAX_INSTANCES = 1000

/** Why `value` is not a recurrence rule a series can use (checked when a series is saved), or null. */
export function recurrenceProblem(value: string): string | null {
  const rule = value.replace(/^RRULE:/i, '').trim()
  let options: ReturnType<typeof RRule.parseString>
  try {
    options = RRule.parseString(rule)
  } catch (error) {
    return `${(error as Error).message}: write an iCalendar RRULE such as FREQ=WEEKLY;BYDAY=TU`
  }
  if (options.freq === undefined || options.freq === null) {
    return 'The rule needs FREQ=DAILY, WEEKLY, MONTHLY or YEARLY (e.g. FREQ=WEEKLY;BYDAY=TU)'
  }
  if (!FREQUENCIES.has(options.freq)) {
    return 'A series repeats daily, weekly, monthly or yearly (FREQ=DAILY, WEEKLY, MONTHLY or YEARLY)'
  }
  const weekdays = Array.isArray(options.byweekday) ? options.byweekday : [options.byweekday]
  if (options.byweekday !== undefined && weekdays.some((d) => d == null)) {
    return 'BYDAY takes MO, TU, WE, TH, FR, SA, SU (optionally with a position, like 1SA)'
  }
  return null
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0')

/** The wall-clock time of an instant in a zone, as a Date whose UTC fields hold it ("floating"). */
export function floating(iso: string, zone: string, allDay: boolean): Date {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(iso))
      .map((p) => [p.type, Number(p.value)]),
  ) as Record<string, number>
  return new Date(
    Date.UTC(
      parts.year!,
      parts.month! - 1,
      parts.day!,
      allDay ? 0 : parts.hour!,
      allDay ? 0 : parts.minute!,
      allDay ? 0 : parts.second!,
    ),
  )
}

/** iCalendar's form of a floating time (`20261124T180000`) or date (`20261124`). */
export const icalLocal = (d: Date, allDay: boolean) =>
  `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}` +
  (allDay ? '' : `T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}`)

/** iCalendar's UTC form (`20261125T000000Z`). */
export const icalUtc = (iso: string) => `${icalLocal(new Date(iso), false)}Z`

/**
 * How a series' visible occurrences are written as one recurring event: the rule is expanded
 * in the series' own wall-clock time (so 18:00 stays 18:00 across daylight-saving changes);
 * occurrences on the rule form the series, instances without a visible occurrence are
 * excluded, and occurrences off the rule stand apart. Null when fewer than two occurrences
 * fit the rule, the rule is invalid, or it would make too many instances.
 */
export function planSeries(recurrence: string, occurrences: Occurrence[]): SeriesPlan | null {
  if (occurrences.length < 2 || recurrenceProblem(recurrence)) return null
  const sorted = [...occurrences].sort((a, b) => Date.parse(a.start) - Date.parse(b.start))
  const first = sorted[0]!
  const last = sorted.at(-1)!
  if (sorted.some((o) => o.allDay !== first.allDay || o.zone !== first.zone)) return null
  const { allDay, zone } = first
  const kept = recurrence
    .replace(/^RRULE:/i, '')
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part && !/^(UNTIL|COUNT|DTSTART)=/i.test(part))
  const start = floating(first.start, zone, allDay)
  // Expanded to the end of the last occurrence's day; the rule itself ends with the day of the
  // last occurrence on it (a little room for readers that step across daylight-saving
  // changes imprecisely), and every instance up to there without an occurrence is excluded.
  const end = new Date(floating(last.start, zone, true).getTime() + 86_399_000)
  let instances: Date[] = []
  let tooMany = false
  try {
    instances = rrulestr(`RRULE:${kept.join(';')}`, { dtstart: start }).between(
      start,
      end,
      true,
      (_date, i) => {
        tooMany = i >= MAX_INSTANCES
        return !tooMany
      },
    )
  } catch {
    return null
  }
  if (tooMany) return null
  const keys = new Set(instances.map((d) => icalLocal(d, allDay)))
  const keyOf = (o: Occurrence) => icalLocal(floating(o.start, zone, allDay), allDay)
  const matched = sorted.filter((o) => keys.has(keyOf(o)))
  // The rule's first instance is its DTSTART: without an occurrence there, no series.
  if (matched.length < 2 || matched[0] !== first) return null
  const present = new Set(matched.map(keyOf))
  const until = new Date(floating(matched.at(-1)!.start, zone, true).getTime() + 86_399_000)
  const untilValue = allDay
    ? icalLocal(until, true)
    : icalUtc(DateTime.fromISO(until.toISOString().slice(0, 19), { zone }).toUTC().toISO()!)
  return {
    matched,
    apart: sorted.filter((o) => !keys.has(keyOf(o))),
    rule: [...kept, `UNTIL=${untilValue}`].join(';'),
    excluded: instances
      .filter((d) => d.getTime() <= until.getTime())
      .map((d) => icalLocal(d, allDay))
      .filter((k) => !present.has(k)),
  }
}
