import type { Payload, PayloadRequest } from 'payload'

import {
  MODERATION_DIGEST,
  MODERATION_IMPORT,
  MODERATION_NOTE,
  MODERATION_TRUSTED,
  type ModerationDigest,
} from '../../moderation/index.js'
import { placeKey } from '../utilities/recordToEvent.js'

type Counts = { organizationsCreated: number; placesCreated: number; seriesCreated: number }

/**
 * What an import has made, counted once each: a dry run rolls every batch back, so a batch
 * makes again what an earlier batch made.
 */
export type LinkTally = { counts: Counts; made: Set<string> }

const tallied = (tally: LinkTally, key: string, count: keyof Counts) => {
  if (tally.made.has(key)) return
  tally.made.add(key)
  tally.counts[count]++
}
type Key = {
  collectiveId: number | null
  seriesId: number | null
  place: string | null
  title: string
}

/** Organizations by Hyperactive collective id; unknown collectives are created, pending. */
export async function resolveCollectives(
  payload: Payload,
  req: PayloadRequest,
  keys: Key[],
  tally: LinkTally,
  digest: ModerationDigest,
) {
  const ids = [
    ...new Set(keys.map((k) => k.collectiveId).filter((id): id is number => id !== null)),
  ]
  const byCollective = new Map<number, string>()
  if (ids.length === 0) return byCollective
  const { docs } = await payload.find({
    collection: 'organizations',
    where: { hyperactiveCollectiveId: { in: ids } },
    select: { hyperactiveCollectiveId: true },
    pagination: false,
    depth: 0,
    req,
  })
  for (const doc of docs as unknown as { id: string; hyperactiveCollectiveId: number }[]) {
    byCollective.set(doc.hyperactiveCollectiveId, doc.id)
  }
  for (const id of ids) {
    if (byCollective.has(id)) continue
    Object.assign(req.context, {
      [MODERATION_TRUSTED]: true,
      [MODERATION_IMPORT]: false,
      [MODERATION_NOTE]: `collective ${id} first seen in a Hyperactive import`,
      [MODERATION_DIGEST]: digest,
    })
    const org = await payload.create({
      collection: 'organizations',
      data: {
        name: `Hyperactive collective ${id}`,
        kind: 'other',
        hyperactiveCollectiveId: id,
        listPublicly: true,
        moderationStatus: 'pending',
      },
      locale: 'en',
      depth: 0,
      req,
    })
    byCollective.set(id, String(org.id))
    tallied(tally, `collective ${id}`, 'organizationsCreated')
  }
  return byCollective
}

export type PlaceLink = { id: string; name: string }

/**
 * Places by the text of `<place>`: an existing place whose name matches (case and spacing
 * aside) or a new one named by the text, so one venue is one place however many imports name
 * it. Places are few (a calendar's venues); they are read once per file.
 */
export async function resolvePlaces(
  payload: Payload,
  req: PayloadRequest,
  keys: Key[],
  tally: LinkTally,
) {
  const byKey = new Map<string, PlaceLink>()
  const wanted = new Map<string, string>()
  for (const k of keys)
    if (k.place && !wanted.has(placeKey(k.place))) wanted.set(placeKey(k.place), k.place)
  if (wanted.size === 0) return byKey
  const { docs } = await payload.find({
    collection: 'places',
    select: { name: true },
    sort: 'createdAt',
    pagination: false,
    depth: 0,
    locale: 'en',
    req,
  })
  for (const doc of docs as unknown as { id: string; name?: string | null }[]) {
    const key = doc.name ? placeKey(doc.name) : ''
    // The oldest of two places with one name keeps the events.
    if (key && wanted.has(key) && !byKey.has(key))
      byKey.set(key, { id: String(doc.id), name: doc.name as string })
  }
  for (const [key, name] of wanted) {
    if (byKey.has(key)) continue
    const place = await payload.create({
      collection: 'places',
      data: { name },
      locale: 'en',
      depth: 0,
      req,
    })
    byKey.set(key, { id: String(place.id), name })
    tallied(tally, `place ${key}`, 'placesCreated')
  }
  return byKey
}

export type SeriesLink = { id: string; hyperactiveId: number }

/**
 * Series by `<event-group-id>`: the series with that source id, or a new one titled after the
 * first of its events in the file (an organizer can rename it; the id stays).
 */
export async function resolveSeries(
  payload: Payload,
  req: PayloadRequest,
  keys: Key[],
  tally: LinkTally,
) {
  const titles = new Map<number, string>()
  for (const k of keys)
    if (k.seriesId !== null && !titles.has(k.seriesId)) titles.set(k.seriesId, k.title)
  const bySource = new Map<number, SeriesLink>()
  if (titles.size === 0) return bySource
  const { docs } = await payload.find({
    collection: 'event-groups',
    where: { hyperactiveId: { in: [...titles.keys()] } },
    select: { hyperactiveId: true },
    pagination: false,
    depth: 0,
    req,
  })
  for (const doc of docs as unknown as { id: string; hyperactiveId: number }[]) {
    bySource.set(doc.hyperactiveId, { id: String(doc.id), hyperactiveId: doc.hyperactiveId })
  }
  for (const [hyperactiveId, title] of titles) {
    if (bySource.has(hyperactiveId)) continue
    const series = await payload.create({
      collection: 'event-groups',
      data: { title: title.slice(0, 200), hyperactiveId },
      locale: 'en',
      depth: 0,
      req,
    })
    bySource.set(hyperactiveId, { id: String(series.id), hyperactiveId })
    tallied(tally, `series ${hyperactiveId}`, 'seriesCreated')
  }
  return bySource
}
