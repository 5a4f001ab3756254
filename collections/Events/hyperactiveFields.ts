import type { GroupField } from 'payload'

/** Hyperactive's own columns, kept so an imported event exports exactly as it came in. */
export function hyperactiveFields(): GroupField {
  return {
    name: 'hyperactive',
    type: 'group',
    label: { en: 'Hyperactive (imported calendar)', es: 'Hyperactive (calendario importado)' },
    admin: {
      description: {
        en: 'Filled by the Hyperactive import; leave as it is.',
        es: 'Lo rellena la importación de Hyperactive; déjalo como está.',
      },
    },
    fields: [
      {
        name: 'eventId',
        type: 'number',
        index: true,
        label: { en: 'Hyperactive id', es: 'Id en Hyperactive' },
        admin: { readOnly: true },
      },
      { name: 'collectiveId', type: 'number', admin: { readOnly: true } },
      { name: 'userId', type: 'number', admin: { readOnly: true } },
      { name: 'source', type: 'text', admin: { readOnly: true } },
      { name: 'autoModerationChecked', type: 'checkbox', admin: { readOnly: true } },
      { name: 'createdOn', type: 'date', admin: { readOnly: true } },
      { name: 'updatedOn', type: 'date', admin: { readOnly: true } },
    ],
  }
}
