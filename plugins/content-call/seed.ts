import type { Payload } from 'payload'

import { CALL_SETTINGS_SLUG } from './globals/CallSettings.js'

type Both = { en: string; es: string }

/** A call to set up on an empty install (the app's demo content gives the words). */
export type CallSeed = {
  /** The slug of the event the call is for (linked when that event exists). */
  gatheringSlug: string
  opensAt: string
  closesAt: string
  intro: Both
  formats: string[]
  lengths: string[]
  languages: string[]
  tracks: { key: string; label: Both }[]
  questions: {
    key: string
    type: 'text' | 'choice' | 'checkbox'
    required: boolean
    label: Both
    options?: Both[]
  }[]
  criteria: { key: string; weight: number; label: Both }[]
  maxPerEmail: number
  minFillSeconds: number
}

type Row = { id: string; options?: { id: string }[] }

const read = (payload: Payload) =>
  payload.findGlobal({ slug: CALL_SETTINGS_SLUG, depth: 0 }) as Promise<{
    opensAt?: string | null
    criteria?: Row[] | null
    gathering?: unknown
  }>

/** Writes `data` in English, then the Spanish labels onto the rows English created. */
async function writeBoth(
  payload: Payload,
  en: Record<string, unknown>,
  es: (saved: Record<string, Row[]>) => Record<string, unknown>,
) {
  const saved = await payload.updateGlobal({
    slug: CALL_SETTINGS_SLUG,
    locale: 'en',
    data: en,
  })
  await payload.updateGlobal({
    slug: CALL_SETTINGS_SLUG,
    locale: 'es',
    // Rows and labels the caller builds: the global's generated type is the app's.
    data: es(saved as unknown as Record<string, Row[]>) as never,
  })
}

/** The review side: criteria and gathering, each written only while still empty. */
async function seedReview(payload: Payload, seed: CallSeed) {
  const current = await read(payload)
  let changed = false
  if (!current.gathering) {
    const event = await payload.find({
      collection: 'events',
      where: { slug: { equals: seed.gatheringSlug } },
      limit: 1,
      depth: 0,
    })
    if (event.docs[0]) {
      await payload.updateGlobal({
        slug: CALL_SETTINGS_SLUG,
        data: { gathering: event.docs[0].id },
      })
      changed = true
    }
  }
  if (!current.criteria?.length) {
    await writeBoth(
      payload,
      { criteria: seed.criteria.map((c) => ({ key: c.key, weight: c.weight, label: c.label.en })) },
      (saved) => ({
        criteria: saved.criteria!.map((row, i) => ({ ...row, label: seed.criteria[i]!.label.es })),
      }),
    )
    changed = true
  }
  return changed
}

/**
 * Sets up the call once, in English and Spanish: a call an organizer has set up (any `opensAt`)
 * is left alone, except that its criteria and gathering are filled while still empty (calls
 * set up before those settings existed get them). True when anything was written.
 */
export async function seedCall(payload: Payload, seed: CallSeed): Promise<boolean> {
  if ((await read(payload)).opensAt) return seedReview(payload, seed)
  await writeBoth(
    payload,
    {
      opensAt: seed.opensAt,
      closesAt: seed.closesAt,
      intro: seed.intro.en,
      formats: seed.formats,
      lengths: seed.lengths,
      languages: seed.languages,
      tracks: seed.tracks.map((t) => ({ key: t.key, label: t.label.en })),
      questions: seed.questions.map((q) => ({
        key: q.key,
        type: q.type,
        required: q.required,
        label: q.label.en,
        ...(q.options ? { options: q.options.map((o) => ({ label: o.en })) } : {}),
      })),
      maxPerEmail: seed.maxPerEmail,
      minFillSeconds: seed.minFillSeconds,
    },
    (saved) => ({
      intro: seed.intro.es,
      tracks: saved.tracks!.map((row, i) => ({ ...row, label: seed.tracks[i]!.label.es })),
      questions: saved.questions!.map((row, i) => {
        const q = seed.questions[i]!
        return {
          ...row,
          label: q.label.es,
          ...(q.options
            ? { options: q.options.map((o, j) => ({ ...row.options![j], label: o.es })) }
            : {}),
        }
      }),
    }),
  )
  await seedReview(payload, seed)
  return true
}
