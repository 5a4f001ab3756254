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
      label: { en: 'Repeats (iCalendar RRULE)', es: 'Se repite (RRULE de iCalendar)' },
      validate: (value: string | null | undefined) =>
        value ? (recurrenceProblem(value) ?? true) : true,
      admin: {
        description: {
          en: 'e.g. FREQ=WEEKLY;BYDAY=TU. The events feed (/feeds/events.ics) then shows the occurrences that follow this rule as one recurring event; occurrences moved off it show on their own.',
          es: 'p. ej. FREQ=WEEKLY;BYDAY=TU. El calendario de eventos (/feeds/events.ics) muestra entonces las fechas que siguen esta regla como un evento recurrente; las que se movieron se muestran por separado.',
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
