/** What `npm run bench` measures: one entry per scenario, run with autocannon. */
import type { VariantName } from './servers.js'

export type Fixture = {
  gathering: { id: string; feedId: number }
  slugs: string[]
  organizerToken: string
}

export type Scenario = {
  name: string
  /** What it stands for, for the table's reader. */
  title: string
  method?: 'GET' | 'POST'
  /** A fixed path, or one per request (so no cache can help). */
  path: (i: number, fixture: Fixture) => string
  body?: (i: number) => string
  headers?: (fixture: Fixture) => Record<string, string>
  /**
   * How many distinct pages `path` cycles over, for a scenario of cached pages: the warm-up asks
   * for each once, as a running site has them, so the row measures cached answers (a page
   * rendered afresh has rows of its own, `-uncached`).
   */
  pages?: (fixture: Fixture) => number
  /**
   * Anonymous proposal submissions sent at this rate while the scenario is timed (the last hours
   * of a content call); the row is read beside `alone`, the same read without them.
   */
  writes?: { perSecond: number; alone: string }
  /**
   * An organizer's edits to the events `path` cycles over, sent at this rate while the scenario
   * is timed (bench/edits.ts): pages and the root fields they read are invalidated for real.
   */
  edits?: { perSecond: number }
  /** Runs against the baseline server instead of the app. */
  baseline?: boolean
  /**
   * Runs against the same app started with other settings (bench/servers.ts): `vanilla` is plain
   * Payload (RESPONSE_CACHE=off, no response or document cache), so every run shows the ratio to
   * the peer too; `two-processes` is WEB_CONCURRENCY=2 with REDIS_URL. The row notes how it
   * compares with `peerOf`, which runs before it.
   */
  variant?: { name: VariantName; peerOf: string }
  /**
   * What one answer must contain before its speed means anything (checked once before the load):
   * a substring of the body. JSON answers are also checked for GraphQL `errors` and empty `docs`.
   */
  expect?: string
}

const LIST = '/api/events?sort=startsAt&depth=1&limit=20'

/**
 * A different instant for every request `i` (so no two requests are alike and no cache can
 * help), all within the first 1,000 days of the dataset's events (2019 on) so that every
 * answer still holds a full page, even in quick mode's small dataset.
 */
const day = (i: number) =>
  new Date(
    Date.UTC(2019, 0, 1) + (i % 1000) * 86_400_000 + Math.floor(i / 1000) * 1000,
  ).toISOString()

const HOME_QUERY = JSON.stringify({
  query: `{
  featured: Events(where: { moderationStatus: { equals: featured } }, sort: "startsAt", limit: 10) {
    docs { id title slug startsAt endsAt place { id name city stepFree } organizations { id name slug } }
  }
  posts: Posts(sort: "-publishedAt", limit: 10) { docs { id title slug summary publishedAt } }
}`,
})

/** A valid proposal, distinct for each `i`, as the public form sends it. */
export const proposal = (i: number) =>
  JSON.stringify({
    title: `Bench proposal ${i}`,
    format: 'discussion',
    description: 'Sent by the benchmark.',
    submitterName: `Bench ${i}`,
    submitterEmail: `bench${i}@example.org`,
    consent: true,
    answers: [{ question: 'recording', value: '2' }],
  })

