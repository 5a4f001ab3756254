import type { Payload } from 'payload'

import { type CallSeed, seedCall } from '../../plugins/content-call/index.js'
import { GATHERING } from './content.js'
import type { SeedCounts } from './counts.js'

/**
 * The demo content call: open through 2027 so the quick start shows a working form, with the
 * gathering's themes as tracks, two extra questions and three review criteria.
 */
export const DEMO_CALL: CallSeed = {
  gatheringSlug: GATHERING.slug,
  opensAt: '2026-01-01T00:00:00.000Z',
  closesAt: '2027-12-31T23:59:00.000Z',
  intro: {
    en: 'At Dual Power 2022 we want to foster an atmosphere of generative co-learning and co-creativity. Propose a workshop, panel, skill share or discussion about the work your organization does.',
    es: 'En Dual Power 2022 queremos un ambiente de co-aprendizaje y co-creación. Propón un taller, una mesa redonda, un intercambio de saberes o un debate sobre el trabajo de tu organización.',
  },
  formats: ['workshop', 'panel', 'skill-share', 'discussion'],
  lengths: ['60', '90'],
  languages: ['en', 'es', 'asl'],
  tracks: [
    ['tenant-unions', 'Tenant unions and housing', 'Sindicatos de inquilinas y vivienda'],
    ['cooperatives', 'Cooperatives and solidarity economy', 'Cooperativas y economía solidaria'],
    ['mutual-aid', 'Mutual aid and community defense', 'Apoyo mutuo y autodefensa comunitaria'],
    ['assemblies', 'Assemblies and councils', 'Asambleas y consejos'],
  ].map(([key, en, es]) => ({ key: key!, label: { en: en!, es: es! } })),
  questions: [
    {
      key: 'experience',
      type: 'text',
      required: false,
      label: {
        en: 'Has your group run this session before? How did it go?',
        es: '¿Tu grupo ya hizo esta sesión antes? ¿Cómo fue?',
      },
    },
    {
      key: 'recording',
      type: 'choice',
      required: true,
      label: { en: 'May we record the session?', es: '¿Podemos grabar la sesión?' },
      options: [
        { en: 'Yes', es: 'Sí' },
        { en: 'Audio only', es: 'Solo audio' },
        { en: 'No', es: 'No' },
      ],
    },
  ],
  criteria: [
    {
      key: 'fit',
      weight: 2,
      label: { en: 'Fit with the gathering', es: 'Encaje con el encuentro' },
    },
    { key: 'clarity', weight: 1, label: { en: 'Clarity of the plan', es: 'Claridad del plan' } },
    {
      key: 'accessibility',
      weight: 1,
      label: { en: 'Accessibility and participation', es: 'Accesibilidad y participación' },
    },
  ],
  maxPerEmail: 3,
  minFillSeconds: 5,
}

export async function seedContentCall(payload: Payload, counts: SeedCounts) {
  const changed = await seedCall(payload, DEMO_CALL)
  counts.contentCall = { created: changed ? 1 : 0, unchanged: changed ? 0 : 1 }
}
