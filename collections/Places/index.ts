import type { CollectionConfig } from 'payload'

import { anyone } from '../../src/access/anyone.js'
import { isEditor } from '../../src/access/editors.js'
import { stepFreeField } from '../../src/fields/accessibility.js'
import { locationFields } from '../../src/fields/location.js'
import { groups } from '../../src/i18n/labels.js'

/** Reusable venues: the gathering's site, a social centre, a union hall. */
export const Places: CollectionConfig<'places'> = {
  slug: 'places',
  // Lists that populate it need only these fields; the whole document is one request away
  // (docs/frontend.md, "Default shapes").
  defaultPopulate: {
    name: true,
    address: true,
    city: true,
    region: true,
    country: true,
    stepFree: true,
    accessNotes: true,
  },
  labels: { singular: { en: 'Place', es: 'Lugar' }, plural: { en: 'Places', es: 'Lugares' } },
  admin: {
    group: groups.gathering,
    useAsTitle: 'name',
    defaultColumns: ['name', 'city', 'region', 'country', 'stepFree'],
    listSearchableFields: ['name', 'address', 'city'],
  },
  access: { read: anyone, create: isEditor, update: isEditor, delete: isEditor },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      localized: true,
      maxLength: 200,
      label: { en: 'Name', es: 'Nombre' },
    },
    {
      name: 'address',
      type: 'text',
      maxLength: 300,
      label: { en: 'Street address', es: 'Dirección' },
    },
    locationFields(),
    {
      type: 'row',
      fields: [
        {
          name: 'latitude',
          type: 'number',
          min: -90,
          max: 90,
          label: { en: 'Latitude', es: 'Latitud' },
        },
        {
          name: 'longitude',
          type: 'number',
          min: -180,
          max: 180,
          label: { en: 'Longitude', es: 'Longitud' },
        },
      ],
    },
    stepFreeField(),
    {
      name: 'accessNotes',
      type: 'textarea',
      localized: true,
      maxLength: 4000,
      label: { en: 'Access notes', es: 'Notas de accesibilidad' },
      admin: {
        description: {
          en: 'Entrances, toilets, lifts, seating, lighting, parking, transit, scent policy.',
          es: 'Entradas, baños, ascensores, asientos, iluminación, aparcamiento, transporte, perfumes.',
        },
      },
    },
    {
      name: 'rooms',
      type: 'array',
      label: { en: 'Rooms', es: 'Salas' },
      labels: { singular: { en: 'Room', es: 'Sala' }, plural: { en: 'Rooms', es: 'Salas' } },
      fields: [
        {
          name: 'name',
          type: 'text',
          required: true,
          maxLength: 120,
          label: { en: 'Room name', es: 'Nombre de la sala' },
        },
        { name: 'capacity', type: 'number', min: 0, label: { en: 'Capacity', es: 'Aforo' } },
        {
          name: 'accessNotes',
          type: 'text',
          localized: true,
          maxLength: 500,
          label: { en: 'Access notes', es: 'Notas de accesibilidad' },
        },
      ],
    },
  ],
}
