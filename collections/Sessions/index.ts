import type { CollectionConfig } from 'payload'

import { anyone } from '../../src/access/anyone.js'
import { isEditor } from '../../src/access/editors.js'
import { accessibilityFields } from '../../src/fields/accessibility.js'
import { LANGUAGES, languagesField } from '../../src/fields/languages.js'
import { slugField } from '../../src/fields/slug.js'
import { timeRangeFields } from '../../src/fields/timeRange.js'
import { groups } from '../../src/i18n/labels.js'
import { webUrl, webUrlHooks } from '../../src/fields/url.js'
import { SESSION_FORMATS } from './formats.js'
import { previewPath } from '../../src/site/previewPath.js'

export { SESSION_FORMATS }

/** Workshops, panels, skill shares, caucuses and plenaries of a gathering. */
export const Sessions: CollectionConfig<'sessions'> = {
  slug: 'sessions',
  labels: { singular: { en: 'Session', es: 'Sesión' }, plural: { en: 'Sessions', es: 'Sesiones' } },
  admin: {
    // The Preview button opens the session in its gathering's programme (staff only).
    preview: (doc, { locale }) =>
      doc.id ? previewPath('sessions', doc.id as string, locale) : null,
    group: groups.gathering,
    useAsTitle: 'title',
    defaultColumns: ['title', 'startsAt', 'format', 'track', 'room', 'event'],
  },
  defaultSort: 'startsAt',
  access: { read: anyone, create: isEditor, update: isEditor, delete: isEditor },
  fields: [
    {
      name: 'event',
      type: 'relationship',
      relationTo: 'events',
      required: true,
      index: true,
      label: { en: 'Gathering', es: 'Encuentro' },
    },
    {
      name: 'title',
      type: 'text',
      required: true,
      localized: true,
      maxLength: 300,
      label: { en: 'Title', es: 'Título' },
    },
    slugField('title'),
    {
      name: 'abstract',
      type: 'textarea',
      localized: true,
      maxLength: 2000,
      label: { en: 'Abstract', es: 'Resumen' },
    },
    {
      name: 'description',
      type: 'richText',
      localized: true,
      label: { en: 'Description', es: 'Descripción' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'format',
          type: 'select',
          options: SESSION_FORMATS,
          index: true,
          label: { en: 'Format', es: 'Formato' },
        },
        {
          name: 'track',
          type: 'text',
          maxLength: 120,
          index: true,
          label: { en: 'Track', es: 'Eje' },
        },
      ],
    },
    ...timeRangeFields({ required: false }),
    {
      type: 'row',
      fields: [
        {
          name: 'place',
          type: 'relationship',
          relationTo: 'places',
          label: { en: 'Place', es: 'Lugar' },
        },
        {
          name: 'room',
          type: 'text',
          maxLength: 120,
          label: { en: 'Room', es: 'Sala' },
          admin: {
            description: {
              en: 'A room of the place, e.g. "Dune Hall".',
              es: 'Una sala del lugar, p. ej. «Dune Hall».',
            },
          },
        },
      ],
    },
    {
      name: 'facilitators',
      type: 'relationship',
      relationTo: 'people',
      hasMany: true,
      label: { en: 'Facilitators', es: 'Facilitadoras/es' },
    },
    languagesField({ label: { en: 'Languages spoken', es: 'Idiomas hablados' } }),
    {
      name: 'interpretation',
      type: 'select',
      hasMany: true,
      options: LANGUAGES,
      label: { en: 'Interpretation offered', es: 'Interpretación ofrecida' },
    },
    accessibilityFields(),
    { name: 'capacity', type: 'number', min: 0, label: { en: 'Capacity', es: 'Aforo' } },
    {
      name: 'materials',
      type: 'array',
      label: { en: 'Materials', es: 'Materiales' },
      labels: {
        singular: { en: 'Material', es: 'Material' },
        plural: { en: 'Materials', es: 'Materiales' },
      },
      fields: [
        {
          name: 'label',
          type: 'text',
          localized: true,
          maxLength: 200,
          label: { en: 'Label', es: 'Nombre' },
        },
        {
          name: 'url',
          type: 'text',
          required: true,
          maxLength: 500,
          validate: webUrl,
          hooks: webUrlHooks,
          label: { en: 'Link', es: 'Enlace' },
        },
      ],
    },
    {
      name: 'recordingConsent',
      type: 'checkbox',
      label: { en: 'Facilitators agree to recording', es: 'Se acepta grabar' },
    },
    {
      name: 'proposal',
      type: 'relationship',
      relationTo: 'proposals',
      label: { en: 'From proposal', es: 'De la propuesta' },
      access: { read: ({ req }) => Boolean(req.user) },
    },
  ],
}
