import type { GroupField, SelectField } from 'payload'

import { LANGUAGES } from './languages.js'

export const STEP_FREE_OPTIONS = [
  { value: 'yes', label: { en: 'Yes', es: 'Sí' } },
  { value: 'partial', label: { en: 'Partly', es: 'En parte' } },
  { value: 'no', label: { en: 'No', es: 'No' } },
  { value: 'unknown', label: { en: 'Not known yet', es: 'Aún no se sabe' } },
]

export const MASKING_OPTIONS = [
  { value: 'required', label: { en: 'Masks required', es: 'Mascarilla obligatoria' } },
  { value: 'requested', label: { en: 'Masks requested', es: 'Se pide mascarilla' } },
  { value: 'optional', label: { en: 'Masks optional', es: 'Mascarilla opcional' } },
]

/** Step-free access as yes / partly / no / not known yet (for a place, an event or a session). */
export function stepFreeField(): SelectField {
  return {
    name: 'stepFree',
    type: 'select',
    options: STEP_FREE_OPTIONS,
    defaultValue: 'unknown',
    label: { en: 'Step-free access', es: 'Acceso sin escalones' },
  }
}

/**
 * What a disabled, Deaf, chronically ill or parenting participant needs to know before coming.
 * Structured so frontends can filter ("step-free only") and show icons, with free text for
 * everything else.
 */
export function accessibilityFields(overrides: Partial<GroupField> = {}): GroupField {
  return {
    name: 'accessibility',
    type: 'group',
    label: { en: 'Accessibility', es: 'Accesibilidad' },
    admin: {
      description: {
        en: 'Say what is there and what is not; "not known yet" is better than a guess.',
        es: 'Indica lo que hay y lo que no; «aún no se sabe» es mejor que suponer.',
      },
    },
    fields: [
      stepFreeField(),
      {
        name: 'interpretation',
        type: 'select',
        hasMany: true,
        options: LANGUAGES,
        label: {
          en: 'Interpretation offered (ASL/LSE, spoken languages)',
          es: 'Interpretación (ASL/LSE, idiomas hablados)',
        },
      },
      {
        name: 'captions',
        type: 'checkbox',
        label: { en: 'Live captions / CART', es: 'Subtítulos en vivo / CART' },
      },
      {
        name: 'childWatch',
        type: 'checkbox',
        label: { en: 'Child watch', es: 'Cuidado infantil' },
      },
      { name: 'quietRoom', type: 'checkbox', label: { en: 'Quiet room', es: 'Sala tranquila' } },
      {
        name: 'masking',
        type: 'select',
        options: MASKING_OPTIONS,
        label: { en: 'Masking / Covid policy', es: 'Mascarillas / política Covid' },
      },
      {
        name: 'notes',
        type: 'textarea',
        localized: true,
        maxLength: 4000,
        label: { en: 'Other access notes', es: 'Otras notas de accesibilidad' },
      },
    ],
    ...overrides,
  } as GroupField
}
