import type { Payload } from 'payload'

import { paragraphs } from '../../plugins/shared/index.js'
import { GATHERING_ACCESS, GATHERING_PLACE, ORGANIZATIONS } from './content.js'
import type { SeedCounts } from './counts.js'
import { ensure, tally } from './ensure.js'
import { nextGathering, SEASON_EVENTS, SEASON_PLACES, seasonTimes } from './season.js'

type Doc = { id: number | string }

/** The next gathering (pinned, call open) and the community events of the coming months. */
export async function seedSeason(payload: Payload, counts: SeedCounts, now: Date) {
  const t = (name: string) => (counts[name] ??= tally())
  const byName = async (collection: 'places' | 'organizations', name: string) =>
    (
      await payload.find({
        collection,
        where: { name: { equals: name } },
        limit: 1,
        depth: 0,
        overrideAccess: true,
      })
    ).docs[0] as Doc | undefined

  const places = new Map<string, Doc>()
  for (const place of SEASON_PLACES) {
    places.set(
      place.name,
      await ensure<Doc>(payload, t('places'), 'places', { name: { equals: place.name } }, place),
    )
  }
  const orgs = new Map<string, Doc>()
  for (const org of ORGANIZATIONS) {
    const found = await byName('organizations', org.name)
    if (found) orgs.set(org.name, found)
  }

  const next = nextGathering(now)
  const dunes = await byName('places', GATHERING_PLACE.name)
  await ensure<Doc>(
    payload,
    t('events'),
    'events',
    { slug: { equals: next.slug } },
    {
      title: next.title.en,
      slug: next.slug,
      startsAt: next.startsAt,
      startsAt_tz: next.tz,
      endsAt: next.endsAt,
      endsAt_tz: next.tz,
      place: dunes?.id,
      organizations: [...orgs.values()].map((o) => o.id),
      summary: paragraphs(next.summary.en),
      body: paragraphs(...next.body.en),
      publishedBy: 'Dual Power organizers',
      languages: ['en', 'es'],
      costType: 'pay-what-you-can',
      accessibility: GATHERING_ACCESS,
      stickAtTop: true,
      moderationStatus: 'featured',
    },
    {
      title: next.title.es,
      summary: paragraphs(next.summary.es),
      body: paragraphs(...next.body.es),
      accessibility: {
        notes:
          'Organizado según los principios de justicia para personas con discapacidad. Cuéntanos qué necesitas en el formulario de accesibilidad.',
      },
    },
  )

  for (const event of SEASON_EVENTS) {
    const { startsAt, endsAt } = seasonTimes(event, now)
    await ensure<Doc>(
      payload,
      t('events'),
      'events',
      { slug: { equals: event.slug } },
      {
        slug: event.slug,
        title: event.title.en,
        summary: paragraphs(event.summary.en),
        startsAt,
        startsAt_tz: 'America/Chicago',
        endsAt,
        endsAt_tz: 'America/Chicago',
        place: event.place ? places.get(event.place)?.id : undefined,
        onlineUrl: event.onlineUrl,
        organizations: event.organizations.map((name) => orgs.get(name)?.id).filter(Boolean),
        languages: event.languages,
        accessibility: { interpretation: event.interpretation ?? [] },
        costType: event.costType,
        moderationStatus: event.moderationStatus,
      },
      { title: event.title.es, summary: paragraphs(event.summary.es) },
    )
  }
}
