import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'

import { importEvents } from '../../plugins/hyperactive/index.js'
import { projectRoot } from '../paths.js'

import type { SeedCounts } from './counts.js'

import {
  GATHERING,
  GATHERING_ACCESS,
  GATHERING_PLACE,
  HYPERACTIVE_PLACE,
  ORGANIZATIONS,
  PEOPLE,
  POSTS,
  PROPOSALS,
  QUEUE,
  SESSIONS,
} from './content.js'
import { ensure, tally } from './ensure.js'
import { paragraphs } from '../../plugins/shared/index.js'
import { seedRichText } from './richText.js'

/** London Indymedia's event 2565, as its Hyperactive served it (../shared/seeds). */
// From the repository root, not this module's URL: compiled, this module lives in dist/start.mjs.
export const HYPERACTIVE_SEED_FILE = path.join(
  projectRoot,
  'src',
  'seed',
  'hyperactive-event-2565.xml',
)

type Doc = { id: number | string }

/** Local Chicago time in July (CDT, UTC−5) → ISO instant. */
const chicago = (day: number, time: string) =>
  new Date(`2022-07-${day}T${time}:00-05:00`).toISOString()

/** Dual Power 2022: places, organizations, people, the gathering, its sessions, posts, proposals. */
export async function seedGathering(payload: Payload, counts: SeedCounts) {
  const t = (name: string) => (counts[name] ??= tally())

  const dunes = await ensure<Doc>(
    payload,
    t('places'),
    'places',
    { name: { equals: GATHERING_PLACE.name } },
    GATHERING_PLACE,
  )
  await ensure<Doc>(
    payload,
    t('places'),
    'places',
    { name: { equals: HYPERACTIVE_PLACE.name } },
    HYPERACTIVE_PLACE,
  )

  const orgs = new Map<string, Doc>()
  for (const org of ORGANIZATIONS) {
    orgs.set(
      org.name,
      await ensure<Doc>(
        payload,
        t('organizations'),
        'organizations',
        { name: { equals: org.name } },
        {
          ...org,
          relationship: ['organizer'],
          listPublicly: true,
          moderationStatus: 'published',
        },
      ),
    )
  }
  await ensure<Doc>(
    payload,
    t('organizations'),
    'organizations',
    { hyperactiveCollectiveId: { equals: 27 } },
    {
      name: 'London Indymedia calendar collective',
      hyperactiveCollectiveId: 27,
      kind: 'other',
      description:
        'The collective that published event 2565 in the London Indymedia calendar (collective 27 in its export, which does not give its name).',
      listPublicly: true,
      moderationStatus: 'published',
    },
  )

  const people = new Map<string, Doc>()
  for (const person of PEOPLE) {
    people.set(
      person.name,
      await ensure<Doc>(
        payload,
        t('people'),
        'people',
        { name: { equals: person.name } },
        {
          name: person.name,
          pronouns: person.pronouns,
          bio: person.bio,
          organization: orgs.get(person.org)?.id,
        },
      ),
    )
  }

  const gathering = await ensure<Doc>(
    payload,
    t('events'),
    'events',
    { slug: { equals: GATHERING.slug } },
    {
      title: GATHERING.title.en,
      slug: GATHERING.slug,
      startsAt: GATHERING.startsAt,
      startsAt_tz: GATHERING.tz,
      endsAt: GATHERING.endsAt,
      endsAt_tz: GATHERING.tz,
      place: dunes.id,
      organizations: [...orgs.values()].map((o) => o.id),
      summary: paragraphs(GATHERING.summary.en),
      body: paragraphs(...GATHERING.body.en),
      publishedBy: 'Dual Power 2022 organizers',
      languages: ['en', 'es'],
      costType: 'pay-what-you-can',
      accessibility: GATHERING_ACCESS,
      // Archived: the next gathering (season.ts) is the pinned, featured one.
      moderationStatus: 'published',
    },
    {
      title: GATHERING.title.es,
      summary: paragraphs(GATHERING.summary.es),
      body: paragraphs(...GATHERING.body.es),
    },
  )

  for (const s of SESSIONS) {
    const start = chicago(s.day, s.start)
    await ensure<Doc>(
      payload,
      t('sessions'),
      'sessions',
      { slug: { equals: s.slug } },
      {
        event: gathering.id,
        slug: s.slug,
        title: s.title.en,
        abstract: s.abstract,
        format: s.format,
        track: s.track,
        startsAt: start,
        startsAt_tz: 'America/Chicago',
        endsAt: new Date(new Date(start).getTime() + s.minutes * 60_000).toISOString(),
        endsAt_tz: 'America/Chicago',
        place: dunes.id,
        room: s.room,
        facilitators: s.facilitators.map((name) => people.get(name)?.id).filter(Boolean),
        languages: s.languages,
        interpretation: s.languages.includes('es') ? ['es'] : [],
        moderationStatus: 'published',
      },
      s.title.es ? { title: s.title.es } : undefined,
    )
  }

  for (const post of POSTS) {
    await ensure<Doc>(
      payload,
      t('posts'),
      'posts',
      { slug: { equals: post.slug } },
      {
        slug: post.slug,
        title: post.title.en,
        summary: post.summary.en,
        body: seedRichText(post.body.en),
        publishedAt: post.publishedAt,
        moderationStatus: 'published',
      },
      {
        title: post.title.es,
        summary: post.summary.es,
        ...('es' in post.body && post.body.es ? { body: seedRichText(post.body.es) } : {}),
      },
    )
  }

  // Two items wait in the moderation queue, so the dashboard shows what a moderator does.
  await ensure<Doc>(
    payload,
    t('organizations'),
    'organizations',
    { name: { equals: QUEUE.organization.name } },
    { ...QUEUE.organization, moderationStatus: 'pending' },
  )
  await ensure<Doc>(
    payload,
    t('posts'),
    'posts',
    { slug: { equals: QUEUE.post.slug } },
    { ...QUEUE.post, body: paragraphs(...QUEUE.post.body), moderationStatus: 'pending' },
  )

  for (const p of PROPOSALS) {
    await ensure<Doc>(
      payload,
      t('proposals'),
      'proposals',
      { title: { equals: p.title } },
      {
        title: p.title,
        format: p.format,
        description: p.description,
        submitterName: p.name,
        submitterEmail: p.email,
        accessNeeds: p.accessNeeds,
        childcareRequest: p.childcare,
        consent: true,
        reviewState: p.state,
        languages: ['en'],
      },
    )
  }

  // The real Hyperactive export, through the importer, exactly as an organizer would bring it.
  const imported = await importEvents(payload, fs.readFileSync(HYPERACTIVE_SEED_FILE), {
    file: path.basename(HYPERACTIVE_SEED_FILE),
    timeZone: 'Europe/London',
  })
  if (imported.failed.length > 0) {
    throw new Error(`seed: importing ${imported.file} failed: ${imported.failed[0]?.message}`)
  }
  t('events').created += imported.created
  t('events').unchanged += imported.unchanged + imported.updated
}
