/** Recurring series in iCalendar: which occurrences a rule covers, what it excludes. */
import { describe, expect, test } from '@jest/globals'

import {
  type Occurrence,
  planSeries,
  recurrenceProblem,
} from '../../plugins/publishing/utilities/series.js'

const chicago = (id: string, start: string): Occurrence => ({
  id,
  start,
  allDay: false,
  zone: 'America/Chicago',
})

describe('recurrenceProblem', () => {
  test.each(['FREQ=WEEKLY;BYDAY=TU', 'RRULE:FREQ=MONTHLY;BYDAY=1SA', 'FREQ=DAILY;INTERVAL=2'])(
    '%s is a rule',
    (rule) => expect(recurrenceProblem(rule)).toBeNull(),
  )
  test.each([
    ['BYDAY=TU', 'needs FREQ'],
    ['FREQ=SOMETIMES', 'needs FREQ'],
    ['FREQ=HOURLY', 'daily, weekly, monthly or yearly'],
    ['FREQ=WEEKLY;BYDAY=XX', 'BYDAY takes MO'],
    ['every tuesday', 'write an iCalendar RRULE'],
  ])('%s is refused', (rule, message) => expect(recurrenceProblem(rule)).toContain(message))
})

describe('planSeries', () => {
  // Mondays at 18:00 in Chicago around the change to daylight saving time (14 March 2027).
  const feb22 = chicago('a', '2027-02-23T00:00:00.000Z')
  const mar1 = chicago('b', '2027-03-02T00:00:00.000Z')
  const mar15 = chicago('d', '2027-03-15T23:00:00.000Z') // 18:00 CDT
  const mar17 = chicago('e', '2027-03-17T23:00:00.000Z') // a Wednesday: off the rule

  test('keeps the wall-clock time across daylight saving, excludes the missing week', () => {
    const plan = planSeries('FREQ=WEEKLY', [mar15, feb22, mar17, mar1])!
    expect(plan.matched.map((o) => o.id)).toEqual(['a', 'b', 'd'])
    expect(plan.apart.map((o) => o.id)).toEqual(['e'])
    expect(plan.excluded).toEqual(['20270308T180000'])
    // Until the end of the last occurrence's day in Chicago (23:59:59 CDT).
    expect(plan.rule).toBe('FREQ=WEEKLY;UNTIL=20270316T045959Z')
  })

  test("the organizers' UNTIL or COUNT is replaced by the last occurrence", () => {
    expect(planSeries('FREQ=WEEKLY;COUNT=50', [feb22, mar1])!.rule).toBe(
      'FREQ=WEEKLY;UNTIL=20270302T055959Z',
    )
  })

  test('all-day series are written in dates', () => {
    const day = (id: string, start: string): Occurrence => ({
      id,
      start,
      allDay: true,
      zone: 'Europe/London',
    })
    const plan = planSeries('FREQ=MONTHLY;BYMONTHDAY=1', [
      day('x', '2027-01-01T12:00:00.000Z'),
      day('y', '2027-03-01T12:00:00.000Z'),
    ])!
    expect(plan.excluded).toEqual(['20270201'])
    expect(plan.rule).toBe('FREQ=MONTHLY;BYMONTHDAY=1;UNTIL=20270301')
  })

  test.each([
    ['one occurrence', 'FREQ=WEEKLY', [feb22]],
    ['an invalid rule', 'FREQ=SOMETIMES', [feb22, mar1]],
    ['a first occurrence off the rule', 'FREQ=WEEKLY;BYDAY=TU', [feb22, mar1]],
    ['only one occurrence on the rule', 'FREQ=MONTHLY', [feb22, mar1]],
    ['mixed zones', 'FREQ=WEEKLY', [feb22, { ...mar1, zone: 'UTC' }]],
    [
      'too many instances',
      'FREQ=DAILY',
      [chicago('p', '2020-01-01T18:00:00.000Z'), chicago('q', '2027-01-01T18:00:00.000Z')],
    ],
  ])('no series with %s', (_name, rule, occurrences) => {
    expect(planSeries(rule, occurrences as Occurrence[])).toBeNull()
  })
})
