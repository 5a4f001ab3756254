import type { SelectField } from 'payload'

/** Spoken and signed languages a session or event can be held or interpreted in. */
export const LANGUAGES = [
  { value: 'en', label: { en: 'English', es: 'Inglés' } },
  { value: 'es', label: { en: 'Spanish', es: 'Español' } },
  { value: 'fr', label: { en: 'French', es: 'Francés' } },
  { value: 'pt', label: { en: 'Portuguese', es: 'Portugués' } },
  { value: 'ht', label: { en: 'Haitian Creole', es: 'Criollo haitiano' } },
  { value: 'zh', label: { en: 'Chinese', es: 'Chino' } },
  { value: 'ar', label: { en: 'Arabic', es: 'Árabe' } },
  {
    value: 'asl',
    label: { en: 'American Sign Language (ASL)', es: 'Lengua de señas americana (ASL)' },
  },
  {
    value: 'lse',
    label: { en: 'Spanish Sign Language (LSE)', es: 'Lengua de signos española (LSE)' },
  },
  {
    value: 'lsm',
    label: { en: 'Mexican Sign Language (LSM)', es: 'Lengua de señas mexicana (LSM)' },
  },
  { value: 'other', label: { en: 'Other', es: 'Otra' } },
]

export function languagesField(overrides: Partial<SelectField> = {}): SelectField {
  return {
    name: 'languages',
    type: 'select',
    hasMany: true,
    options: LANGUAGES,
    label: { en: 'Languages', es: 'Idiomas' },
    ...overrides,
  } as SelectField
}
