import type { PayloadRequest } from 'payload'

import { paragraphs } from '../../shared/index.js'
import { CALL_SETTINGS_SLUG } from '../globals/CallSettings.js'

type Proposal = {
  id: string
  title: string
  description: string
  format?: string | null
  track?: string | null
  languages?: string[] | null
  reviewState?: string | null
  submittedLanguage?: string | null
  submitterName: string
  submitterPronouns?: string | null
  submitterEmail: string
  organization?: string | null
  coFacilitators?: { name: string; email?: string | null }[] | null
  technicalNeeds?: string | null
  accessNeeds?: string | null
  childcareRequest?: string | null
}

export type SessionResult =
  | { ok: true; session: { id: string; title: string } }
  | { ok: false; status: number; error: string; session?: { id: string } }

const ABSTRACT_MAX = 2000

/** The first `max` characters, cut at a word, with an ellipsis when anything was cut. */
export const shorten = (text: string, max = ABSTRACT_MAX) => {
  if (text.length <= max) return text
  const cut = text.slice(0, max - 1)
  const space = cut.lastIndexOf(' ')
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`
}

/**
 * The session of an accepted proposal, in the call's gathering, pending in the workflow: title,
 * description, format, track, languages; the submitter and co-facilitators as people (found by
 * email when they exist already); access needs, childcare and technical needs in the session's
 * organizers-only field. Exactly one per proposal: a second attempt answers with the first
 * (the session's `proposal` is also unique in the database).
 */
export async function createSessionFromProposal(
  req: PayloadRequest,
  proposalId: string,
): Promise<SessionResult> {
  const proposal = (await req.payload
    .findByID({ collection: 'proposals', id: proposalId, depth: 0, overrideAccess: true, req })
    .catch(() => null)) as unknown as Proposal | null
  if (!proposal) return { ok: false, status: 404, error: `No proposal has the id ${proposalId}.` }
  const existing = await findSession(req, proposalId)
  if (existing) {
    return {
      ok: false,
      status: 409,
      error: 'This proposal already has its session.',
      session: existing,
    }
  }
  if (proposal.reviewState !== 'accepted') {
    return {
      ok: false,
      status: 409,
      error: `Only accepted proposals become sessions; this one is "${proposal.reviewState}". Accept it first.`,
    }
  }
  // The session starts in the default locale (which every other locale falls back to) with the
  // text as submitted; organizers add translations.
  const settings = (await req.payload.findGlobal({
    slug: CALL_SETTINGS_SLUG,
    depth: 0,
    overrideAccess: true,
    req,
  })) as { gathering?: string | null; tracks?: { key: string; label: string }[] | null }
  if (!settings.gathering) {
    return {
      ok: false,
      status: 409,
      error:
        'No gathering is set: choose it in Content call → Gathering and privacy, then try again.',
    }
  }

  const facilitators = [
    await person(req, proposal.submitterName, proposal.submitterEmail, proposal),
  ]
  for (const co of proposal.coFacilitators ?? []) {
    facilitators.push(await person(req, co.name, co.email ?? null, null))
  }
  const needs = [
    proposal.accessNeeds && `Access needs: ${proposal.accessNeeds}`,
    proposal.childcareRequest && `Childcare: ${proposal.childcareRequest}`,
    proposal.technicalNeeds && `Technical needs: ${proposal.technicalNeeds}`,
  ].filter(Boolean)
  const track = settings.tracks?.find((t) => t.key === proposal.track)?.label ?? proposal.track

  const session = await req.payload.create({
    collection: 'sessions',
    // Format and languages come from the host's vocabulary (options): strings here, literal
    // unions in the app's generated types.
    data: {
      event: settings.gathering,
      title: proposal.title,
      abstract: shorten(proposal.description),
      description: paragraphs(...proposal.description.split(/\n\s*\n/).filter(Boolean)),
      format: proposal.format ?? null,
      track: track ?? null,
      languages: proposal.languages ?? [],
      facilitators,
      facilitatorNeeds: needs.length > 0 ? needs.join('\n\n') : null,
      proposal: proposalId,
      moderationStatus: 'pending',
    } as never,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return { ok: true, session: { id: String(session.id), title: String(session.title) } }
}

export async function findSession(req: PayloadRequest, proposalId: string) {
  const found = await req.payload.find({
    collection: 'sessions',
    where: { proposal: { equals: proposalId } },
    depth: 0,
    limit: 1,
    select: { title: true },
    overrideAccess: true,
    req,
  })
  const doc = found.docs[0]
  return doc ? { id: String(doc.id), title: String(doc.title) } : null
}

/** The person with this email, or a new one (the submitter brings pronouns and organization). */
async function person(
  req: PayloadRequest,
  name: string,
  email: string | null,
  submitter: Proposal | null,
): Promise<string> {
  if (email) {
    const found = await req.payload.find({
      collection: 'people',
      where: { email: { equals: email } },
      depth: 0,
      limit: 1,
      overrideAccess: true,
      req,
    })
    if (found.docs[0]) return String(found.docs[0].id)
  }
  const created = await req.payload.create({
    collection: 'people',
    data: {
      name,
      email: email ?? undefined,
      pronouns: submitter?.submitterPronouns ?? undefined,
      organization: submitter?.organization ?? undefined,
    },
    depth: 0,
    overrideAccess: true,
    req,
  })
  return String(created.id)
}
