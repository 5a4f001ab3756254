import { formatDate, type Locale, type Messages, messagesFor } from './messages.js'

/** The call settings the validation needs (the `content-call` global, in the form's locale). */
export type CallSettings = {
  opensAt?: string | null
  closesAt?: string | null
  formats?: string[] | null
  lengths?: string[] | null
  languages?: string[] | null
  tracks?: { key: string; label: string }[] | null
  questions?:
    | {
        key: string
        type: 'text' | 'choice' | 'checkbox'
        required?: boolean | null
        label: string
        options?: { label: string }[] | null
      }[]
    | null
  maxPerEmail?: number | null
  minFillSeconds?: number | null
}

/** What a submitter may send: nothing else is ever read from a public submission. */
export type ProposalInput = {
  title?: unknown
  format?: unknown
  track?: unknown
  description?: unknown
  audience?: unknown
  length?: unknown
  languages?: unknown
  submitterName?: unknown
  submitterPronouns?: unknown
  submitterEmail?: unknown
  organizationName?: unknown
  coFacilitators?: unknown
  technicalNeeds?: unknown
  accessNeeds?: unknown
  childcareRequest?: unknown
  consent?: unknown
  /** Custom questions by key: text, the chosen option's index, or a checkbox's true/false. */
  answers?: unknown
}

export type ProposalData = {
  title: string
  format: string | null
  track: string | null
  description: string
  audience: string | null
  length: string | null
  languages: string[]
  submitterName: string
  submitterPronouns: string | null
  submitterEmail: string
  organizationName: string | null
  coFacilitators: { name: string; email: string | null }[]
  technicalNeeds: string | null
  accessNeeds: string | null
  childcareRequest: string | null
  consent: true
  answers: { question: string; label: string; value: string }[]
}

/** Field name (as the form names it, e.g. `coFacilitators.1.email`) → message. */
export type FieldErrors = Record<string, string>

export const MAX_CO_FACILITATORS = 4
const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/

const str = (value: unknown) =>
  typeof value === 'string' ? value.replace(/\r\n?/g, '\n').trim() : ''

/**
 * Checks a submission against the call's settings and returns clean data or an error per
 * field, in the submitter's language. Pure: the form and the API hook share it.
 */
