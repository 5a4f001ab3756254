import type { RowField } from 'payload'

/** City, region and country in one row: where a place is, or where an organization is based. */
export function locationFields(): RowField {
  return {
    type: 'row',
    fields: [
      {
        name: 'city',
        type: 'text',
        index: true,
        maxLength: 120,
        label: { en: 'City', es: 'Ciudad' },
      },
      {
        name: 'region',
        type: 'text',
        maxLength: 120,
        label: { en: 'Region / state', es: 'Región / estado' },
      },
      {
        name: 'country',
        type: 'text',
        maxLength: 2,
        label: { en: 'Country (2-letter code)', es: 'País (código de 2 letras)' },
        admin: { description: { en: 'e.g. US, CA, MX, GB', es: 'p. ej. US, CA, MX, GB' } },
      },
    ],
  }
}
