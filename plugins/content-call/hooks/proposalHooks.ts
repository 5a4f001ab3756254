import type {
  CollectionAfterChangeHook,
  CollectionBeforeChangeHook,
  Payload,
  PayloadRequest,
} from 'payload'

import { APIError, ValidationError } from 'payload'

import { holds } from '../utilities/roles.js'
import { matchContentFilters, MODERATION_TRUSTED } from '../../moderation/index.js'
import { CALL_SETTINGS_SLUG } from '../globals/CallSettings.js'
import { formatDate, isLocale, type Locale, messagesFor } from '../utilities/messages.js'
import { newToken } from '../utilities/tokens.js'
import { siteZone } from '../utilities/siteZone.js'
import {
  type CallSettings,
  callOpen,
  type FieldErrors,
  validateProposal,
} from '../utilities/validate.js'
import { submissionLimiter } from '../utilities/rateLimit.js'

/** `req.context` keys. A submission for the public through the Local API (the forms) names the
 * submitter's language here; REST and GraphQL submissions are public anyway. */
export const SUBMISSION_LOCALE = 'content-call:locale'
/** `req.context` key: the submitter's address, for public submissions made through the Local API
 * (the forms' server actions); the per-client limit counts it whatever URL the action came by. */
export const SUBMISSION_CLIENT = 'content-call:client'
const ISSUED_TOKEN = 'content-call:token'
/** Set by server code that edits through a private link (it may change token fields). */
export const PRIVATE_LINK_EDIT = 'content-call:private-link'

/** Fields only this plugin writes: never taken from a request. */
const SYSTEM_FIELDS = ['tokenHash', 'tokenExpiresAt', 'submittedLanguage'] as const

/** What a submission is checked against: the call's other fields are not read for it. */
const SUBMISSION_SETTINGS = {
  opensAt: true,
  closesAt: true,
  formats: true,
  lengths: true,
  languages: true,
  tracks: true,
  questions: true,
  maxPerEmail: true,
  minFillSeconds: true,
} satisfies Record<keyof CallSettings, true>

/**
 * The call's settings a submission needs, in the submitter's language. Only those: the intro,
 * review criteria and decision emails are rich and localized, and reading them all was a large
 * part of each submission.
 */
export async function loadCallSettings(
  payload: Payload,
  locale: Locale,
  req?: PayloadRequest,
): Promise<CallSettings> {
  return (await payload.findGlobal({
    slug: CALL_SETTINGS_SLUG,
    locale,
    depth: 0,
    select: SUBMISSION_SETTINGS,
    overrideAccess: true,
    req,
  })) as unknown as CallSettings
}

export const fieldErrors = (errors: FieldErrors, req: PayloadRequest, collection = 'proposals') =>
  new ValidationError(
    {
      collection,
      errors: Object.entries(errors).map(([path, message]) => ({ path, message })),
    },
    req.t,
  )

/** Largest public submission, counted on the data as it is written (the HTTP layer refuses larger
 * bodies before reading them; this holds for every route and API that reaches the hook). */
export const MAX_SUBMISSION_BYTES = 128 * 1024

/** Refuses a public write with 429 and tells the client when to try again (`Retry-After`). */
export function rateLimited(req: PayloadRequest, wait: number, message: string): APIError {
  req.responseHeaders ??= new Headers()
  req.responseHeaders.set('Retry-After', String(wait))
  return new APIError(message, 429, { retryAfter: wait }, true)
}

/** Seconds a client is asked to wait while the limit cannot be counted. */
const UNCOUNTED_RETRY_SECONDS = 30

/**
 * Counts one write against the per-client limit; throws 429 when it is used up, and 503 when
 * the limit cannot be counted (a shared store that is down): a limit nobody counts is none.
 */
export async function consumeSubmission(req: PayloadRequest, client: string, locale: Locale) {
  let wait: number
  try {
    wait = await submissionLimiter().consume(client)
  } catch (error) {
    req.payload.logger.error(`submission limit not counted: ${(error as Error).message}`)
    req.responseHeaders ??= new Headers()
    req.responseHeaders.set('Retry-After', String(UNCOUNTED_RETRY_SECONDS))
    throw new APIError(messagesFor(locale).errLimitsUnavailable, 503, undefined, true)
  }
  if (wait > 0) throw rateLimited(req, wait, messagesFor(locale).errRateLimited(wait))
}

/**
 * The gate both public submission hooks share. System fields never come from a request (only
 * private-link edits may write them); staff and server code (the Local API, unless it marks a
 * public submission with `SUBMISSION_LOCALE`) pass as they are. For a public create: its size,
 * the per-client limit (REST, GraphQL, and the forms, which name the client in
 * `SUBMISSION_CLIENT`), and the submitter's language. Answers null when the rest of the hook
 * has nothing to do.
 */
