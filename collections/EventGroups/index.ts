import type { CollectionConfig } from 'payload'

import { anyone } from '../../src/access/anyone.js'
import { isEditor } from '../../src/access/editors.js'
import { groups } from '../../src/i18n/labels.js'
import { recurrenceProblem } from '../../plugins/publishing/index.js'

/**
 * A recurring series (Hyperactive's event group): each occurrence is its own event linked here,
 * so one date can be moved or cancelled without touching the others.
 */
export const EventGroups: CollectionConfig<'event-groups'> = {
  slug: 'event-groups',
  labels: {
    singular: { en: 'Event series', es: 'Serie de eventos' },
    plural: { en: 'Event series', es: 'Series de eventos' },
  },
  admin: { group: groups.publishing, useAsTitle: 'title' },
  access: { read: anyone, create: isEditor, update: isEditor, delete: isEditor },
  fields: [
    {
      name: 'title',
      type: 'text',
      required: true,
      localized: true,
      maxLength: 200,
      label: { en: 'Title', es: 'Título' },
    },
    {
      name: 'recurrence',
      type: 'text',
      maxLength: 500,
      label: { en: 'Repeats (a calendar rule)', es: 'Se repite (una regla de calendario)' },
      validate: (value: string | null | undefined) =>
        value ? (recurrenceProblem(value) ?? true) : true,
      admin: {
        description: {
          en: 'Optional. For example FREQ=WEEKLY;BYDAY=TU means every Tuesday. Calendar apps subscribed to our events then show the dates that follow it as one repeating event; a date moved off it shows on its own.',
          es: 'Opcional. Por ejemplo FREQ=WEEKLY;BYDAY=TU significa cada martes. Las apps de calendario suscritas a nuestros eventos muestran entonces las fechas que la siguen como un evento que se repite; una fecha movida se muestra aparte.',
        },
      },
    },
    {
      name: 'occurrences',
      type: 'join',
      collection: 'events',
      on: 'eventGroup',
      label: { en: 'Occurrences', es: 'Fechas' },
    },
  ],
}
