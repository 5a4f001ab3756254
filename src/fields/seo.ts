import type { GroupField } from 'payload'

/** What search engines and link previews show. Empty values fall back to title/summary/image. */
export function seoFields(overrides: Partial<GroupField> = {}): GroupField {
  return {
    name: 'seo',
    type: 'group',
    label: { en: 'Search and sharing', es: 'Buscadores y redes' },
    fields: [
      {
        name: 'title',
        type: 'text',
        localized: true,
        maxLength: 70,
        label: { en: 'Title for search results', es: 'Título para buscadores' },
      },
      {
        name: 'description',
        type: 'textarea',
        localized: true,
        maxLength: 200,
        label: { en: 'Description', es: 'Descripción' },
      },
      {
        name: 'image',
        type: 'upload',
        relationTo: 'media',
        label: { en: 'Sharing image (1200×630)', es: 'Imagen para compartir (1200×630)' },
      },
    ],
    ...overrides,
  } as GroupField
}
