import type { Field } from 'payload'

import { allow } from '../utilities/roles.js'

const organizers = allow('organizers')

/** What the content call adds to proposals: its choices, answers and the private link. */
export const proposalFields: Field[] = [
  {
    name: 'track',
    type: 'text',
    maxLength: 60,
    index: true,
    label: { en: 'Track (key)', es: 'Eje (clave)' },
  },
  {
    name: 'answers',
    type: 'array',
    label: { en: 'Answers to the extra questions', es: 'Respuestas a las preguntas adicionales' },
    labels: {
      singular: { en: 'Answer', es: 'Respuesta' },
      plural: { en: 'Answers', es: 'Respuestas' },
    },
    fields: [
      {
        name: 'question',
        type: 'text',
        required: true,
        maxLength: 60,
        label: { en: 'Key', es: 'Clave' },
      },
      { name: 'label', type: 'text', maxLength: 500, label: { en: 'Question', es: 'Pregunta' } },
      {
        name: 'value',
        type: 'textarea',
        maxLength: 2000,
        label: { en: 'Answer', es: 'Respuesta' },
      },
    ],
  },
  {
    name: 'submittedLanguage',
    type: 'select',
    options: [
      { value: 'en', label: 'English' },
      { value: 'es', label: 'Español' },
    ],
    label: { en: 'Language of the submitter', es: 'Idioma de quien la envió' },
    admin: {
      position: 'sidebar',
      readOnly: true,
      description: {
        en: 'Emails to the submitter are written in this language.',
        es: 'Los correos a quien la envió se escriben en este idioma.',
      },
    },
  },
  {
    name: 'flagged',
    type: 'text',
    maxLength: 300,
    label: { en: 'Flagged by a content filter', es: 'Marcada por un filtro de contenido' },
    admin: { position: 'sidebar', readOnly: true },
    access: { read: organizers, update: organizers },
  },
  // The private link: only its hash is stored, never returned by any API.
  { name: 'tokenHash', type: 'text', hidden: true, index: true },
  { name: 'tokenExpiresAt', type: 'date', hidden: true },
]
