import type { DescriptionMap } from '../shared/index.js'

/** The words moderators read under each field of the moderation screens. */

const w = (en: string, es: string) => ({ en, es })

export const MODERATION_DESCRIPTIONS: Record<string, DescriptionMap> = {
  'moderation-log': {
    summary: w('The change, in a line.', 'El cambio, en una línea.'),
    collectionSlug: w('The kind of item that changed.', 'El tipo de elemento que cambió.'),
    documentId: w('Which item changed.', 'Qué elemento cambió.'),
    from: w('Its state before.', 'Su estado antes.'),
    to: w('Its state after.', 'Su estado después.'),
    user: w(
      'Who changed it; empty when a filter or an import did.',
      'Quién lo cambió; vacío si fue un filtro o una importación.',
    ),
    note: w('The staff note given with the change.', 'La nota interna dada con el cambio.'),
  },
  'content-filters': {
    name: w(
      'What the filter catches, for moderators.',
      'Lo que atrapa el filtro, para moderación.',
    ),
    expressions: w(
      'Patterns looked for in titles, summaries, bodies and bylines.',
      'Patrones que se buscan en títulos, resúmenes, textos y firmas.',
    ),
    'expressions.pattern': w(
      'A word, or a regular expression for several forms of it.',
      'Una palabra, o una expresión regular para varias formas de ella.',
    ),
    action: w(
      'Hold a match in the queue, or hide it at once.',
      'Retener lo que coincide en la cola, u ocultarlo enseguida.',
    ),
    enabled: w(
      'Untick to pause the filter without deleting it.',
      'Desmarca para pausar el filtro sin borrarlo.',
    ),
  },
}
