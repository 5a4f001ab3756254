/** What `npm run bench` measures: one entry per scenario, run with autocannon. */

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
  /** Runs against the baseline server instead of the app. */
  baseline?: boolean
}

const LIST = '/api/events?sort=startsAt&depth=1&limit=20'

/** A date `i` days after 2019-01-01: a different query each request. */
const day = (i: number) => new Date(Date.UTC(2019, 0, 1) + (i % 2900) * 86_400_000).toISOString()

const HOME_QUERY = JSON.stringify({
  query: `{
  featured: Events(where: { moderationStatus: { equals: featured } }, sort: "startsAt", limit: 10) {
    docs { id title slug startsAt endsAt place { id name city stepFree } organizations { id name slug } }
  }
  posts: Posts(sort: "-publishedAt", limit: 10) { docs { id title slug summary publishedAt } }
}`,
})

export const SCENARIOS: Scenario[] = [
  {
    name: 'baseline',
    title: 'bare node:http + one SQL query (the list below)',
    path: () => '/',
    baseline: true,
  },
  { name: 'rest-list', title: `anonymous ${LIST}`, path: () => LIST },
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
  { name: 'hyperactive-xml', title: 'GET /events.xml', path: () => '/events.xml' },
  { name: 'rss', title: 'GET /feeds/events.rss', path: () => '/feeds/events.rss' },
  { name: 'ics', title: 'GET /feeds/events.ics', path: () => '/feeds/events.ics' },
  {
    name: 'frab',
    title: "GET /events/:id/schedule.xml (the gathering's sessions)",
    path: (_i, f) => `/events/${f.gathering.feedId}/schedule.xml`,
  },
  {
    name: 'submit-proposal',
    title: 'anonymous POST /api/proposals (valid, distinct)',
    method: 'POST',
    path: () => '/api/proposals',
    body: (i) =>
      JSON.stringify({
        title: `Bench proposal ${i}`,
        format: 'discussion',
        description: 'Sent by the benchmark.',
        submitterName: `Bench ${i}`,
        submitterEmail: `bench${i}@example.org`,
        consent: true,
        answers: [{ question: 'recording', value: '2' }],
      }),
    headers: () => ({ 'content-type': 'application/json' }),
  },
  {
    name: 'organizer-proposals',
    title: 'organizer lists proposals by weighted score',
    path: () => '/api/proposals?sort=-reviewScore&depth=0&limit=20',
    headers: (f) => ({ authorization: `JWT ${f.organizerToken}` }),
  },
]
