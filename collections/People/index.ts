import type { CollectionConfig } from 'payload'

import { anyone } from '../../src/access/anyone.js'
import { isEditor, isOrganizerField } from '../../src/access/editors.js'
import { groups } from '../../src/i18n/labels.js'

/** Facilitators, speakers and authors as the public sees them (not user accounts). */
export const People: CollectionConfig<'people'> = {
  slug: 'people',
  // Lists that populate it need only these fields; the whole document is one request away
  // (docs/frontend.md, "Default shapes").
  defaultPopulate: { name: true, pronouns: true },
  labels: { singular: { en: 'Person', es: 'Persona' }, plural: { en: 'People', es: 'Personas' } },
  admin: {
    group: groups.gathering,
    useAsTitle: 'name',
    defaultColumns: ['name', 'pronouns', 'organization'],
  },
  access: { read: anyone, create: isEditor, update: isEditor, delete: isEditor },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      maxLength: 200,
      label: { en: 'Name', es: 'Nombre' },
    },
    { name: 'pronouns', type: 'text', maxLength: 60, label: { en: 'Pronouns', es: 'Pronombres' } },
    {
      name: 'bio',
      type: 'textarea',
      localized: true,
      maxLength: 4000,
      label: { en: 'Short bio', es: 'Biografía breve' },
    },
    {
      name: 'organization',
      type: 'relationship',
      relationTo: 'organizations',
      label: { en: 'Organization', es: 'Organización' },
    },
    {
      name: 'email',
      type: 'email',
      label: { en: 'Email (organizers only)', es: 'Correo (solo organización)' },
      access: { read: isOrganizerField, create: isOrganizerField, update: isOrganizerField },
    },
  ],
}
