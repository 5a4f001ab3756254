import { expect, test } from '@jest/globals'

import { nextGathering, SEASON_EVENTS, seasonTimes } from '../../src/seed/season.js'

test.each([
  ['2026-12-01T12:00:00Z', 2027, '2027-07-30T14:00:00.000Z', '2027-08-01T22:00:00.000Z'],
  ['2027-03-31T12:00:00Z', 2027, '2027-07-30T14:00:00.000Z', '2027-08-01T22:00:00.000Z'],
  ['2027-04-01T12:00:00Z', 2028, '2028-07-28T14:00:00.000Z', '2028-07-30T22:00:00.000Z'],
  ['2029-08-15T12:00:00Z', 2030, '2030-07-26T14:00:00.000Z', '2030-07-28T22:00:00.000Z'],
])('loaded on %s, the next gathering is in %i, a last-weekend-of-July', (now, year, start, end) => {
  const next = nextGathering(new Date(now))
  expect([next.year, next.slug, next.startsAt, next.endsAt]).toEqual([
    year,
    `dual-power-${year}`,
    start,
    end,
  ])
  // The call is open on the day the demo is loaded and closes two months before.
  expect(new Date(next.call.opensAt) <= new Date(now)).toBe(true)
  expect(new Date(next.call.closesAt) > new Date(now)).toBe(true)
  expect(next.summary.es).toContain(`de ${year}`)
})

test('season events fall in the coming four months, in Chicago local time across DST', () => {
  const now = new Date('2027-02-20T12:00:00Z')
  const times = SEASON_EVENTS.map((event) => ({ event, ...seasonTimes(event, now) }))
  for (const { event, startsAt, endsAt } of times) {
    const start = new Date(startsAt)
    expect(start > now).toBe(true)
    expect(new Date(endsAt).getTime() - start.getTime()).toBe(event.hours * 3_600_000)
    const local = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'America/Chicago',
      hour: '2-digit',
      minute: '2-digit',
    }).format(start)
    expect(local).toBe(event.start)
  }
  expect(new Set(SEASON_EVENTS.map((e) => e.slug)).size).toBe(SEASON_EVENTS.length)
})
