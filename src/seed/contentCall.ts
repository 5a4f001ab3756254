import type { Payload } from 'payload'

import { CALL_SETTINGS_SLUG } from '../../plugins/content-call/index.js'
import { GATHERING } from './content.js'
import type { SeedCounts } from './index.js'

const CRITERIA = [
  ['fit', 2, 'Fit with the gathering', 'Encaje con el encuentro'],
  ['clarity', 1, 'Clarity of the plan', 'Claridad del plan'],
  ['accessibility', 1, 'Accessibility and participation', 'Accesibilidad y participación'],
] as const

/**
 * The review side of the demo call: its criteria and gathering, each written only while still
 * empty (so calls set up before these settings existed get them, and an organizer's choice
 * stays).
 */
async function seedReviewSettings(payload: Payload) {
  const current = (await payload.findGlobal({ slug: CALL_SETTINGS_SLUG as never, depth: 0 })) as {
    criteria?: { id: string }[] | null
    gathering?: string | null
  }
  let changed = false
  if (!current.gathering) {
    const event = await payload.find({
      collection: 'events',
      where: { slug: { equals: GATHERING.slug } },
      limit: 1,
      depth: 0,
    })
    if (event.docs[0]) {
      await payload.updateGlobal({
        slug: CALL_SETTINGS_SLUG as never,
        data: { gathering: event.docs[0].id } as never,
      })
      changed = true
    }
  }
  if (!current.criteria?.length) {
    const saved = (await payload.updateGlobal({
      slug: CALL_SETTINGS_SLUG as never,
      locale: 'en',
      data: {
        criteria: CRITERIA.map(([key, weight, label]) => ({ key, weight, label })),
      } as never,
    })) as unknown as { criteria: { id: string }[] }
    await payload.updateGlobal({
      slug: CALL_SETTINGS_SLUG as never,
      locale: 'es',
      data: {
        criteria: saved.criteria.map((row, i) => ({ ...row, label: CRITERIA[i]![3] })),
      } as never,
    })
    changed = true
  }
  return changed
}

/**
 * The demo content call: open through 2027 so the quick start shows a working form, with the
 * gathering's themes as tracks and two extra questions. Written once: a call an organizer has
 * set up (any `opensAt`) is left alone.
 */
export async function seedContentCall(payload: Payload, counts: SeedCounts) {
  const current = (await payload.findGlobal({ slug: CALL_SETTINGS_SLUG as never, depth: 0 })) as {
    opensAt?: string | null
  }
  if (current.opensAt) {
    const changed = await seedReviewSettings(payload)
    counts.contentCall = { created: changed ? 1 : 0, unchanged: changed ? 0 : 1 }
    return
  }
  const tracks = [
    ['tenant-unions', 'Tenant unions and housing', 'Sindicatos de inquilinas y vivienda'],
    ['cooperatives', 'Cooperatives and solidarity economy', 'Cooperativas y economía solidaria'],
    ['mutual-aid', 'Mutual aid and community defense', 'Apoyo mutuo y autodefensa comunitaria'],
    ['assemblies', 'Assemblies and councils', 'Asambleas y consejos'],
  ] as const
  const en = await payload.updateGlobal({
    slug: CALL_SETTINGS_SLUG as never,
    locale: 'en',
    data: {
      opensAt: '2026-01-01T00:00:00.000Z',
      closesAt: '2027-12-31T23:59:00.000Z',
      intro:
        'At Dual Power 2022 we want to foster an atmosphere of generative co-learning and co-creativity. Propose a workshop, panel, skill share or discussion about the work your organization does.',
      formats: ['workshop', 'panel', 'skill-share', 'discussion'],
      lengths: ['60', '90'],
      languages: ['en', 'es', 'asl'],
      tracks: tracks.map(([key, label]) => ({ key, label })),
      questions: [
        {
          key: 'experience',
          type: 'text',
          required: false,
          label: 'Has your group run this session before? How did it go?',
        },
        {
          key: 'recording',
          type: 'choice',
          required: true,
          label: 'May we record the session?',
          options: [{ label: 'Yes' }, { label: 'Audio only' }, { label: 'No' }],
        },
      ],
      maxPerEmail: 3,
      minFillSeconds: 5,
    } as never,
  })
  const saved = en as unknown as {
    tracks: { id: string }[]
    questions: { id: string; options?: { id: string }[] }[]
  }
  await payload.updateGlobal({
    slug: CALL_SETTINGS_SLUG as never,
    locale: 'es',
    data: {
      intro:
        'En Dual Power 2022 queremos un ambiente de co-aprendizaje y co-creación. Propón un taller, una mesa redonda, un intercambio de saberes o un debate sobre el trabajo de tu organización.',
      tracks: saved.tracks.map((row, i) => ({ ...row, label: tracks[i]![2] })),
      questions: [
        { ...saved.questions[0], label: '¿Tu grupo ya hizo esta sesión antes? ¿Cómo fue?' },
        {
          ...saved.questions[1],
          label: '¿Podemos grabar la sesión?',
          options: ['Sí', 'Solo audio', 'No'].map((label, i) => ({
            ...saved.questions[1]!.options![i],
            label,
          })),
        },
      ],
    } as never,
  })
  await seedReviewSettings(payload)
  counts.contentCall = { created: 1, unchanged: 0 }
}
