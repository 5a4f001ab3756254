import { describe, expect, test } from '@jest/globals'

import { calendarFilters, eventsWhere, queryString } from '../../src/site/calendarQuery.js'

const uuid = '0b6c5d3e-9f1a-4c2b-8d7e-1a2b3c4d5e6f'
const objectId = '65f1a2b3c4d5e6f708192a3b'

describe("the calendar's address", () => {
  test('keeps filter values that are ids (UUID or ObjectId), the first of repeated ones', () => {
    expect(calendarFilters({ category: uuid, place: objectId, organization: [uuid, 'x'] })).toEqual(
      { category: uuid, place: objectId, organization: uuid },
    )
  })

  test.each(['abc', '12', "1'", `${uuid}x`, '../etc', '', 'g'.repeat(24)])(
    'drops a value that is no id: %p',
    (value) => {
      expect(calendarFilters({ category: value, place: value, organization: value })).toEqual({})
    },
  )

  test('the where holds the span and each filter', () => {
    const from = new Date('2030-01-01T00:00:00.000Z')
    const before = new Date('2030-02-01T00:00:00.000Z')
    expect(eventsWhere({ place: uuid }, { from, before })).toEqual({
      AND: [
        {
          OR: [
            { endsAt: { greater_than_equal: from.toISOString() } },
            { startsAt: { greater_than_equal: from.toISOString() } },
          ],
        },
        { startsAt: { less_than: before.toISOString() } },
        { place: { equals: uuid } },
      ],
    })
  })

  test('a query string leaves out empty values', () => {
    expect(queryString({ view: 'month', month: undefined, page: 2, category: '' })).toBe(
      '?view=month&page=2',
    )
    expect(queryString({})).toBe('')
  })
})
