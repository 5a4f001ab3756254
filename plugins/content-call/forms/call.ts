import type { Payload } from 'payload'

import { CALL_SETTINGS_SLUG } from '../globals/CallSettings.js'
import type { Choice } from '../types.js'
import type { Locale } from '../utilities/messages.js'
import { callOptions } from '../utilities/roles.js'
import type { CallSettings } from '../utilities/validate.js'
import type { CallOptions, FormState } from './formState.js'

const labelIn = (label: Choice['label'], locale: Locale) =>
  typeof label === 'string' ? label : (label[locale] ?? label.en ?? Object.values(label)[0] ?? '')

/** The call's settings in `locale`, and the choices its proposal form offers. */
export async function loadCall(payload: Payload, locale: Locale) {
  const settings = (await payload.findGlobal({
    slug: CALL_SETTINGS_SLUG,
    locale,
    depth: 0,
  })) as unknown as CallSettings & { intro?: string | null }
  const { formats, languages } = callOptions(payload).vocabulary
  const chosen = (choices: readonly Choice[], keep: readonly string[] | null | undefined) =>
    choices
      .filter((c) => keep?.includes(c.value))
      .map((c) => ({ value: c.value, label: labelIn(c.label, locale) }))
  const options: CallOptions = {
    formats: chosen(formats, settings.formats),
    lengths: (settings.lengths ?? []).map((m) => ({
      value: m,
      label: locale === 'es' ? `${m} minutos` : `${m} minutes`,
    })),
    languages: chosen(languages, settings.languages),
    tracks: (settings.tracks ?? []).map((tr) => ({ value: tr.key, label: tr.label })),
    questions: (settings.questions ?? []).map((q) => ({
      key: q.key,
      type: q.type,
      required: Boolean(q.required),
      label: q.label,
      options: (q.options ?? []).map((o) => o.label),
    })),
  }
  return { settings, options }
}

/** The kinds a sign-on may name, in `locale`. */
export const organizationKinds = (payload: Payload, locale: Locale) =>
  callOptions(payload).vocabulary.organizationKinds.map((k) => ({
    value: k.value,
    label: labelIn(k.label, locale),
  }))

/** Stored answers to choice questions are labels; the form's radio buttons carry indexes. */
export function withChoiceIndexes(values: FormState['values'], options: CallOptions) {
  for (const q of options.questions) {
    const name = `answers.${q.key}`
    if (q.type !== 'choice' || typeof values[name] !== 'string') continue
    const index = q.options.indexOf(values[name])
    if (index >= 0) values[name] = String(index)
    else delete values[name]
  }
  return values
}
