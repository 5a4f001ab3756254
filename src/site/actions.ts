'use server'

import config from '@payload-config'
import { refresh } from 'next/cache'
import { headers } from 'next/headers'
import { getPayload } from 'payload'

import {
  isLocale,
  type Locale,
  messagesFor,
} from '../../plugins/content-call/utilities/messages.js'
import { readFormStamp, formStamp } from '../../plugins/content-call/utilities/tokens.js'
import {
  submitProposal,
  updateByToken,
  withdrawByToken,
} from '../../plugins/content-call/services/proposals.js'
import { confirmSignOn, submitSignOn } from '../../plugins/content-call/services/signOn.js'
import {
  CALL_SETTINGS_SLUG,
  CLIENT_IP_HEADER,
  spentStamps,
  STAMP_MAX_AGE_MS,
  submissionLimiter,
} from '../../plugins/content-call/index.js'
import { type FormState, formValues, HONEYPOT } from './formState.js'
import { proposalFromForm } from './proposalInput.js'

const secret = () => process.env.PAYLOAD_SECRET || ''

/** The submitter's address, as the HTTP layer recorded it for this request (never the client's
 * own claim): server actions are posted to any URL, so every limit is counted here, by client. */
const clientOf = async () => (await headers()).get(CLIENT_IP_HEADER) || 'unknown'

/** Checks every public form shares: honeypot, a genuine stamp, fill time, the stamp's single
 * use. A message, or null. The per-client limit is counted where the submission is saved. */
async function abuseCheck(form: FormData, locale: Locale, minFillSeconds: number) {
  const t = messagesFor(locale)
  const honeypot = form.get(HONEYPOT)
  if (typeof honeypot === 'string' && honeypot.trim() !== '') return t.errHoneypot
  const stamp = form.get('stamp')
  const started = readFormStamp(secret(), stamp)
  if (started === null || Date.now() - started < minFillSeconds * 1000) return t.errTooFast
  if (Date.now() - started > STAMP_MAX_AGE_MS) return t.errStampSpent
  if (!(await spentStamps().spend(String(stamp)))) return t.errStampSpent
  return null
}

/** Counts a private-link edit or a confirmation against the client's limit: a message, or null. */
async function limitCheck(locale: Locale) {
  const wait = await submissionLimiter().consume(await clientOf())
  return wait > 0 ? messagesFor(locale).errRateLimited(wait) : null
}

const localeOf = (form: FormData): Locale => {
  const value = form.get('locale')
  return isLocale(value) ? value : 'en'
}

/**
 * What every public form action starts with: the language, the typed values (kept for the
 * answer), Payload, and the abuse checks with the call's minimum fill time. `retry` answers
 * the form again with the values and a fresh stamp.
 */
async function publicForm(form: FormData) {
  const locale = localeOf(form)
  const values = formValues(form)
  delete values[HONEYPOT]
  const retry = (state: Omit<FormState, 'stamp' | 'values'>): FormState => ({
    ...state,
    values,
    stamp: formStamp(secret()),
  })
  const payload = await getPayload({ config })
  const settings = (await payload.findGlobal({
    slug: CALL_SETTINGS_SLUG as never,
    depth: 0,
  })) as unknown as { minFillSeconds?: number }
  const abuse = await abuseCheck(form, locale, settings.minFillSeconds ?? 5)
  return { locale, values, retry, payload, abuse, client: await clientOf() }
}

/** The public proposal form (`/propose`, `/es/propose`). */
export async function proposeAction(_previous: FormState, form: FormData): Promise<FormState> {
  const { locale, values, retry, payload, abuse, client } = await publicForm(form)
  if (abuse) return retry({ status: 'error', errors: {}, message: abuse })
  const result = await submitProposal(payload, proposalFromForm(values), locale, client)
  if (!result.ok) return retry({ status: 'error', errors: result.errors, message: result.message })
  return { status: 'done', errors: {}, values: {}, stamp: '', email: result.email }
}

/** The private page of a proposal: save changes, or withdraw. */
export async function manageAction(_previous: FormState, form: FormData): Promise<FormState> {
  const locale = localeOf(form)
  const values = formValues(form)
  delete values[HONEYPOT]
  const token = form.get('token')
  const t = messagesFor(locale)
  const next = (state: Omit<FormState, 'stamp' | 'values'>): FormState => ({
    ...state,
    values,
    stamp: formStamp(secret()),
  })
  const limited = await limitCheck(locale)
  if (limited) return next({ status: 'error', errors: {}, message: limited })
  const payload = await getPayload({ config })
  if (form.get('intent') === 'withdraw') {
    if (form.get('confirmWithdraw') !== 'on') {
      return next({
        status: 'error',
        errors: { confirmWithdraw: t.errRequired(t.manageWithdrawConfirm) },
      })
    }
    const result = await withdrawByToken(payload, token, locale)
    if (!result.ok) return next({ status: 'error', errors: result.errors, message: result.message })
    return { status: 'done', errors: {}, values: {}, stamp: '', message: t.manageWithdrawn }
  }
  const result = await updateByToken(payload, token, proposalFromForm(values), locale)
  if (!result.ok) return next({ status: 'error', errors: result.errors, message: result.message })
  // The page around the form (the summary's title) shows the saved values too.
  refresh()
  return next({ status: 'done', errors: {}, message: t.manageSaved })
}

/** The public sign-on form (`/sign-on`, `/es/sign-on`). */
export async function signOnAction(_previous: FormState, form: FormData): Promise<FormState> {
  const { locale, values, retry, payload, abuse, client } = await publicForm(form)
  if (abuse) return retry({ status: 'error', errors: {}, message: abuse })
  const text = (name: string) => (typeof values[name] === 'string' ? (values[name] as string) : '')
  const result = await submitSignOn(
    payload,
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
    client,
  )
  if (!result.ok) return retry({ status: 'error', errors: result.errors, message: result.message })
  return { status: 'done', errors: {}, values: {}, stamp: '', email: result.email }
}

/** The button on the link a sign-on's email carries. */
export async function confirmSignOnAction(
  _previous: FormState,
  form: FormData,
): Promise<FormState> {
  const locale = localeOf(form)
  const t = messagesFor(locale)
  const limited = await limitCheck(locale)
  if (limited) return { status: 'error', errors: {}, values: {}, stamp: '', message: limited }
  const payload = await getPayload({ config })
  const name = await confirmSignOn(payload, form.get('token'))
  if (!name)
    return { status: 'error', errors: {}, values: {}, stamp: '', message: t.confirmInvalid }
  return { status: 'done', errors: {}, values: {}, stamp: '', message: t.confirmText }
}
