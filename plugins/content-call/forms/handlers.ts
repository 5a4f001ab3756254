import type { Payload } from 'payload'

import { CALL_SETTINGS_SLUG } from '../globals/CallSettings.js'
import { submitProposal, updateByToken, withdrawByToken } from '../services/proposals.js'
import { confirmSignOn, submitSignOn } from '../services/signOn.js'
import { loadCallSettings } from '../hooks/proposalHooks.js'
import { isLocale, type Locale, messagesFor } from '../utilities/messages.js'
import { submissionLimiter } from '../utilities/rateLimit.js'
import { callOptions } from '../utilities/roles.js'
import { spentStamps, STAMP_MAX_AGE_MS } from '../utilities/spentStamps.js'
import { formStamp, readFormStamp } from '../utilities/tokens.js'
import { type FieldErrors, validateProposal } from '../utilities/validate.js'
import { type SignOnInput, validateSignOn } from '../utilities/validateSignOn.js'
import { type FormState, formValues, HONEYPOT } from './formState.js'
import { proposalFromForm } from './proposalInput.js'

/**
 * What a form's server side needs from the web framework around it: Payload, the client's
 * address as the HTTP layer recorded it (never the client's own claim; every limit is counted
 * by it), and the secret that signs form stamps.
 */
export type FormContext = { payload: Payload; client: string; secret: string }

/** A form's first state: the given values, a fresh signed render time. */
export const initialState = (secret: string, values: FormState['values'] = {}): FormState => ({
  status: 'idle',
  errors: {},
  values,
  stamp: formStamp(secret),
})

const localeOf = (form: FormData): Locale => {
  const value = form.get('locale')
  return isLocale(value) ? value : 'en'
}

const done = (state: Partial<FormState> = {}): FormState => ({
  status: 'done',
  errors: {},
  values: {},
  stamp: '',
  ...state,
})

/** A bot's answer: the hidden field a person never sees was filled in. A message, or null. */
function honeypotCheck(form: FormData, locale: Locale) {
  const honeypot = form.get(HONEYPOT)
  return typeof honeypot === 'string' && honeypot.trim() !== ''
    ? messagesFor(locale).errHoneypot
    : null
}

/** The stamp every public form carries: genuine, older than the fill time, used once. A
 * message, or null. The per-client limit is counted where the submission is saved. */
async function stampCheck(form: FormData, locale: Locale, minFillSeconds: number, secret: string) {
  const t = messagesFor(locale)
  const stamp = form.get('stamp')
  const started = readFormStamp(secret, stamp)
  if (started === null || Date.now() - started < minFillSeconds * 1000) return t.errTooFast
  if (Date.now() - started > STAMP_MAX_AGE_MS) return t.errStampSpent
  // A store that cannot say whether the stamp was spent refuses it, as the limits do.
  const fresh = await spentStamps()
    .spend(String(stamp))
    .catch(() => null)
  if (fresh === null) return t.errLimitsUnavailable
  if (!fresh) return t.errStampSpent
  return null
}

/** Counts a private-link edit or a confirmation against the client's limit: a message, or null. */
async function limitCheck(locale: Locale, client: string) {
  const wait = await submissionLimiter()
    .consume(client)
    .catch(() => null)
  if (wait === null) return messagesFor(locale).errLimitsUnavailable
  return wait > 0 ? messagesFor(locale).errRateLimited(wait) : null
}

/**
 * What every form starts with: the language, the typed values (kept for the answer), `retry`,
 * which answers the form again with the values and a fresh stamp, and `correct`, which answers
 * a person's mistakes keeping the stamp: its fill time still counts from the first render.
 */
function begin(form: FormData, secret: string) {
  const locale = localeOf(form)
  const values = formValues(form)
  delete values[HONEYPOT]
  const retry = (state: Omit<FormState, 'stamp' | 'values'>): FormState => ({
    ...state,
    values,
    stamp: formStamp(secret),
  })
  const stamp = form.get('stamp')
  const correct = (errors: FieldErrors): FormState => ({
    status: 'error',
    errors,
    values,
    stamp: readFormStamp(secret, stamp) === null ? formStamp(secret) : String(stamp),
  })
  return { locale, values, retry, correct }
}

const hasErrors = (errors: FieldErrors) => Object.keys(errors).length > 0

