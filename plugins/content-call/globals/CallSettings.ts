import type { GlobalConfig } from 'payload'

import { fieldHasRole, hasRole } from '../../../src/access/hasRole.js'
import { LANGUAGES } from '../../../src/fields/languages.js'
import { groups } from '../../../src/i18n/labels.js'
import { SESSION_FORMATS } from '../../../collections/Sessions/index.js'

export const CALL_SETTINGS_SLUG = 'content-call'

export const QUESTION_TYPES = ['text', 'choice', 'checkbox'] as const
export const LENGTHS = ['30', '60', '90', '120'] as const

/**
 * The content call as organizers set it up: when it is open, what a proposal may choose from,
 * extra questions, and the limits. Public: custom frontends build their forms from it.
 */
export const CallSettings: GlobalConfig = {
  slug: CALL_SETTINGS_SLUG,
  label: { en: 'Content call', es: 'Convocatoria' },
  admin: {
    group: groups.contentCall,
    description: {
      en: 'The public proposal form at /propose follows these settings.',
      es: 'El formulario público de propuestas en /es/propose sigue esta configuración.',
    },
  },
  access: { read: () => true, update: hasRole('admin', 'organizer') },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'opensAt',
          type: 'date',
          label: { en: 'Opens', es: 'Abre' },
          admin: { date: { pickerAppearance: 'dayAndTime' } },
        },
        {
          name: 'closesAt',
          type: 'date',
          label: { en: 'Closes', es: 'Cierra' },
          admin: {
            date: { pickerAppearance: 'dayAndTime' },
            description: {
              en: 'Private links to proposals stop working at this time.',
              es: 'Los enlaces privados a las propuestas dejan de funcionar a esta hora.',
            },
          },
        },
      ],
    },
    {
      name: 'intro',
      type: 'textarea',
      localized: true,
      maxLength: 4000,
      label: { en: 'Introduction on the form', es: 'Introducción del formulario' },
    },
    {
      name: 'formats',
      type: 'select',
      hasMany: true,
      options: SESSION_FORMATS,
      defaultValue: ['workshop', 'panel', 'skill-share', 'discussion'],
      label: { en: 'Formats offered', es: 'Formatos ofrecidos' },
    },
    {
      name: 'lengths',
      type: 'select',
      hasMany: true,
      options: LENGTHS.map((m) => ({
        value: m,
        label: { en: `${m} minutes`, es: `${m} minutos` },
      })),
      defaultValue: ['60', '90'],
      label: { en: 'Lengths offered', es: 'Duraciones ofrecidas' },
    },
    {
      name: 'languages',
      type: 'select',
      hasMany: true,
      options: LANGUAGES,
      defaultValue: ['en', 'es', 'asl'],
      label: { en: 'Languages offered', es: 'Idiomas ofrecidos' },
    },
    {
      name: 'tracks',
      type: 'array',
      label: { en: 'Tracks', es: 'Ejes' },
      labels: { singular: { en: 'Track', es: 'Eje' }, plural: { en: 'Tracks', es: 'Ejes' } },
      fields: [
        {
          name: 'key',
          type: 'text',
          required: true,
          maxLength: 60,
          label: { en: 'Key (stored with proposals)', es: 'Clave (se guarda en las propuestas)' },
          validate: (value: unknown) =>
            typeof value === 'string' && /^[a-z0-9-]+$/.test(value)
              ? true
              : 'Use lowercase letters, digits and hyphens.',
        },
        {
          name: 'label',
          type: 'text',
          required: true,
          localized: true,
          maxLength: 200,
          label: { en: 'Label', es: 'Etiqueta' },
        },
      ],
    },
    {
      name: 'questions',
      type: 'array',
      label: { en: 'Extra questions', es: 'Preguntas adicionales' },
      labels: {
        singular: { en: 'Question', es: 'Pregunta' },
        plural: { en: 'Questions', es: 'Preguntas' },
      },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'key',
              type: 'text',
              required: true,
              maxLength: 60,
              label: { en: 'Key', es: 'Clave' },
              validate: (value: unknown) =>
                typeof value === 'string' && /^[a-z0-9-]+$/.test(value)
                  ? true
                  : 'Use lowercase letters, digits and hyphens.',
            },
            {
              name: 'type',
              type: 'select',
              required: true,
              defaultValue: 'text',
              options: [
                { value: 'text', label: { en: 'Text', es: 'Texto' } },
                { value: 'choice', label: { en: 'One choice', es: 'Una opción' } },
                { value: 'checkbox', label: { en: 'Checkbox', es: 'Casilla' } },
              ],
              label: { en: 'Type', es: 'Tipo' },
            },
            {
              name: 'required',
              type: 'checkbox',
              defaultValue: false,
              label: { en: 'Required', es: 'Obligatoria' },
            },
          ],
        },
        {
          name: 'label',
          type: 'text',
          required: true,
          localized: true,
          maxLength: 500,
          label: { en: 'Question', es: 'Pregunta' },
        },
        {
          name: 'options',
          type: 'array',
          label: { en: 'Choices', es: 'Opciones' },
          admin: { condition: (_data, sibling) => sibling?.type === 'choice' },
          fields: [
            {
              name: 'label',
              type: 'text',
              required: true,
              localized: true,
              maxLength: 200,
              label: { en: 'Choice', es: 'Opción' },
            },
          ],
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'maxPerEmail',
          type: 'number',
          min: 1,
          max: 50,
          defaultValue: 3,
          required: true,
          label: { en: 'Proposals per email', es: 'Propuestas por correo' },
        },
        {
          name: 'minFillSeconds',
          type: 'number',
          min: 0,
          max: 600,
          defaultValue: 5,
          required: true,
          label: {
            en: 'Minimum seconds to fill the form',
            es: 'Segundos mínimos para rellenar el formulario',
          },
          access: { read: fieldHasRole('admin', 'organizer') },
        },
      ],
    },
  ],
}
