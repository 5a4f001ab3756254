import type { Field, FieldAccess } from 'payload'

import { STATE_LABELS } from '../utilities/messages.js'
import type { ModerationState } from '../utilities/states.js'

/** The one publication control an organizer sees, and the number frontends sort on. */
export const moderationFields = (
  staffDefault: ModerationState,
  staffOnly: FieldAccess,
): Field[] => [
  {
    name: 'moderationStatus',
    type: 'select',
    // Not `required`: the plugin's hook always sets it, so no writer has to send it.
    index: true,
    defaultValue: staffDefault,
    options: (Object.keys(STATE_LABELS) as ModerationState[]).map((value) => ({
      value,
      label: STATE_LABELS[value],
    })),
    label: { en: 'State', es: 'Estado' },
    admin: {
      position: 'sidebar',
      // Every document has a state: there is nothing to clear.
      isClearable: false,
      description: {
        en: 'Published, promoted and featured items are public; pending and hidden ones are not.',
        es: 'Lo publicado, destacado y en portada es público; lo pendiente y oculto, no.',
      },
    },
  },
  {
    name: 'prominence',
    type: 'number',
    index: true,
    defaultValue: 0,
    label: { en: 'Prominence', es: 'Relevancia' },
    admin: {
      position: 'sidebar',
      readOnly: true,
      description: {
        en: 'Set from the state: sort by -prominence for the home-page order.',
        es: 'Se calcula a partir del estado: ordena por -prominence para la portada.',
      },
    },
  },
  {
    name: 'autoModerationChecked',
    type: 'checkbox',
    label: { en: 'Checked by the content filters', es: 'Revisado por los filtros' },
    admin: { position: 'sidebar', readOnly: true },
  },
  {
    name: 'createdBy',
    type: 'relationship',
    relationTo: 'users',
    label: { en: 'Created by', es: 'Creado por' },
    admin: {
      position: 'sidebar',
      readOnly: true,
      components: {
        Field: '/plugins/moderation/components/CreatedBy.js#CreatedBy',
      },
    },
    access: { read: staffOnly, create: () => false, update: () => false },
  },
]
