import type { Payload } from 'payload'

import { CALL_SETTINGS_SLUG } from '../globals/CallSettings.js'
import { submitProposal, updateByToken, withdrawByToken } from '../services/proposals.js'
import { confirmSignOn, submitSignOn } from '../services/signOn.js'
import { isLocale, type Locale, messagesFor } from '../utilities/messages.js'
import { submissionLimiter } from '../utilities/rateLimit.js'
import { spentStamps, STAMP_MAX_AGE_MS } from '../utilities/spentStamps.js'
import { formStamp, readFormStamp } from '../utilities/tokens.js'
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

/** Checks every public form shares: honeypot, a genuine stamp, fill time, the stamp's single
 * use. A message, or null. The per-client limit is counted where the submission is saved. */
async function abuseCheck(form: FormData, locale: Locale, minFillSeconds: number, secret: string) {
  const t = messagesFor(locale)
  const honeypot = form.get(HONEYPOT)
  if (typeof honeypot === 'string' && honeypot.trim() !== '') return t.errHoneypot
  const stamp = form.get('stamp')
  const started = readFormStamp(secret, stamp)
  if (started === null || Date.now() - started < minFillSeconds * 1000) return t.errTooFast
  if (Date.now() - started > STAMP_MAX_AGE_MS) return t.errStampSpent
  if (!(await spentStamps().spend(String(stamp)))) return t.errStampSpent
  return null
}

/** Counts a private-link edit or a confirmation against the client's limit: a message, or null. */
async function limitCheck(locale: Locale, client: string) {
  const wait = await submissionLimiter().consume(client)
  return wait > 0 ? messagesFor(locale).errRateLimited(wait) : null
}

/**
 * What every form starts with: the language, the typed values (kept for the answer) and
 * `retry`, which answers the form again with the values and a fresh stamp.
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
  return { locale, values, retry }
}

/** A new submission's checks, with the call's minimum fill time. */
async function publicCheck(form: FormData, locale: Locale, { payload, secret }: FormContext) {
  // Only the setting it needs: the whole call (rich, localized texts) is read on no submission.
  const settings = await payload.findGlobal({
    slug: CALL_SETTINGS_SLUG,
    depth: 0,
    select: { minFillSeconds: true },
  })
  return abuseCheck(form, locale, settings.minFillSeconds ?? 5, secret)
}

/** The public proposal form. */
export async function handlePropose(form: FormData, ctx: FormContext): Promise<FormState> {
  const { locale, values, retry } = begin(form, ctx.secret)
  const abuse = await publicCheck(form, locale, ctx)
  if (abuse) return retry({ status: 'error', errors: {}, message: abuse })
  const result = await submitProposal(ctx.payload, proposalFromForm(values), locale, ctx.client)
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

/** The public sign-on form. */
export async function handleSignOn(form: FormData, ctx: FormContext): Promise<FormState> {
  const { locale, values, retry } = begin(form, ctx.secret)
  const abuse = await publicCheck(form, locale, ctx)
  if (abuse) return retry({ status: 'error', errors: {}, message: abuse })
  const text = (name: string) => (typeof values[name] === 'string' ? (values[name] as string) : '')
  const result = await submitSignOn(
    ctx.payload,
    {
      name: text('name'),
      kind: text('kind'),
      website: text('website'),
      city: text('city'),
      region: text('region'),
      country: text('country'),
      listPublicly: text('listPublicly') === 'on',
      privateContact: { name: text('privateContact.name'), email: text('privateContact.email') },
    },
    locale,
    ctx.client,
  )
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
