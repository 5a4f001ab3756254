/** The honeypot: a field people never see or fill in (bots do). */
export const HONEYPOT = 'homepage'

/** What a public form shows after a submission: the typed values, errors, and the outcome. */
export type FormState = {
  status: 'idle' | 'error' | 'done'
  /** Field name → message (names as the form uses them, e.g. `coFacilitators.0.email`). */
  errors: Record<string, string>
  /** A problem with the whole submission (closed call, rate limit, honeypot). */
  message?: string
  /** Everything typed, so nothing is lost after an error. */
  values: Record<string, string | string[]>
  /** A fresh signed render time for the next attempt. */
  stamp: string
  /** After success: where the confirmation went. */
  email?: string
}

/** Form fields as strings (checkbox groups as lists), files ignored. */
export function formValues(form: FormData): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {}
  for (const [key, value] of form.entries()) {
    if (typeof value !== 'string' || key.startsWith('$ACTION')) continue
    const existing = values[key]
    if (existing === undefined) values[key] = value
    else values[key] = Array.isArray(existing) ? [...existing, value] : [existing, value]
  }
  return values
}

export const valueOf = (values: FormState['values'], name: string): string => {
  const v = values[name]
  return Array.isArray(v) ? (v[0] ?? '') : (v ?? '')
}

export const listOf = (values: FormState['values'], name: string): string[] => {
  const v = values[name]
  return Array.isArray(v) ? v : v ? [v] : []
}

type Option = { value: string; label: string }

/** What the proposal form offers, from the call's settings in the form's language. */
export type CallOptions = {
  formats: Option[]
  lengths: Option[]
  languages: Option[]
  tracks: Option[]
  questions: {
    key: string
    type: 'text' | 'choice' | 'checkbox'
    required: boolean
    label: string
    options: string[]
  }[]
}
