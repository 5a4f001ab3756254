import type { TextField } from 'payload'

/** URL-safe, accent-free, lower case: "Dual Power 2022: ¡Bienvenidas!" → "dual-power-2022-bienvenidas". */
export const slugify = (value: string): string =>
  value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 96)
    .replace(/-+$/g, '')

/**
 * A unique slug that fills itself from `source` (the English value when the source is
 * localized) and stays as it is once set, so links keep working when a title changes.
 */
export function slugField(source = 'title', overrides: Partial<TextField> = {}): TextField {
  return {
    name: 'slug',
    type: 'text',
    index: true,
    unique: true,
    maxLength: 96,
    label: { en: 'Slug (web address)', es: 'Slug (dirección web)' },
    admin: {
      position: 'sidebar',
      description: {
        en: 'Filled in from the title. Change it only before sharing links.',
        es: 'Se rellena con el título. Cámbialo solo antes de compartir enlaces.',
      },
    },
    hooks: {
      beforeValidate: [
        ({ data, originalDoc, value }) => {
          if (typeof value === 'string' && value.trim() !== '') return slugify(value)
          if (originalDoc?.slug) return originalDoc.slug
          const raw = data?.[source] ?? originalDoc?.[source]
          const text = typeof raw === 'string' ? raw : (raw?.en ?? Object.values(raw ?? {})[0])
          return typeof text === 'string' && text.trim() ? slugify(text) : value
        },
      ],
    },
    ...overrides,
  } as TextField
}
