import type { Field, FieldAccess } from 'payload'

import type { ModerationState } from '../utilities/states.js'

const labels: Record<ModerationState, { en: string; es: string }> = {
  pending: { en: 'Pending review', es: 'Pendiente de revisión' },
  published: { en: 'Published', es: 'Publicado' },
  promoted: { en: 'Promoted', es: 'Destacado' },
  featured: { en: 'Featured', es: 'Portada' },
  hidden: { en: 'Hidden', es: 'Oculto' },
}

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
    options: (Object.keys(labels) as ModerationState[]).map((value) => ({
      value,
      label: labels[value],
    })),
    label: { en: 'State', es: 'Estado' },
    admin: {
      position: 'sidebar',
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
    admin: { position: 'sidebar', readOnly: true },
    access: { read: staffOnly, create: () => false, update: () => false },
  },
]
