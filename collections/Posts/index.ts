import type { CollectionConfig } from 'payload'

import { anyone } from '../../src/access/anyone.js'
import { isEditor } from '../../src/access/editors.js'
import { seoFields } from '../../src/fields/seo.js'
import { slugField } from '../../src/fields/slug.js'
import { groups } from '../../src/i18n/labels.js'
import { previewPath } from '../../src/site/previewPath.js'

/** News and statements: the retrospective, the Covid statement, the FAQ, appeals, calls. */
export const Posts: CollectionConfig<'posts'> = {
  slug: 'posts',
  labels: {
    singular: { en: 'Post', es: 'Publicación' },
    plural: { en: 'Posts', es: 'Publicaciones' },
  },
  admin: {
    // The Preview button opens the document on the site as it will look (staff only).
    preview: (doc, { locale }) =>
      typeof doc.slug === 'string' && doc.slug ? previewPath('posts', doc.slug, locale) : null,
    group: groups.publishing,
    useAsTitle: 'title',
    defaultColumns: ['title', 'publishedAt', 'categories', 'updatedAt'],
  },
  defaultSort: '-publishedAt',
  access: { read: anyone, create: isEditor, update: isEditor, delete: isEditor },
  fields: [
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
      name: 'summary',
      type: 'textarea',
      localized: true,
      maxLength: 1000,
      label: { en: 'Summary', es: 'Resumen' },
      admin: {
        description: {
          en: 'One or two sentences for lists and feeds.',
          es: 'Una o dos frases para listados y feeds.',
        },
      },
    },
    { name: 'body', type: 'richText', localized: true, label: { en: 'Body', es: 'Texto' } },
    {
      name: 'heroImage',
      type: 'upload',
      relationTo: 'media',
      label: { en: 'Main image', es: 'Imagen principal' },
    },
    {
      name: 'authors',
      type: 'relationship',
      relationTo: 'people',
      hasMany: true,
      label: { en: 'Authors', es: 'Autoras/es' },
    },
    {
      name: 'categories',
      type: 'relationship',
      relationTo: 'categories',
      hasMany: true,
      index: true,
      label: { en: 'Categories', es: 'Categorías' },
    },
    {
      name: 'publishedAt',
      type: 'date',
      index: true,
      label: { en: 'Publish date', es: 'Fecha de publicación' },
      admin: {
        position: 'sidebar',
        date: { pickerAppearance: 'dayAndTime', displayFormat: 'PPp', timeFormat: 'p' },
      },
      hooks: {
        beforeChange: [
          ({ value, operation }) =>
            value ?? (operation === 'create' ? new Date().toISOString() : value),
        ],
      },
    },
    seoFields(),
  ],
}
