/**
 * Which API paths Express hands to Payload itself, and the endpoint path it gives: what Next's
 * `[...slug]` route would give (segments decoded, then encoded again), or null for what stays
 * with Next.
 */
import { describe, expect, test } from '@jest/globals'

import { endpointPath } from '../../src/routes/restApi.js'

describe('endpointPath', () => {
  test.each([
    ['/api/events', '/api/events'],
    ['/api/events/42', '/api/events/42'],
    ['/api/users/login', '/api/users/login'],
    // Escapes a client may use for letters reach the same endpoint, so the same rules apply.
    ['/api/%70roposals', '/api/proposals'],
    ['/api/%50ROPOSALS', '/api/PROPOSALS'],
    ['/api/events/a%2Fb', '/api/events/a%2Fb'],
    ['/api/events/caf%C3%A9', '/api/events/caf%C3%A9'],
    ['/api/events/a b', '/api/events/a%20b'],
  ])('%s is Payload endpoint %s', (pathname, expected) => {
    expect(endpointPath('/api', pathname)).toBe(expected)
  })

  test.each([
    '/api',
    '/api/',
    '/api/events/',
    '/api//events',
    '/api/events//42',
    '/api/graphql',
    '/api/graphql-playground',
    '/api/%67raphql',
    '/api/og',
    '/api/og/x',
    '/api/events/%E0%A4%A',
    '/apievents',
    '/admin/api/events',
  ])('%s stays with Next', (pathname) => {
    expect(endpointPath('/api', pathname)).toBeNull()
  })

  test('another API route is honoured', () => {
    expect(endpointPath('/cms', '/cms/events')).toBe('/cms/events')
    expect(endpointPath('/cms', '/api/events')).toBeNull()
  })
})
