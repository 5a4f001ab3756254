import type { CollectionConfig } from 'payload'

import { anyone } from '../../src/access/anyone.js'
import { isEditor } from '../../src/access/editors.js'
import { slugField } from '../../src/fields/slug.js'
import { groups } from '../../src/i18n/labels.js'

/** Topics shared by posts and events (housing, labour, mutual aid…). */
export const Categories: CollectionConfig<'categories'> = {
  slug: 'categories',
  // Lists that populate it need only these fields; the whole document is one request away
  // (docs/frontend.md, "Default shapes").
  defaultPopulate: { name: true, slug: true },
  labels: {
    singular: { en: 'Category', es: 'Categoría' },
    plural: { en: 'Categories', es: 'Categorías' },
  },
  admin: { group: groups.publishing, useAsTitle: 'name', defaultColumns: ['name', 'slug'] },
  access: { read: anyone, create: isEditor, update: isEditor, delete: isEditor },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      localized: true,
      maxLength: 120,
      label: { en: 'Name', es: 'Nombre' },
    },
    slugField('name'),
  ],
}