export function validateProposal(
  input: ProposalInput,
  settings: CallSettings,
  locale: Locale,
): { data?: ProposalData; errors: FieldErrors } {
  const t: Messages = messagesFor(locale)
  const errors: FieldErrors = {}
  const text = (name: keyof ProposalInput, label: string, max: number, required = false) => {
    const value = str(input[name])
    if (required && !value) errors[name] = t.errRequired(label)
    else if (value.length > max) errors[name] = t.errTooLong(label, max)
    return value || null
  }
  const oneOf = (
    name: keyof ProposalInput,
    label: string,
    allowed: string[],
    required: boolean,
  ) => {
    const value = str(input[name])
    if (!value) {
      if (required) errors[name] = t.errChoose(label)
      return null
    }
    if (!allowed.includes(value)) errors[name] = t.errNotOffered(label)
    return value
  }

  const title = text('title', t.title, 300, true)
  const formats = settings.formats ?? []
  const format = oneOf('format', t.format, formats, formats.length > 0)
  const track = oneOf(
    'track',
    t.track,
    (settings.tracks ?? []).map((tr) => tr.key),
    false,
  )
  const description = text('description', t.description, 6000, true)
  const audience = text('audience', t.audience, 2000)
  const length = oneOf('length', t.length, settings.lengths ?? [], false)
  const rawLanguages = Array.isArray(input.languages)
    ? input.languages
    : input.languages
      ? [input.languages]
      : []
  const languages = [...new Set(rawLanguages.map(str).filter(Boolean))]
  if (languages.some((l) => !(settings.languages ?? []).includes(l))) {
    errors.languages = t.errNotOffered(t.languages)
  }
  const submitterName = text('submitterName', t.submitterName, 200, true)
  const submitterPronouns = text('submitterPronouns', t.submitterPronouns, 60)
  const email = str(input.submitterEmail).toLowerCase()
  if (!email) errors.submitterEmail = t.errRequired(t.submitterEmail)
  else if (email.length > 254 || !EMAIL.test(email)) errors.submitterEmail = t.errEmail
  const organizationName = text('organizationName', t.organizationName, 200)

  const coFacilitators: ProposalData['coFacilitators'] = []
  const rawCo = Array.isArray(input.coFacilitators) ? input.coFacilitators : []
  rawCo.slice(0, MAX_CO_FACILITATORS).forEach((row, i) => {
    const r = (row ?? {}) as { name?: unknown; email?: unknown }
    const name = str(r.name)
    const coEmail = str(r.email).toLowerCase()
    if (!name && !coEmail) return
    const label = t.coFacilitator(i + 1)
    if (!name) errors[`coFacilitators.${i}.name`] = t.errRequired(label)
    else if (name.length > 200) errors[`coFacilitators.${i}.name`] = t.errTooLong(label, 200)
    if (coEmail && (coEmail.length > 254 || !EMAIL.test(coEmail))) {
      errors[`coFacilitators.${i}.email`] = t.errEmail
    }
    coFacilitators.push({ name, email: coEmail || null })
  })

  const technicalNeeds = text('technicalNeeds', t.technicalNeeds, 2000)
  const accessNeeds = text('accessNeeds', t.accessNeeds, 4000)
  const childcareRequest = text('childcareRequest', t.childcareRequest, 2000)
  const consent = input.consent === true || input.consent === 'on' || input.consent === 'true'
  if (!consent) errors.consent = t.errConsent

  const answers: ProposalData['answers'] = []
  const given = (input.answers && typeof input.answers === 'object' ? input.answers : {}) as Record<
    string,
    unknown
  >
  for (const q of settings.questions ?? []) {
    const field = `answers.${q.key}`
    const raw = given[q.key]
    if (q.type === 'checkbox') {
      const checked = raw === true || raw === 'on' || raw === 'true'
      if (q.required && !checked) errors[field] = t.errAnswerCheck
      answers.push({ question: q.key, label: q.label, value: checked ? 'yes' : 'no' })
    } else if (q.type === 'choice') {
      const index = str(raw)
      const option = /^\d+$/.test(index) ? q.options?.[Number(index)] : undefined
      if (!index) {
        if (q.required) errors[field] = t.errAnswerChoose
      } else if (!option) errors[field] = t.errNotOffered(q.label)
      if (option) answers.push({ question: q.key, label: q.label, value: option.label })
    } else {
      const value = str(raw)
      if (q.required && !value) errors[field] = t.errAnswerText
      else if (value.length > 2000) errors[field] = t.errTooLong(q.label, 2000)
      if (value) answers.push({ question: q.key, label: q.label, value })
    }
  }

  if (Object.keys(errors).length > 0) return { errors }
  return {
    errors,
    data: {
      title: title as string,
      format,
      track,
      description: description as string,
      audience,
      length,
      languages,
      submitterName: submitterName as string,
      submitterPronouns,
      submitterEmail: email,
      organizationName,
      coFacilitators,
      technicalNeeds,
      accessNeeds,
      childcareRequest,
      consent: true,
      answers,
    },
  }
}

/** Whether the call takes submissions at `now`, and if not, the message why. */
export function callOpen(
  settings: CallSettings,
  locale: Locale,
  now = new Date(),
  timeZone = 'UTC',
): { open: true } | { open: false; message: string } {
  const t = messagesFor(locale)
  const fmt = (iso: string) => formatDate(iso, locale, timeZone)
  if (!settings.opensAt && !settings.closesAt) return { open: false, message: t.errNoCall }
  if (settings.opensAt && now < new Date(settings.opensAt)) {
    return { open: false, message: t.errNotOpen(fmt(settings.opensAt)) }
  }
  if (settings.closesAt && now >= new Date(settings.closesAt)) {
    return { open: false, message: t.errClosed(fmt(settings.closesAt)) }
  }
  return { open: true }
}
