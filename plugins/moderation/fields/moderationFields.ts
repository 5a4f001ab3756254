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
  // What the system keeps about an item: read-only, grouped and closed so the form starts with
  // what an organizer decides.
  {
    type: 'collapsible',
    label: { en: 'Details kept by the system', es: 'Datos que guarda el sistema' },
    admin: { position: 'sidebar', initCollapsed: true },
    fields: [
      {
        name: 'prominence',
        type: 'number',
        index: true,
        defaultValue: 0,
        label: { en: 'Place in home-page order', es: 'Lugar en el orden de la portada' },
        admin: {
          readOnly: true,
          description: {
            en: 'Follows the state: featured items come first, then promoted, then published; a pinned featured item leads. Nothing to set here.',
            es: 'Sigue al estado: primero lo que está en portada, luego lo destacado, luego lo publicado; lo fijado en portada va delante. No hay nada que cambiar aquí.',
          },
        },
      },
      {
        name: 'autoModerationChecked',
        type: 'checkbox',
        label: { en: 'Checked for spam', es: 'Revisado contra spam' },
        admin: {
          readOnly: true,
          description: {
            en: 'Ticked once the automatic spam filters (Content filters, under Settings) have looked at it.',
            es: 'Se marca cuando los filtros automáticos de spam (Filtros de contenido, en Configuración) lo han revisado.',
          },
        },
      },
      {
        name: 'createdBy',
        type: 'relationship',
        relationTo: 'users',
        label: { en: 'Created by', es: 'Creado por' },
        admin: {
          readOnly: true,
          description: {
            en: 'The staff account that created it; empty when it came from a public form or an import.',
            es: 'La cuenta del equipo que lo creó; vacío si llegó por un formulario público o una importación.',
          },
          components: {
            Field: '/plugins/moderation/components/CreatedBy.js#CreatedBy',
          },
        },
        access: { read: staffOnly, create: () => false, update: () => false },
      },
    ],
  },
]
