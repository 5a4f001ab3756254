import type { PayloadRequest } from 'payload'

import { CALL_SETTINGS_SLUG } from '../globals/CallSettings.js'
import { type Decision, isDecision, renderDecision, type Template } from '../utilities/decisions.js'
import { isLocale, type Locale } from '../utilities/messages.js'

const OUTBOX = 'decision-emails'

type ProposalForEmail = {
  title: string
  submitterName: string
  submitterEmail: string
  submittedLanguage?: string | null
}

/**
 * After a proposal's review state changed: any unreleased draft for it is superseded (its
 * decision no longer holds), and a decision state drafts a new email from the call's template
 * in the submitter's language. Nothing is sent here.
 */
export async function draftDecision(req: PayloadRequest, proposalId: string, state: unknown) {
  await req.payload.update({
    collection: OUTBOX,
    where: { and: [{ proposal: { equals: proposalId } }, { status: { equals: 'draft' } }] },
    data: { status: 'superseded' },
    depth: 0,
    overrideAccess: true,
    req,
  })
  if (!isDecision(state)) return null
  const proposal = (await req.payload.findByID({
    collection: 'proposals',
    id: proposalId,
    depth: 0,
    overrideAccess: true,
    req,
  })) as unknown as ProposalForEmail
  const locale: Locale = isLocale(proposal.submittedLanguage) ? proposal.submittedLanguage : 'en'
  const { template, gathering } = await templateFor(req, state, locale)
  const email = renderDecision(state, locale, template, {
    name: proposal.submitterName,
    title: proposal.title,
    gathering,
  })
  return req.payload.create({
    collection: OUTBOX,
    data: {
      proposal: proposalId,
      decision: state,
      to: proposal.submitterEmail,
      language: locale,
      subject: email.subject,
      body: email.body,
      status: 'draft',
    },
    depth: 0,
    overrideAccess: true,
    req,
  })
}

async function templateFor(req: PayloadRequest, decision: Decision, locale: Locale) {
  const settings = await req.payload.findGlobal({
    slug: CALL_SETTINGS_SLUG,
    depth: 1,
    locale,
    overrideAccess: true,
    req,
  })
  const gathering =
    typeof settings.gathering === 'object' && settings.gathering?.title
      ? settings.gathering.title
      : locale === 'es'
        ? 'el encuentro'
        : 'the gathering'
  return { template: settings[`${decision}Email`] as Partial<Template> | undefined, gathering }
}

export type ReleaseResult = {
  released: string[]
  skipped: { id: string; reason: string }[]
}

/**
 * Releases drafts (the given ones, or every draft): each becomes `released`, records who
 * released it and when, and gets its own send job. Anything not a draft is skipped with the
 * reason, so releasing twice never sends twice.
 */
export async function releaseDecisions(
  req: PayloadRequest,
  ids: string[] | 'all-drafts',
): Promise<ReleaseResult> {
  const found = await req.payload.find({
    collection: OUTBOX,
    where: ids === 'all-drafts' ? { status: { equals: 'draft' } } : { id: { in: ids } },
    depth: 0,
    pagination: false,
    select: { status: true },
    overrideAccess: true,
    req,
  })
  const docs = found.docs as unknown as { id: string; status: string }[]
  const result: ReleaseResult = { released: [], skipped: [] }
  if (ids !== 'all-drafts') {
    for (const id of ids) {
      if (!docs.some((d) => String(d.id) === id)) result.skipped.push({ id, reason: 'not found' })
    }
  }
  const now = new Date().toISOString()
  for (const doc of docs) {
    if (doc.status !== 'draft') {
      result.skipped.push({ id: String(doc.id), reason: `already ${doc.status}` })
      continue
    }
    await req.payload.update({
      collection: OUTBOX,
      id: doc.id,
      data: { status: 'released', releasedAt: now, releasedBy: req.user?.id ?? null },
      depth: 0,
      overrideAccess: true,
      req,
    })
    await req.payload.jobs.queue({
      task: 'sendDecisionEmail',
      input: { id: String(doc.id) },
      req,
    })
    result.released.push(String(doc.id))
  }
  return result
}

/** Total attempts before an email is marked failed (the first and the retries). */
export const SEND_ATTEMPTS = 5

/**
 * The send job: one released email through the mail transport, recorded on its outbox entry
 * (sent time and message id, or the error and attempts). Anything not `released` is left
 * alone, so a job run twice sends once.
 */
export async function sendDecision(req: PayloadRequest, id: string) {
  const doc = (await req.payload.findByID({
    collection: OUTBOX,
    id,
    depth: 0,
    overrideAccess: true,
    req,
  })) as unknown as { status: string; to: string; subject: string; body: string; attempts?: number }
  if (doc.status !== 'released') return { sent: false, reason: `status is ${doc.status}` }
  const attempts = (doc.attempts ?? 0) + 1
  try {
    const info = (await req.payload.sendEmail({
      to: doc.to,
      subject: doc.subject,
      text: doc.body,
    })) as { messageId?: string } | undefined
    await req.payload.update({
      collection: OUTBOX,
      id,
      data: {
        status: 'sent',
        sentAt: new Date().toISOString(),
        attempts,
        messageId: info?.messageId ?? '',
        lastError: null,
      },
      depth: 0,
      overrideAccess: true,
      req,
    })
    return { sent: true, reason: '' }
  } catch (error) {
    // Recorded outside the job's transaction, which the queue rolls back when the task throws.
    await req.payload.update({
      collection: OUTBOX,
      id,
      data: {
        attempts,
        lastError: String((error as Error).message ?? error).slice(0, 500),
        ...(attempts >= SEND_ATTEMPTS ? { status: 'failed' } : {}),
      },
      depth: 0,
      overrideAccess: true,
    })
    throw error
  }
}
