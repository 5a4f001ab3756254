import { describe, expect, test } from '@jest/globals'

import { tableOwners, UNOWNED, VERSIONS_TABLE } from '../../src/cache/changeVersions.js'

const OWNERS = [
  { slug: 'events', table: 'events' },
  { slug: 'event-groups', table: 'event_groups' },
  { slug: 'payload-jobs', table: 'payload_jobs' },
  { slug: 'payload-jobs-stats', table: 'payload_jobs_stats' },
  { slug: 'site', table: 'site' },
]

describe('tableOwners', () => {
  test('each table goes to the collection or global whose table it is, or extends', () => {
    const owners = tableOwners(
      [
        'events',
        'events_locales',
        'events_rels',
        'events_accessibility_interpretation',
        '_events_v',
        '_events_v_locales',
        'event_groups',
        'payload_jobs',
        'payload_jobs_log',
        'payload_jobs_stats',
        'site_navigation',
        'eventsx',
        'stray_table',
        VERSIONS_TABLE,
      ],
      OWNERS,
    )
    expect(Object.fromEntries(owners)).toEqual({
      events: 'events',
      events_locales: 'events',
      events_rels: 'events',
      events_accessibility_interpretation: 'events',
      _events_v: 'events',
      _events_v_locales: 'events',
      event_groups: 'event-groups',
      payload_jobs: 'payload-jobs',
      payload_jobs_log: 'payload-jobs',
      // The longest owner's name wins: the statistics global, not the jobs collection.
      payload_jobs_stats: 'payload-jobs-stats',
      site_navigation: 'site',
      // Not `events_…`: a table of its own, which every answer depends on.
      eventsx: UNOWNED,
      stray_table: UNOWNED,
    })
  })
})
