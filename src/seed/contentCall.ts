import type { Payload } from 'payload'

import { type CallSeed, seedCall } from '../../plugins/content-call/index.js'
import type { SeedCounts } from './counts.js'
import { nextGathering } from './season.js'

/**
 * The demo content call, for the next gathering: open from a fortnight before the demo was
 * loaded until two months before the gathering, with the themes of Dual Power 2022 as tracks,
 * two extra questions and three review criteria.
 */
export const demoCall = (now: Date): CallSeed => {
  const next = nextGathering(now)
  return {
    gatheringSlug: next.slug,
    opensAt: next.call.opensAt,
    closesAt: next.call.closesAt,
    intro: {
      en: `At ${next.title.en} we want to foster an atmosphere of generative co-learning and co-creativity. Propose a workshop, panel, skill share or discussion about the work your organization does.`,
      es: `En ${next.title.es} queremos un ambiente de co-aprendizaje y co-creación. Propón un taller, una mesa redonda, un intercambio de saberes o un debate sobre el trabajo de tu organización.`,
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
}

export async function seedContentCall(payload: Payload, counts: SeedCounts, now: Date) {
  const changed = await seedCall(payload, demoCall(now))
  counts.contentCall = { created: changed ? 1 : 0, unchanged: changed ? 0 : 1 }
}