export async function publicSubmission(
  data: Record<string, unknown>,
  operation: 'create' | 'update',
  req: PayloadRequest,
  systemFields: readonly string[],
): Promise<Locale | null> {
  const editing = operation === 'update'
  // Server code (the Local API) is trusted unless it submits for the public, as the forms do
  // by naming the submitter's language.
  const forThePublic = req.payloadAPI !== 'local' || isLocale(req.context?.[SUBMISSION_LOCALE])
  const trusted =
    !forThePublic || holds(req, 'organizers') || req.context?.[MODERATION_TRUSTED] === true
  if ((editing && !req.context?.[PRIVATE_LINK_EDIT]) || (!editing && trusted)) {
    for (const key of systemFields) delete data[key]
  }
  if (editing || trusted) return null
  const requested = req.context?.[SUBMISSION_LOCALE] ?? req.locale
  const locale: Locale = isLocale(requested) ? requested : 'en'
  if (Buffer.byteLength(JSON.stringify(data ?? null)) > MAX_SUBMISSION_BYTES) {
    throw new APIError(messagesFor(locale).errTooLarge, 413, undefined, true)
  }
  const client = req.context?.[SUBMISSION_CLIENT]
  if (typeof client === 'string') await consumeSubmission(req, client, locale)
  else if (req.payloadAPI !== 'local') await consumeSubmission(req, clientIp(req), locale)
  return locale
}

/** The API's shape of custom answers (`[{question, value}]`) as the validator reads them. */
const answersByKey = (answers: unknown) =>
  Array.isArray(answers)
    ? Object.fromEntries(
        answers
          .filter((a): a is { question: string; value: unknown } => typeof a?.question === 'string')
          .map((a) => [a.question, a.value]),
      )
    : answers

/**
 * Proposals from anyone who is not an organizer or admin (anonymous REST and GraphQL, the
 * public form): the call must be open, only the submitter's fields are kept (review state,
 * links, flags and notes never come from the request), the call's choices and questions are
 * checked, an email may send at most `maxPerEmail`, the content filters flag spam, and a
 * private link token is issued. Staff creates pass through, minus the system fields.
 */
export const publicProposal: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  const locale = await publicSubmission(data, operation, req, SYSTEM_FIELDS)
  if (!locale) return data
  const t = messagesFor(locale)
  const settings = await loadCallSettings(req.payload, locale, req)
  const open = callOpen(settings, locale, new Date(), siteZone(req.payload))
  if (!open.open) throw new APIError(open.message, 403)

  const { data: clean, errors } = validateProposal(
    { ...data, answers: answersByKey(data.answers) },
    settings,
    locale,
  )
  if (!clean) throw fieldErrors(errors, req)
  const sent = await req.payload.count({
    collection: 'proposals',
    where: {
      and: [
        { submitterEmail: { equals: clean.submitterEmail } },
        { reviewState: { not_equals: 'withdrawn' } },
      ],
    },
    overrideAccess: true,
    req,
  })
  const max = settings.maxPerEmail ?? 3
  if (sent.totalDocs >= max) throw fieldErrors({ submitterEmail: t.errPerEmail(max) }, req)

  const match = await matchContentFilters(req, {
    title: clean.title,
    description: clean.description,
    audience: clean.audience,
  })
  const { token, hash } = newToken()
  // For the confirmation after the save (the saved doc, as the submitter may read it, has
  // no email).
  req.context[ISSUED_TOKEN] = {
    token,
    locale,
    to: clean.submitterEmail,
    name: clean.submitterName,
    title: clean.title,
    until: settings.closesAt ?? null,
  } satisfies Issued
  return {
    ...clean,
    reviewState: 'pending',
    submittedLanguage: locale,
    tokenHash: hash,
    tokenExpiresAt: settings.closesAt ?? null,
    flagged: match ? `content filter "${match.filter}" matched ${match.field}` : null,
  }
}

/** The address a request came from, as the Express layer recorded it. */
export const clientIp = (req: { headers: Headers }) =>
  req.headers.get(CLIENT_IP_HEADER) || 'unknown'

/** Set by the Express layer on every request (an incoming value is overwritten). */
export const CLIENT_IP_HEADER = 'x-dualpower-client-ip'

/** The origin links in emails point to. */
export const siteOrigin = (req: PayloadRequest) =>
  (
    req.payload.config.serverURL ||
    process.env.SERVER_URL ||
    `http://localhost:${process.env.PORT || 3000}`
  ).replace(/\/$/, '')

/** Path of the private page of a proposal, in the submitter's language. */
export const managePath = (locale: Locale, token: string) =>
  `${locale === 'es' ? '/es' : ''}/propose/manage/${token}`

type Issued = {
  token: string
  locale: Locale
  to: string
  name: string
  title: string
  until: string | null
}

/** After a public submission: the confirmation with the private link, in the submitter's language. */
export const confirmProposal: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  const issued = req.context?.[ISSUED_TOKEN] as Issued | undefined
  if (operation !== 'create' || !issued) return doc
  delete req.context[ISSUED_TOKEN]
  const t = messagesFor(issued.locale)
  const until = issued.until ? formatDate(issued.until, issued.locale, siteZone(req.payload)) : '—'
  await req.payload.jobs.queue({
    task: 'sendEmail',
    input: {
      to: issued.to,
      subject: t.proposalEmailSubject(issued.title),
      text: t.proposalEmailText(
        issued.name,
        issued.title,
        `${siteOrigin(req)}${managePath(issued.locale, issued.token)}`,
        until,
      ),
    },
    req,
  })
  return doc
}
