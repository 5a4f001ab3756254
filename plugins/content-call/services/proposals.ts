import type { Payload } from 'payload'

import { APIError, ValidationError } from 'payload'

import { PRIVATE_LINK_EDIT, SUBMISSION_CLIENT, SUBMISSION_LOCALE } from '../hooks/proposalHooks.js'
import { CALL_SETTINGS_SLUG } from '../globals/CallSettings.js'
import { type Locale, messagesFor } from '../utilities/messages.js'
import { siteZone } from '../utilities/siteZone.js'
import { hashToken, looksLikeToken } from '../utilities/tokens.js'
import {
  type CallSettings,
  callOpen,
  type FieldErrors,
  type ProposalInput,
  validateProposal,
} from '../utilities/validate.js'

export type SubmitResult =
  | { ok: true; id: string; email: string }
  | { ok: false; errors: FieldErrors; message?: string; status: number }

/** Payload's errors as one message per field, or one message for the whole submission. */
export function describeError(error: unknown, locale: Locale): Exclude<SubmitResult, { ok: true }> {
  if (error instanceof ValidationError) {
    const errors: FieldErrors = {}
    for (const e of error.data.errors) errors[e.path] ??= e.message
    return { ok: false, errors, status: 400 }
  }
  // 503: a limit that cannot be counted just now; its message says to try again.
  if (error instanceof APIError && (error.status < 500 || error.status === 503)) {
    return { ok: false, errors: {}, message: error.message, status: error.status }
  }
  return { ok: false, errors: {}, message: messagesFor(locale).errServer, status: 500 }
}

/**
 * A proposal from the public form: created through the same access rules and hooks as an
 * anonymous REST or GraphQL create (no user, access enforced), in the submitter's language,
 * counted against `client`'s submission limit.
 */
export async function submitProposal(
  payload: Payload,
  input: ProposalInput,
  locale: Locale,
  client?: string,
): Promise<SubmitResult> {
  try {
    const answers = input.answers && typeof input.answers === 'object' ? input.answers : {}
    const doc = await payload.create({
      collection: 'proposals',
      // The submitter's strings: the plugin's hooks check them against the call's choices.
      data: {
        ...(input as Record<string, unknown>),
        answers: Object.entries(answers).map(([question, value]) => ({ question, value })),
      } as never,
      overrideAccess: false,
      locale,
      context: { [SUBMISSION_LOCALE]: locale, [SUBMISSION_CLIENT]: client },
      depth: 0,
    })
    return { ok: true, id: String(doc.id), email: String(input.submitterEmail ?? '') }
  } catch (error) {
    if (!(error instanceof ValidationError) && !(error instanceof APIError)) {
      payload.logger.error(
        `[content-call] a proposal could not be saved: ${(error as Error).message}`,
      )
    }
    return describeError(error, locale)
  }
}

export type PrivateProposal = {
  id: string
  title: string
  reviewState: string
  input: ProposalInput
  /** Whether the submitter may still edit or withdraw (review has not started). */
  editable: boolean
}

/** The proposal a private link opens, or null when the token is unknown or expired. */
export async function proposalByToken(
  payload: Payload,
  token: unknown,
  now = new Date(),
): Promise<PrivateProposal | null> {
  if (!looksLikeToken(token)) return null
  const { docs } = await payload.find({
    collection: 'proposals',
    where: { tokenHash: { equals: hashToken(token) } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    showHiddenFields: true,
  })
  const doc = docs[0] as unknown as Record<string, unknown> | undefined
  if (!doc) return null
  if (doc.tokenExpiresAt && new Date(String(doc.tokenExpiresAt)) <= now) return null
  return {
    id: String(doc.id),
    title: String(doc.title),
    reviewState: String(doc.reviewState),
    editable: doc.reviewState === 'pending',
    input: {
      ...doc,
      answers: Object.fromEntries(
        ((doc.answers as { question: string; value: string }[] | undefined) ?? []).map((a) => [
          a.question,
          a.value,
        ]),
      ),
    } as ProposalInput,
  }
}

/** Edits through the private link: only while pending, only the submitter's fields. */
export async function updateByToken(
  payload: Payload,
  token: unknown,
  input: ProposalInput,
  locale: Locale,
): Promise<SubmitResult> {
  const t = messagesFor(locale)
  const current = await proposalByToken(payload, token)
  if (!current) return { ok: false, errors: {}, message: t.manageInvalid, status: 404 }
  if (!current.editable) return { ok: false, errors: {}, message: t.manageLocked, status: 409 }
  const settings = (await payload.findGlobal({
    slug: CALL_SETTINGS_SLUG,
    locale,
    depth: 0,
  })) as unknown as CallSettings
  const open = callOpen(settings, locale, new Date(), siteZone(payload))
  if (!open.open) return { ok: false, errors: {}, message: open.message, status: 403 }
  // The email identifies the submitter and counts toward the per-email limit: it is not
  // edited here (the form does not show it), and consent was given when proposing.
  const { data, errors } = validateProposal(
    { ...input, submitterEmail: current.input.submitterEmail, consent: true },
    settings,
    locale,
  )
  if (!data) return { ok: false, errors, status: 400 }
  const { submitterEmail: _email, consent: _consent, ...changes } = data
  try {
    await payload.update({
      collection: 'proposals',
      id: current.id,
      // As at submission: strings the plugin's hooks check against the call's choices.
      data: changes as never,
      overrideAccess: true,
      locale,
      context: { [PRIVATE_LINK_EDIT]: true },
      depth: 0,
    })
    return { ok: true, id: current.id, email: String(current.input.submitterEmail) }
  } catch (error) {
    return describeError(error, locale)
  }
}

/** Withdraws through the private link, while review has not started. */
export async function withdrawByToken(
  payload: Payload,
  token: unknown,
  locale: Locale,
): Promise<SubmitResult> {
  const t = messagesFor(locale)
  const current = await proposalByToken(payload, token)
  if (!current) return { ok: false, errors: {}, message: t.manageInvalid, status: 404 }
  if (!current.editable) return { ok: false, errors: {}, message: t.manageLocked, status: 409 }
  await payload.update({
    collection: 'proposals',
    id: current.id,
    data: { reviewState: 'withdrawn' },
    overrideAccess: true,
    context: { [PRIVATE_LINK_EDIT]: true },
    depth: 0,
  })
  return { ok: true, id: current.id, email: String(current.input.submitterEmail) }
}
