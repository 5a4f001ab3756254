import type { CollectionConfig } from 'payload'

import { anyone } from '../../src/access/anyone.js'
import { isEditor } from '../../src/access/editors.js'
import { accessibilityFields } from '../../src/fields/accessibility.js'
import { languagesField } from '../../src/fields/languages.js'
import { seoFields } from '../../src/fields/seo.js'
import { slugField } from '../../src/fields/slug.js'
import { timeRangeFields } from '../../src/fields/timeRange.js'
import { groups } from '../../src/i18n/labels.js'
import { webUrl, webUrlHooks } from '../../src/fields/url.js'
import { COST_TYPES } from './options.js'
import { previewPath } from '../../src/site/previewPath.js'

/** The gathering itself and every community calendar event (Hyperactive's events). */
export const Events: CollectionConfig<'events'> = {
  slug: 'events',
  // Lists that populate it need only these fields; the whole document is one request away
  // (docs/frontend.md, "Default shapes").
  defaultPopulate: {
    title: true,
    slug: true,
    startsAt: true,
    startsAt_tz: true,
    endsAt: true,
    endsAt_tz: true,
    allDay: true,
    place: true,
  },
  labels: { singular: { en: 'Event', es: 'Evento' }, plural: { en: 'Events', es: 'Eventos' } },
  admin: {
    // The Preview button opens the document on the site as it will look (staff only).
    preview: (doc, { locale }) =>
      typeof doc.slug === 'string' && doc.slug ? previewPath('events', doc.slug, locale) : null,
    group: groups.publishing,
    useAsTitle: 'title',
    defaultColumns: ['title', 'startsAt', 'place', 'organizations', 'updatedAt'],
    listSearchableFields: ['title', 'publishedBy'],
  },
  // Latest dates first: the coming season above years of imported past events.
  defaultSort: '-startsAt',
  access: { read: anyone, create: isEditor, update: isEditor, delete: isEditor },
  fields: [
    {
      type: 'tabs',
      tabs: [
        {
          label: { en: 'Event', es: 'Evento' },
          fields: [
            {
              name: 'title',
              type: 'text',
              required: true,
              localized: true,
              maxLength: 300,
              label: { en: 'Title', es: 'Título' },
            },
            ...timeRangeFields(),
            {
              type: 'row',
              fields: [
                {
                  name: 'place',
                  type: 'relationship',
                  relationTo: 'places',
                  index: true,
                  label: { en: 'Place', es: 'Lugar' },
                },
                { name: 'room', type: 'text', maxLength: 120, label: { en: 'Room', es: 'Sala' } },
              ],
            },
            {
              name: 'onlineUrl',
              type: 'text',
              maxLength: 500,
              validate: webUrl,
              hooks: webUrlHooks,
              label: { en: 'Online link', es: 'Enlace en línea' },
              admin: {
                description: {
                  en: 'For online or hybrid events.',
                  es: 'Para eventos en línea o híbridos.',
                },
              },
            },
            {
              name: 'summary',
              type: 'richText',
              localized: true,
              label: { en: 'Summary', es: 'Resumen' },
            },
            {
              name: 'body',
              type: 'richText',
              localized: true,
              label: { en: 'Description', es: 'Descripción' },
            },
            {
              name: 'image',
              type: 'upload',
              relationTo: 'media',
              label: { en: 'Image', es: 'Imagen' },
            },
          ],
        },
        {
          label: { en: 'People and access', es: 'Personas y accesibilidad' },
          fields: [
            {
              name: 'organizations',
              type: 'relationship',
              relationTo: 'organizations',
              hasMany: true,
              index: true,
              label: { en: 'Organized by', es: 'Organizado por' },
            },
            {
              name: 'publishedBy',
              type: 'text',
              maxLength: 200,
              label: { en: 'Byline', es: 'Firma' },
              admin: {
                description: {
                  en: 'Who posted it, as shown to readers.',
                  es: 'Quién lo publica, tal como lo verá el público.',
                },
              },
            },
            {
              type: 'row',
              fields: [
                {
                  name: 'contactEmail',
                  type: 'email',
                  label: { en: 'Contact email', es: 'Correo de contacto' },
                },
                {
                  name: 'contactPhone',
                  type: 'text',
                  maxLength: 60,
                  label: { en: 'Contact phone', es: 'Teléfono de contacto' },
                },
              ],
            },
            {
              type: 'row',
              fields: [
                {
                  name: 'registrationUrl',
                  type: 'text',
                  maxLength: 500,
                  validate: webUrl,
                  hooks: webUrlHooks,
                  label: { en: 'Registration link', es: 'Enlace de inscripción' },
                },
                {
                  name: 'costType',
                  type: 'select',
                  label: { en: 'Cost', es: 'Precio' },
                  options: COST_TYPES,
                },
                {
                  name: 'cost',
                  type: 'text',
                  localized: true,
                  maxLength: 200,
                  label: { en: 'Price details', es: 'Detalle del precio' },
                },
              ],
            },
            languagesField(),
            accessibilityFields(),
          ],
        },
        {
          label: { en: 'Publishing', es: 'Publicación' },
          fields: [
            slugField('title'),
            {
              name: 'categories',
              type: 'relationship',
              relationTo: 'categories',
              hasMany: true,
              index: true,
              label: { en: 'Categories', es: 'Categorías' },
            },
            {
              name: 'tags',
              type: 'text',
              hasMany: true,
              maxLength: 60,
              label: { en: 'Tags', es: 'Etiquetas' },
            },
            {
              name: 'eventGroup',
              type: 'relationship',
              relationTo: 'event-groups',
              index: true,
              label: { en: 'Part of a series', es: 'Parte de una serie' },
            },
            {
              name: 'stickAtTop',
              type: 'checkbox',
              // The home page reads the pinned featured event: a few rows among thousands.
              index: true,
              label: { en: 'Pin at the top', es: 'Fijar arriba' },
            },
            {
              name: 'allowsComments',
              type: 'checkbox',
              defaultValue: true,
              label: { en: 'Allow comments', es: 'Permitir comentarios' },
            },
            seoFields(),
          ],
        },
        {
          label: { en: 'Sessions', es: 'Sesiones' },
          fields: [
            {
              name: 'sessions',
              type: 'join',
              collection: 'sessions',
              on: 'event',
              defaultSort: 'startsAt',
              defaultLimit: 100,
              label: { en: 'Sessions of this gathering', es: 'Sesiones de este encuentro' },
            },
          ],
        },
      ],
    },
  ],
}
