import { describe, expect, test } from '@jest/globals'
import { buildSchema, parse, specifiedRules, validate } from 'graphql'

import { ANONYMOUS_LIMITS, queryLimitRules, STAFF_LIMITS } from '../../src/graphql/queryLimits.js'

// The shape of Payload's schema: paginated lists with `limit`, joins with `limit`, and
// relationship lists without one.
const schema = buildSchema(`
  type Query { Events(limit: Int, page: Int, pagination: Boolean): Events, Event(id: Int!): Event }
  type Events { docs: [Event], totalDocs: Int }
  type Event { id: Int, title: String, tags: [String], organizations: [Organization],
    sessions(limit: Int = 10): Sessions }
  type Sessions { docs: [Session] }
  type Session { id: Int, title: String, event: Event }
  type Organization { id: Int, name: String }
`)

const errorsOf = (
  query: string,
  user?: { roles: string[] },
  variables?: Record<string, unknown>,
) => {
  const rules = queryLimitRules({ anonymous: ANONYMOUS_LIMITS, staff: STAFF_LIMITS })({
    schema,
    document: parse(query),
    contextValue: { req: { user } },
    variableValues: variables,
  })
  return validate(schema, parse(query), [...specifiedRules, ...rules]).map((e) => e.message)
}

const nested = (levels: number, limit = 100) => {
  let inner = 'id title'
  for (let i = 0; i < levels; i++)
    inner = `id event { sessions(limit: ${limit}) { docs { ${inner} } } }`
  return `{ Events(limit: ${limit}) { docs { sessions(limit: ${limit}) { docs { ${inner} } } } } }`
}

describe('GraphQL query limits', () => {
  test.each([
    [
      'a page of 100 events',
      '{ Events(limit: 100) { docs { id title tags organizations { id name } } } }',
    ],
    [
      '20 events with 10 sessions each',
      '{ Events(limit: 20) { docs { title sessions { docs { id title } } } } }',
    ],
    ['one event', '{ Event(id: 1) { title sessions(limit: 50) { docs { title } } } }'],
    [
      'a bounded list without its count',
      '{ Events(limit: 100, pagination: false) { docs { id } } }',
    ],
  ])('allowed for anonymous readers: %s', (_name, query) => {
    expect(errorsOf(query)).toEqual([])
  })

  test.each([
    ['lists of 100 nested twice', nested(0)],
    ['nested four levels', nested(2)],
    ['nested 25 levels', nested(12, 2)],
    ['a list asked without a bound', '{ Events(limit: 0) { docs { id } } }'],
    ['pagination turned off', '{ Events(pagination: false) { docs { id } } }'],
    ['pagination off, no bound', '{ Events(pagination: false, limit: 0) { docs { id } } }'],
    [
      'pagination off, the bound in a variable',
      'query Q($n: Int) { Events(pagination: false, limit: $n) { docs { id } } }',
    ],
    ['the bound in a variable', 'query Q($n: Int) { Events(limit: $n) { docs { id title } } }'],
    [
      'hidden in fragments',
      `{ Events(limit: 100) { docs { ...E } } }
      fragment E on Event { sessions(limit: 100) { docs { title } } }`,
    ],
    [
      '300 aliases of a list',
      `{ ${Array.from({ length: 300 }, (_, i) => `a${i}: Events(limit: 100) { docs { id } }`).join(' ')} }`,
    ],
  ])('refused for anonymous readers: %s', (_name, query) => {
    const errors = errorsOf(query, undefined, { n: 100_000 })
    expect(errors.join('\n')).toMatch(/Query too (costly|deep)|Too many aliases/)
  })

  test('the cost error says what it counted and what to change', () => {
    const [message] = errorsOf(nested(0))
    expect(message).toMatch(/about 30,\d{3} fields.*5,000 is the limit for anonymous readers/)
    expect(message).toMatch(/smaller `limit`/)
  })

  test('staff get a higher bound, but not an unbounded one', () => {
    const medium = '{ Events(limit: 100) { docs { sessions(limit: 20) { docs { id title } } } } }'
    expect(errorsOf(medium)).not.toEqual([])
    expect(errorsOf(medium, { roles: ['organizer'] })).toEqual([])
    expect(errorsOf(nested(2), { roles: ['admin'] }).join()).toMatch(/too costly/)
    expect(errorsOf(medium, { roles: [] })).not.toEqual([])
  })

  test('depth is bounded even where every list is small', () => {
    expect(errorsOf(nested(4, 1)).join()).toMatch(/Query too deep: .* at most 8 levels/)
  })
})
