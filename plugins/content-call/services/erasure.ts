import type { PayloadRequest, Where } from 'payload'

import { commitTransaction, initTransaction, killTransaction } from 'payload'

import { CALL_SETTINGS_SLUG } from '../globals/CallSettings.js'

/** The private fields erased after the gathering, per collection. */
export const ERASED_FIELDS = {
  proposals: ['accessNeeds', 'childcareRequest'],
  sessions: ['facilitatorNeeds'],
} as const

type Settings = {
  eraseAfterDays?: number | null
  gathering?: { id: string; startsAt?: string | null; endsAt?: string | null } | string | null
}

/** `ran`: the day had come (even if nothing was left to erase); `reason` says what happened. */
export type ErasureResult = { ran: boolean; erased: number; reason: string; cutoff: string | null }

const DAY = 24 * 60 * 60 * 1000

/**
 * Once `eraseAfterDays` have passed since the gathering ended (its end, or its start when it has
 * none), empties the access needs and childcare requests of every proposal, and the needs
 * carried into sessions, then writes one erasure record naming each document and field (never
 * the text). Does nothing, and says why, when no gathering is set or the day has not come.
 */
export async function eraseAccessNeeds(
  req: PayloadRequest,
  now: Date = new Date(),
): Promise<ErasureResult> {
  const settings = (await req.payload.findGlobal({
    slug: CALL_SETTINGS_SLUG,
    depth: 1,
    overrideAccess: true,
    req,
  })) as Settings
  const gathering = typeof settings.gathering === 'object' ? settings.gathering : null
  const end = gathering?.endsAt ?? gathering?.startsAt
  if (!gathering || !end) {
    return {
      ran: false,
      erased: 0,
      reason: 'no gathering is set in the content call settings',
      cutoff: null,
    }
  }
  const cutoff = new Date(new Date(end).getTime() + (settings.eraseAfterDays ?? 30) * DAY)
  if (now < cutoff) {
    return {
      ran: false,
      erased: 0,
      reason: `waiting until ${cutoff.toISOString()}`,
      cutoff: cutoff.toISOString(),
    }
  }

  // All or nothing: the erasures and their record land together.
  const owns = await initTransaction(req)
  try {
    const result = await eraseAll(req, gathering.id, cutoff)
    if (owns) await commitTransaction(req)
    return result
  } catch (error) {
    if (owns) await killTransaction(req)
    throw error
  }
}

async function eraseAll(req: PayloadRequest, gatheringId: string, cutoff: Date) {
  const erased: { collection: string; documentId: string; fields: string }[] = []
  for (const [collection, fields] of Object.entries(ERASED_FIELDS) as [
    keyof typeof ERASED_FIELDS,
    readonly string[],
  ][]) {
    const where: Where = {
      or: fields.map((field) => ({ [field]: { exists: true } })),
    }
    const found = await req.payload.find({
      collection,
      where,
      depth: 0,
      pagination: false,
      // The fields to erase are a list built at run time: no select type can name them.
      select: Object.fromEntries(fields.map((f) => [f, true])) as never,
      overrideAccess: true,
      req,
    })
    for (const doc of found.docs as unknown as Record<string, unknown>[]) {
      const set = fields.filter((f) => doc[f] !== null && doc[f] !== undefined)
      if (set.length === 0) continue
      await req.payload.update({
        collection,
        id: doc.id as string,
        // As above: the erased fields are known only at run time.
        data: Object.fromEntries(set.map((f) => [f, null])) as never,
        depth: 0,
        overrideAccess: true,
        req,
      })
      // Empty strings are cleared too, but only fields that said something are reported.
      const present = set.filter((f) => doc[f] !== '')
      if (present.length > 0)
        erased.push({ collection, documentId: String(doc.id), fields: present.join(', ') })
    }
  }
  const summary = `Erased ${erased.length} document${erased.length === 1 ? '' : 's'} (cut-off ${cutoff.toISOString().slice(0, 10)})`
  req.payload.logger.info({ msg: `[content-call] ${summary}`, erased })
  if (erased.length > 0) {
    await req.payload.create({
      collection: 'erasure-log',
      data: { summary, gathering: gatheringId, cutoff: cutoff.toISOString(), erased },
      overrideAccess: true,
      req,
    })
  }
  return { ran: true, erased: erased.length, reason: summary, cutoff: cutoff.toISOString() }
}
