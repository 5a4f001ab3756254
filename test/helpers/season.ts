import { expect } from '@jest/globals'

import { nextGathering, SEASON_EVENTS } from '../../src/seed/season.js'
import type { ApiClient, Json } from './api.js'

/**
 * Deletes the demo's coming season (its next gathering and community events), for suites that
 * check upcoming lists item by item against the events they make themselves.
 */
export async function removeDemoSeason(client: ApiClient, as: string) {
  const season = [...SEASON_EVENTS.map((e) => e.slug), nextGathering(new Date()).slug]
  const removed = await client.call(
    as,
    `/api/events?${season.map((slug, i) => `where[slug][in][${i}]=${slug}`).join('&')}`,
    { method: 'DELETE' },
  )
  expect([removed.status, removed.body.errors]).toEqual([200, []])
  expect((removed.body.docs as Json[]).length).toBe(season.length)
}
