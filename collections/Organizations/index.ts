import type { Access, CollectionConfig } from 'payload'

import { isEditor, isOrganizerField } from '../../src/access/editors.js'
import { isStaffUser } from '../../src/access/roles.js'
import { locationFields } from '../../src/fields/location.js'
import { slugField } from '../../src/fields/slug.js'
import { groups } from '../../src/i18n/labels.js'
import { ORGANIZATION_KINDS, SPONSOR_TIERS } from './kinds.js'
import { webUrl, webUrlHooks } from '../../src/fields/url.js'

/** The public sees only organizations that agreed to be listed; staff see all. */
const readListed: Access = ({ req }) =>
  isStaffUser(req.user) ? true : { listPublicly: { equals: true } }

export const Organizations: CollectionConfig<'organizations'> = {
  slug: 'organizations',
  // Lists that populate it need only these fields; the whole document is one request away
  // (docs/frontend.md, "Default shapes").
  defaultPopulate: { name: true, slug: true, logo: true },
  labels: {
    singular: { en: 'Organization', es: 'Organización' },
    plural: { en: 'Organizations', es: 'Organizaciones' },
  },
  admin: {
    group: groups.community,
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'relationship', 'city', 'listPublicly'],
    listSearchableFields: ['name', 'city'],
  },
  access: { read: readListed, create: isEditor, update: isEditor, delete: isEditor },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      maxLength: 200,
      label: { en: 'Name', es: 'Nombre' },
    },
    slugField('name'),
    {
      name: 'kind',
      type: 'select',
      options: [...ORGANIZATION_KINDS],
      defaultValue: 'other',
      index: true,
      label: { en: 'Kind', es: 'Tipo' },
    },
    {
      name: 'description',
      type: 'richText',
      localized: true,
      label: { en: 'Description', es: 'Descripción' },
    },
    { name: 'logo', type: 'upload', relationTo: 'media', label: { en: 'Logo', es: 'Logo' } },
    {
      name: 'website',
      type: 'text',
      maxLength: 500,
      validate: webUrl,
      hooks: webUrlHooks,
      label: { en: 'Website', es: 'Sitio web' },
    },
    {
      name: 'socialLinks',
      type: 'array',
      label: { en: 'Social links', es: 'Redes sociales' },
      labels: {
        singular: { en: 'Social link', es: 'Red social' },
        plural: { en: 'Social links', es: 'Redes sociales' },
      },
      fields: [
        { name: 'label', type: 'text', maxLength: 60, label: { en: 'Network', es: 'Red' } },
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
    locationFields(),
    {
      name: 'relationship',
      type: 'select',
      hasMany: true,
      index: true,
      label: { en: 'Relationship to the gathering', es: 'Relación con el encuentro' },
      options: [
        { value: 'organizer', label: { en: 'Organizer', es: 'Organizadora' } },
        { value: 'sponsor', label: { en: 'Sponsor', es: 'Patrocinadora' } },
        { value: 'endorser', label: { en: 'Endorser / signed on', es: 'Adherida / firmante' } },
      ],
    },
    {
      name: 'sponsorTier',
      type: 'select',
      label: { en: 'Sponsor tier', es: 'Nivel de patrocinio' },
      options: SPONSOR_TIERS,
      admin: { condition: (data) => Boolean(data?.relationship?.includes('sponsor')) },
    },
    {
      name: 'listPublicly',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      label: { en: 'Agreed to be listed publicly', es: 'Acepta aparecer públicamente' },
      admin: {
        position: 'sidebar',
        description: {
          en: 'Only organizations that agreed appear on the site, in the feeds and to other apps.',
          es: 'Solo las organizaciones que lo aceptan aparecen en la web, en los feeds y en otras apps.',
        },
      },
    },
    {
      name: 'privateContact',
      type: 'group',
      label: {
        en: 'Private contact (organizers only)',
        es: 'Contacto privado (solo organización)',
      },
      // Written by whoever creates the organization (a public sign-on included: the
      // content-call plugin decides what it may set); read and changed by organizers only.
      access: { read: isOrganizerField, update: isOrganizerField },
      fields: [
        { name: 'name', type: 'text', maxLength: 200, label: { en: 'Name', es: 'Nombre' } },
        { name: 'email', type: 'email', label: { en: 'Email', es: 'Correo' } },
        { name: 'phone', type: 'text', maxLength: 60, label: { en: 'Phone', es: 'Teléfono' } },
      ],
    },
  ],
}