/** The call's minimum fill time alone: the whole call (rich, localized texts) is not read. */
async function minFillSeconds(payload: Payload) {
  const settings = await payload.findGlobal({
    slug: CALL_SETTINGS_SLUG,
    depth: 0,
    select: { minFillSeconds: true },
  })
  return settings.minFillSeconds ?? 5
}

/**
 * The public proposal form. The honeypot first (a bot), then the fields (a person's mistakes
 * are named even when the form came back faster than the fill time), then the stamp; the
 * collection's hooks check it all again on the save, as for REST and GraphQL.
 */
export async function handlePropose(form: FormData, ctx: FormContext): Promise<FormState> {
  const { locale, values, retry, correct } = begin(form, ctx.secret)
  const bot = honeypotCheck(form, locale)
  if (bot) return retry({ status: 'error', errors: {}, message: bot })
  const settings = await loadCallSettings(ctx.payload, locale)
  const input = proposalFromForm(values)
  const { errors } = validateProposal(input, settings, locale)
  if (hasErrors(errors)) return correct(errors)
  const abuse = await stampCheck(form, locale, settings.minFillSeconds ?? 5, ctx.secret)
  if (abuse) return retry({ status: 'error', errors: {}, message: abuse })
  const result = await submitProposal(ctx.payload, input, locale, ctx.client)
  if (!result.ok) return retry({ status: 'error', errors: result.errors, message: result.message })
  return done({ email: result.email })
}

/** The private page of a proposal: save changes (`saved` is true), or withdraw. */
export async function handleManage(
  form: FormData,
  ctx: FormContext,
): Promise<FormState & { saved?: boolean }> {
  const { locale, values, retry } = begin(form, ctx.secret)
  const t = messagesFor(locale)
  const limited = await limitCheck(locale, ctx.client)
  if (limited) return retry({ status: 'error', errors: {}, message: limited })
  const token = form.get('token')
  if (form.get('intent') === 'withdraw') {
    if (form.get('confirmWithdraw') !== 'on') {
      return retry({
        status: 'error',
        errors: { confirmWithdraw: t.errRequired(t.manageWithdrawConfirm) },
      })
    }
    const result = await withdrawByToken(ctx.payload, token, locale)
    if (!result.ok)
      return retry({ status: 'error', errors: result.errors, message: result.message })
    return done({ message: t.manageWithdrawn })
  }
  const result = await updateByToken(ctx.payload, token, proposalFromForm(values), locale)
  if (!result.ok) return retry({ status: 'error', errors: result.errors, message: result.message })
  return { ...retry({ status: 'done', errors: {}, message: t.manageSaved }), saved: true }
}

/** The public sign-on form: the honeypot, the fields, then the stamp, as for proposals. */
export async function handleSignOn(form: FormData, ctx: FormContext): Promise<FormState> {
  const { locale, values, retry, correct } = begin(form, ctx.secret)
  const bot = honeypotCheck(form, locale)
  if (bot) return retry({ status: 'error', errors: {}, message: bot })
  const text = (name: string) => (typeof values[name] === 'string' ? (values[name] as string) : '')
  const input: SignOnInput = {
    name: text('name'),
    kind: text('kind'),
    website: text('website'),
    city: text('city'),
    region: text('region'),
    country: text('country'),
    listPublicly: text('listPublicly') === 'on',
    privateContact: { name: text('privateContact.name'), email: text('privateContact.email') },
  }
  const kinds = callOptions(ctx.payload).vocabulary.organizationKinds.map((k) => k.value)
  const { errors } = validateSignOn(input, kinds, locale)
  if (hasErrors(errors)) return correct(errors)
  const abuse = await stampCheck(form, locale, await minFillSeconds(ctx.payload), ctx.secret)
  if (abuse) return retry({ status: 'error', errors: {}, message: abuse })
  const result = await submitSignOn(ctx.payload, input, locale, ctx.client)
  if (!result.ok) return retry({ status: 'error', errors: result.errors, message: result.message })
  return done({ email: result.email })
}

/** The button on the link a sign-on's email carries. */
export async function handleConfirmSignOn(form: FormData, ctx: FormContext): Promise<FormState> {
  const locale = localeOf(form)
  const t = messagesFor(locale)
  const limited = await limitCheck(locale, ctx.client)
  if (limited) return { status: 'error', errors: {}, values: {}, stamp: '', message: limited }
  const name = await confirmSignOn(ctx.payload, form.get('token'))
  if (!name)
    return { status: 'error', errors: {}, values: {}, stamp: '', message: t.confirmInvalid }
  return done({ message: t.confirmText })
}
