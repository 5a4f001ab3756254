import type { GlobalConfig } from 'payload'

import type { Vocabulary } from '../types.js'
import { DECISIONS, validateTemplate } from '../utilities/decisions.js'
import { allow } from '../utilities/roles.js'

export const CALL_SETTINGS_SLUG = 'content-call'

const keyRule = (value: unknown) =>
  typeof value === 'string' && /^[a-z0-9-]+$/.test(value)
    ? true
    : 'Use lowercase letters, digits and hyphens.'

const decisionLabels = {
  accepted: { en: 'Accepted', es: 'Aceptada' },
  waitlisted: { en: 'Waitlisted', es: 'En lista de espera' },
  rejected: { en: 'Not accepted', es: 'No aceptada' },
} as const

export const QUESTION_TYPES = ['text', 'choice', 'checkbox'] as const
export const LENGTHS = ['30', '60', '90', '120'] as const

/**
 * The content call as organizers set it up: when it is open, what a proposal may choose from,
 * extra questions, and the limits. Public: custom frontends build their forms from it. The
 * format and language choices are the sessions' own (the plugin's vocabulary).
 */
export const callSettings = ({ formats, languages }: Vocabulary): GlobalConfig => ({
  slug: CALL_SETTINGS_SLUG,
  label: { en: 'Content call', es: 'Convocatoria' },
  admin: {
    description: {
      en: 'The public proposal form at /propose follows these settings.',
      es: 'El formulario público de propuestas en /es/propose sigue esta configuración.',
    },
  },
  access: { read: () => true, update: allow('organizers') },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'opensAt',
          type: 'date',
          label: { en: 'Opens', es: 'Abre' },
          admin: {
            date: { pickerAppearance: 'dayAndTime', displayFormat: 'PPp', timeFormat: 'p' },
          },
        },
        {
          name: 'closesAt',
          type: 'date',
          label: { en: 'Closes', es: 'Cierra' },
          admin: {
            date: { pickerAppearance: 'dayAndTime', displayFormat: 'PPp', timeFormat: 'p' },
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
      options: [...formats],
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
      options: [...languages],
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
          validate: keyRule,
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
              validate: keyRule,
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
          labels: {
            singular: { en: 'Choice', es: 'Opción' },
            plural: { en: 'Choices', es: 'Opciones' },
          },
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
          access: { read: allow('organizers') },
        },
      ],
    },
    {
      type: 'collapsible',
      label: { en: 'Review', es: 'Revisión' },
      fields: [
        {
          name: 'criteria',
          type: 'array',
          label: { en: 'Review criteria', es: 'Criterios de revisión' },
          labels: {
            singular: { en: 'Criterion', es: 'Criterio' },
            plural: { en: 'Criteria', es: 'Criterios' },
          },
          admin: {
            description: {
              en: 'Reviewers score each criterion from 1 to 5; the weighted average orders the proposals. Changing a weight recomputes every score.',
              es: 'Cada criterio se puntúa de 1 a 5; la media ponderada ordena las propuestas. Cambiar un peso recalcula todas las puntuaciones.',
            },
          },
          access: { read: allow('organizers', 'reviewers') },
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
                  validate: keyRule,
                },
                {
                  name: 'weight',
                  type: 'number',
                  required: true,
                  min: 0,
                  max: 10,
                  defaultValue: 1,
                  label: { en: 'Weight', es: 'Peso' },
                },
              ],
            },
            {
              name: 'label',
              type: 'text',
              required: true,
              localized: true,
              maxLength: 200,
              label: { en: 'Criterion', es: 'Criterio' },
            },
            {
              name: 'help',
              type: 'textarea',
              localized: true,
              maxLength: 1000,
              label: {
                en: 'What reviewers should look for',
                es: 'Qué deben mirar quienes revisan',
              },
            },
          ],
        },
        {
          name: 'blindReview',
          type: 'checkbox',
          defaultValue: false,
          label: {
            en: 'Blind review: hide who submitted and their organization from reviewers',
            es: 'Revisión anónima: ocultar a quienes revisan quién envió la propuesta y su organización',
          },
          access: { read: allow('organizers', 'reviewers') },
        },
      ],
    },
    {
      type: 'collapsible',
      label: { en: 'Decision emails', es: 'Correos de decisión' },
      admin: {
        description: {
          en: 'Drafted into the outbox when a proposal is accepted, waitlisted or not accepted; nothing is sent until an organizer releases it. Placeholders: {name}, {title}, {gathering}. Leave empty to use the built-in text.',
          es: 'Se redactan en la bandeja de salida cuando una propuesta se acepta, queda en lista de espera o no se acepta; nada se envía hasta que la organización lo libera. Marcadores: {name}, {title}, {gathering}. Vacío = texto incluido.',
        },
      },
      fields: DECISIONS.map((decision) => ({
        name: `${decision}Email`,
        type: 'group' as const,
        label: decisionLabels[decision],
        access: { read: allow('organizers') },
        fields: [
          {
            name: 'subject',
            type: 'text' as const,
            localized: true,
            maxLength: 200,
            label: { en: 'Subject', es: 'Asunto' },
            validate: (value: unknown) => validateTemplate(value),
          },
          {
            name: 'body',
            type: 'textarea' as const,
            localized: true,
            maxLength: 8000,
            label: { en: 'Text', es: 'Texto' },
            validate: (value: unknown) => validateTemplate(value),
          },
        ],
      })),
    },
    {
      type: 'collapsible',
      label: { en: 'Gathering and privacy', es: 'Encuentro y privacidad' },
      fields: [
        {
          name: 'gathering',
          type: 'relationship',
          relationTo: 'events',
          label: { en: 'Gathering', es: 'Encuentro' },
          admin: {
            description: {
              en: 'Sessions made from accepted proposals belong to this event.',
              es: 'Las sesiones creadas a partir de propuestas aceptadas pertenecen a este evento.',
            },
          },
          access: { read: allow('organizers') },
        },
        {
          name: 'eraseAfterDays',
          type: 'number',
          min: 0,
          max: 3650,
          defaultValue: 30,
          required: true,
          label: {
            en: 'Erase access needs and childcare requests this many days after the gathering ends',
            es: 'Borrar necesidades de accesibilidad y cuidado infantil tantos días después del encuentro',
          },
          access: { read: allow('organizers') },
        },
      ],
    },
  ],
})
