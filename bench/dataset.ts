/**
 * Fills a seeded database with the benchmark's content through Payload's Local API (so every
 * hook runs as in real use): places, organizations, posts, a gathering's sessions, proposals;
 * and gives the imported Hyperactive events places. Writes what the scenarios need (slugs,
 * ids) as JSON to the file named by the first argument.
 *
 * Run: DATABASE_URL=… tsx bench/dataset.ts OUT.json SCALE
 */
import fs from 'node:fs'

import { sql } from 'drizzle-orm'
import type { Payload } from 'payload'

import { ORGANIZATION_KINDS } from '../collections/Organizations/kinds.js'
import { runWithPayload } from '../src/cli/withPayload.js'
import { paragraphs } from '../plugins/shared/richText.js'

const [out, scaleArg] = process.argv.slice(2)
const scale = Number(scaleArg ?? 1)
if (!out || !(scale > 0)) throw new Error('usage: tsx bench/dataset.ts OUT.json SCALE')

const n = (base: number) => Math.max(2, Math.round(base * scale))
const STATES = [
  'published',
  'published',
  'published',
  'promoted',
  'featured',
  'hidden',
  'pending',
] as const
const FORMATS = ['workshop', 'panel', 'skill-share', 'discussion', 'caucus', 'plenary'] as const
const REVIEW = ['pending', 'in-review', 'accepted', 'waitlisted', 'rejected'] as const

async function timed<T>(label: string, count: number, make: (i: number) => Promise<T>) {
  const started = performance.now()
  const made: T[] = []
  for (let i = 0; i < count; i++) {
    made.push(await make(i))
    if ((i + 1) % 500 === 0) process.stderr.write(`  ${label}: ${i + 1}/${count}\n`)
  }
  const s = (performance.now() - started) / 1000
  process.stderr.write(`  ${label}: ${count} in ${s.toFixed(1)} s\n`)
  return made
}

async function fill(payload: Payload) {
  const admin = (
    await payload.find({ collection: 'users', where: { roles: { contains: 'admin' } }, limit: 1 })
  ).docs[0]
  const as = { overrideAccess: true, user: admin, depth: 0 } as const
  const places = await timed('places', n(200), (i) =>
    payload.create({
      collection: 'places',
      data: {
        name: `Community hall ${i + 1}`,
        address: `${100 + i} Solidarity Street`,
        city: ['Chicago', 'Gary', 'Detroit', 'Milwaukee'][i % 4],
        country: 'US',
        stepFree: (['yes', 'partial', 'no', 'unknown'] as const)[i % 4],
      },
      ...as,
    }),
  )
  await timed('organizations', n(450), (i) =>
    payload.create({
      collection: 'organizations',
      data: {
        name: `Bench collective ${i + 1}`,
        kind: ORGANIZATION_KINDS[i % ORGANIZATION_KINDS.length]!.value,
        description: paragraphs(`A group that organizes its neighbours, number ${i + 1}.`),
        city: 'Chicago',
        listPublicly: i % 10 !== 0,
        moderationStatus: STATES[i % STATES.length],
      },
      ...as,
    }),
  )
  await timed('posts', n(1000), (i) =>
    payload.create({
      collection: 'posts',
      data: {
        title: `News from the movement ${i + 1}`,
        summary: 'What tenant unions, co-ops and mutual aid networks did this week.',
        body: paragraphs(
          'Organizers met to plan the next assembly.',
          'Everyone is welcome; there will be childcare and interpretation.',
        ),
        publishedAt: new Date(Date.UTC(2019, 0, 1) + i * 86_400_000).toISOString(),
        moderationStatus: STATES[i % STATES.length],
      },
      ...as,
    }),
  )
  const gathering = (
    await payload.find({
      collection: 'events',
      where: { slug: { equals: 'dual-power-2022' } },
      limit: 1,
      ...as,
    })
  ).docs[0]!
  // The calendar's future: the feeds (/events.xml, RSS, iCalendar) list upcoming events only,
  // and the imported ones are mostly past. One every two days from tomorrow.
  const today = Date.UTC(
    new Date().getUTCFullYear(),
    new Date().getUTCMonth(),
    new Date().getUTCDate(),
  )
  await timed('upcoming events', n(100), (i) => {
    const at = today + (1 + 2 * i) * 86_400_000 + 18 * 3_600_000
    return payload.create({
      collection: 'events',
      data: {
        title: `Upcoming assembly ${i + 1}`,
        startsAt_tz: 'America/Chicago',
        summary: paragraphs('Tenants, co-ops and mutual aid networks meet.'),
        startsAt: new Date(at).toISOString(),
        endsAt: new Date(at + 2 * 3_600_000).toISOString(),
        place: places[i % places.length]!.id,
        moderationStatus: (['published', 'promoted', 'featured'] as const)[i % 3],
      },
      ...as,
    })
  })
  const start = Date.parse(gathering.startsAt as string)
  await timed('sessions', n(300), (i) => {
    const at = start + (i % 3) * 86_400_000 + (9 + (i % 8)) * 3_600_000
    return payload.create({
      collection: 'sessions',
      data: {
        event: gathering.id,
        title: `Session ${i + 1}: building dual power`,
        abstract: 'How we build the institutions we need, together.',
        format: FORMATS[i % FORMATS.length],
        startsAt: new Date(at).toISOString(),
        endsAt: new Date(at + 3_600_000).toISOString(),
        place: places[i % places.length]!.id,
        moderationStatus: i % 10 === 0 ? 'pending' : 'published',
      },
      ...as,
    })
  })
  await timed('proposals', n(5000), (i) =>
    payload.create({
      collection: 'proposals',
      data: {
        title: `Proposal ${i + 1}: mutual aid in practice`,
        format: FORMATS[i % FORMATS.length],
        description: 'A workshop on running a neighbourhood mutual aid network.',
        submitterName: `Submitter ${i + 1}`,
        submitterEmail: `submitter${i + 1}@example.org`,
        consent: true,
        languages: ['en'],
        reviewState: REVIEW[i % REVIEW.length],
      },
      ...as,
    }),
  )
  // Imported events come without places: give each one (a plain UPDATE, no hook depends on it).
  const assign = sql`UPDATE events SET place_id = p.id
    FROM (SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM places) AS p
    WHERE events.place_id IS NULL AND events.feed_id IS NOT NULL
      AND p.n = events.feed_id % ${places.length}`
  const db = payload.db as unknown as {
    drizzle: { run?: (q: unknown) => Promise<unknown>; execute?: (q: unknown) => Promise<unknown> }
  }
  await (db.drizzle.run ? db.drizzle.run(assign) : db.drizzle.execute!(assign))

  const events = await payload.find({
    collection: 'events',
    where: { moderationStatus: { in: ['published', 'promoted', 'featured'] } },
    sort: 'startsAt',
    limit: 200,
    select: { slug: true },
    overrideAccess: false,
    user: null,
  })
  fs.writeFileSync(
    out!,
    JSON.stringify({
      gathering: { id: gathering.id, feedId: gathering.feedId },
      slugs: events.docs.map((d) => d.slug).filter(Boolean),
      counts: {
        places: places.length,
        organizations: (await payload.count({ collection: 'organizations' })).totalDocs,
        posts: (await payload.count({ collection: 'posts' })).totalDocs,
        sessions: (await payload.count({ collection: 'sessions' })).totalDocs,
        proposals: (await payload.count({ collection: 'proposals' })).totalDocs,
        events: (await payload.count({ collection: 'events' })).totalDocs,
      },
    }),
  )
}

process.exit(await runWithPayload(fill))
