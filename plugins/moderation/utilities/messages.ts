import type { ModerationState } from './states.js'

/** The admin texts of the moderation plugin, in the admin's two languages. */
const messages = {
  en: {
    queueTitle: 'Moderation queue',
    queueEmpty: 'Nothing is waiting for review.',
    queueTotal: (n: number) => `${n} ${n === 1 ? 'item is' : 'items are'} waiting for review.`,
    showAll: (n: number, label: string) => `Show all ${n} pending in ${label}`,
    untitled: 'Untitled',
    submitted: 'submitted',
    historyTitle: 'Moderation history',
    historyEmpty: 'No state changes yet.',
    historyBy: 'by',
    historySystem: 'the system',
    bulkLabel: 'Moderation of the selected items',
    bulkTo: (state: string) => `Set selected to ${state}`,
    bulkDone: (n: number, state: string) => `${n} ${n === 1 ? 'item' : 'items'} now ${state}.`,
    bulkFailed: (n: number) => `${n} could not be changed:`,
    bulkError: 'The change could not be saved',
  },
  es: {
    queueTitle: 'Cola de moderación',
    queueEmpty: 'No hay nada pendiente de revisión.',
    queueTotal: (n: number) =>
      `${n} ${n === 1 ? 'elemento espera' : 'elementos esperan'} revisión.`,
    showAll: (n: number, label: string) => `Ver los ${n} pendientes en ${label}`,
    untitled: 'Sin título',
    submitted: 'enviado',
    historyTitle: 'Historial de moderación',
    historyEmpty: 'Aún no hay cambios de estado.',
    historyBy: 'por',
    historySystem: 'el sistema',
    bulkLabel: 'Moderación de los elementos seleccionados',
    bulkTo: (state: string) => `Marcar la selección como ${state}`,
    bulkDone: (n: number, state: string) =>
      `${n} ${n === 1 ? 'elemento queda' : 'elementos quedan'}: ${state}.`,
    bulkFailed: (n: number) => `${n} no se pudieron cambiar:`,
    bulkError: 'No se pudo guardar el cambio',
  },
}

export type ModerationMessages = (typeof messages)['en']

export const messagesFor = (language: string | undefined): ModerationMessages =>
  language === 'es' ? messages.es : messages.en

/** The state names as the admin shows them (same words as the state field's options). */
export const STATE_LABELS: Record<ModerationState, { en: string; es: string }> = {
  pending: { en: 'Pending review', es: 'Pendiente de revisión' },
  published: { en: 'Published', es: 'Publicado' },
  promoted: { en: 'Promoted', es: 'Destacado' },
  featured: { en: 'Featured', es: 'Portada' },
  hidden: { en: 'Hidden', es: 'Oculto' },
}

export const stateLabel = (state: string, language: string | undefined): string => {
  const labels = STATE_LABELS[state as ModerationState]
  if (!labels) return state
  return language === 'es' ? labels.es : labels.en
}