const READS: Scenario[] = [
  {
    name: 'baseline',
    title: 'bare node:http + one SQL query (the list below)',
    path: () => '/',
    baseline: true,
  },
  { name: 'rest-list', title: `anonymous ${LIST}`, path: () => LIST },
  {
    name: 'rest-list-uncached',
    title: "the same list asked with Cache-Control: no-cache (Payload's read path, no cache)",
    path: () => LIST,
    headers: () => ({ 'cache-control': 'no-cache' }),
  },
  {
    name: 'vanilla-rest-list',
    title: 'the same list from plain Payload: this app started with RESPONSE_CACHE=off',
    path: () => LIST,
    variant: { name: 'vanilla', peerOf: 'rest-list' },
  },
  {
    name: 'rest-list-two-processes',
    title: 'the same list from two server processes (WEB_CONCURRENCY=2, REDIS_URL)',
    path: () => LIST,
    variant: { name: 'two-processes', peerOf: 'rest-list' },
  },
  {
    name: 'rest-list-uncached-two-processes',
    title: 'the uncached list from two server processes (WEB_CONCURRENCY=2, REDIS_URL)',
    path: () => LIST,
    headers: () => ({ 'cache-control': 'no-cache' }),
    variant: { name: 'two-processes', peerOf: 'rest-list-uncached' },
  },
  {
    name: 'rest-list-distinct',
    title: 'the same list, a different startsAt filter each request',
    path: (i) => `${LIST}&where[startsAt][greater_than_equal]=${day(i)}`,
  },
  {
    name: 'rest-slug',
    title: 'one event by slug (depth=1), cycling over 200 slugs',
    path: (i, f) =>
      `/api/events?where[slug][equals]=${encodeURIComponent(f.slugs[i % f.slugs.length]!)}&depth=1&limit=1`,
  },
  {
    name: 'graphql-home',
    title: 'GraphQL home page: featured events with place and organizations, latest posts',
    method: 'POST',
    path: () => '/api/graphql',
    body: () => HOME_QUERY,
    headers: () => ({ 'content-type': 'application/json' }),
  },
  {
    name: 'hyperactive-xml',
    title: 'GET /events.xml',
    path: () => '/events.xml',
    expect: '<event>',
  },
  {
    name: 'rss',
    title: 'GET /feeds/events.rss',
    path: () => '/feeds/events.rss',
    expect: '<item>',
  },
  {
    name: 'ics',
    title: 'GET /feeds/events.ics',
    path: () => '/feeds/events.ics',
    expect: 'BEGIN:VEVENT',
  },
  {
    name: 'frab',
    title: "GET /events/:id/schedule.xml (the gathering's sessions)",
    path: (_i, f) => `/events/${f.gathering.feedId}/schedule.xml`,
    expect: '<event id=',
  },
  // The gathering site's pages, anonymous and so cached under the change token like the API.
  { name: 'site-home', title: 'site: home page (/)', path: () => '/', expect: 'Latest posts' },
  {
    name: 'site-home-uncached',
    title: 'site: home page rendered afresh each time (a distinct ?v= per request)',
    path: (i) => `/?v=${i}`,
    expect: 'Latest posts',
  },
  {
    name: 'site-calendar',
    title: 'site: the calendar, upcoming events as a list (/calendar)',
    path: () => '/calendar',
    expect: 'Upcoming assembly',
  },
  {
    name: 'site-month',
    title: "site: this month's calendar (/calendar?view=month)",
    path: () => '/calendar?view=month',
    expect: '<table class="month"',
  },
  {
    name: 'site-event',
    title: 'site: one event page, cycling over 200 slugs (/events/:slug)',
    path: (i, f) => `/events/${encodeURIComponent(f.slugs[i % f.slugs.length]!)}`,
    pages: (f) => f.slugs.length,
    expect: '<h1>',
  },
  {
    name: 'site-event-uncached',
    title: 'site: one event page rendered afresh each time (200 slugs, a distinct ?v=)',
    path: (i, f) => `/events/${encodeURIComponent(f.slugs[i % f.slugs.length]!)}?v=${i}`,
    expect: '<h1>',
  },
  {
    name: 'site-event-edited',
    title:
      'site: one event page (200 slugs) while an organizer edits those events 5 times a second',
    path: (i, f) => `/events/${encodeURIComponent(f.slugs[i % f.slugs.length]!)}`,
    edits: { perSecond: 5 },
    expect: '<h1>',
  },
  {
    name: 'site-schedule',
    title: "site: the gathering's programme (/events/dual-power-2022/schedule)",
    path: () => '/events/dual-power-2022/schedule',
    expect: 'session-title',
  },
  {
    name: 'submit-proposal',
    title: 'anonymous POST /api/proposals (valid, distinct)',
    method: 'POST',
    path: () => '/api/proposals',
    body: proposal,
    headers: () => ({ 'content-type': 'application/json' }),
  },
  {
    name: 'submit-proposal-two-processes',
    title: 'the same submissions to two server processes (WEB_CONCURRENCY=2, REDIS_URL)',
    method: 'POST',
    path: () => '/api/proposals',
    body: proposal,
    headers: () => ({ 'content-type': 'application/json' }),
    variant: { name: 'two-processes', peerOf: 'submit-proposal' },
  },
  {
    name: 'organizer-proposals',
    title: 'organizer lists proposals by weighted score',
    path: () => '/api/proposals?sort=-reviewScore&depth=0&limit=20',
    headers: (f) => ({ authorization: `JWT ${f.organizerToken}` }),
  },
]

/** Reads timed while proposals arrive: a write nobody anonymous can read must not slow them. */
const DURING_WRITES = ['rest-list', 'graphql-home', 'rss'].flatMap((name) => {
  const read = READS.find((scenario) => scenario.name === name)!
  return [5, 20].map((perSecond): Scenario => ({
    ...read,
    name: `${name}-writes${perSecond}`,
    title: `${name} while ${perSecond} proposals/s arrive`,
    writes: { perSecond, alone: name },
  }))
})

export const SCENARIOS: Scenario[] = [...READS, ...DURING_WRITES]
