import type { ProposalInput } from '../utilities/validate.js'
import { MAX_CO_FACILITATORS } from '../utilities/validate.js'
import { type FormState, listOf, valueOf } from './formState.js'

/** The form's flat fields as the proposal the validator reads. */
export function proposalFromForm(values: FormState['values']): ProposalInput {
  const answers: Record<string, string> = {}
  for (const key of Object.keys(values)) {
    if (key.startsWith('answers.')) answers[key.slice('answers.'.length)] = valueOf(values, key)
  }
  const text = (name: string) => valueOf(values, name)
  return {
    title: text('title'),
    format: text('format'),
    track: text('track'),
    description: text('description'),
    audience: text('audience'),
    length: text('length'),
    languages: listOf(values, 'languages'),
    submitterName: text('submitterName'),
    submitterPronouns: text('submitterPronouns'),
    submitterEmail: text('submitterEmail'),
    organizationName: text('organizationName'),
    coFacilitators: Array.from({ length: MAX_CO_FACILITATORS }, (_, i) => ({
      name: text(`coFacilitators.${i}.name`),
      email: text(`coFacilitators.${i}.email`),
    })),
    technicalNeeds: text('technicalNeeds'),
    accessNeeds: text('accessNeeds'),
    childcareRequest: text('childcareRequest'),
    consent: text('consent') === 'on',
    answers,
  }
}

/** A stored proposal as the form's flat fields (for the private edit page). */
export function formFromProposal(input: ProposalInput): FormState['values'] {
  const values: FormState['values'] = {}
  const put = (name: string, value: unknown) => {
    if (typeof value === 'string' && value) values[name] = value
  }
  for (const name of [
    'title',
    'format',
    'track',
    'description',
    'audience',
    'length',
    'submitterName',
    'submitterPronouns',
    'submitterEmail',
    'organizationName',
    'technicalNeeds',
    'accessNeeds',
    'childcareRequest',
  ] as const) {
    put(name, input[name])
  }
  if (Array.isArray(input.languages)) values.languages = input.languages as string[]
  ;((input.coFacilitators as { name?: string; email?: string }[] | undefined) ?? []).forEach(
    (c, i) => {
      put(`coFacilitators.${i}.name`, c.name)
      put(`coFacilitators.${i}.email`, c.email)
    },
  )
  for (const [key, value] of Object.entries((input.answers as Record<string, string>) ?? {})) {
    put(`answers.${key}`, value)
  }
  values.consent = 'on'
  return values
}
