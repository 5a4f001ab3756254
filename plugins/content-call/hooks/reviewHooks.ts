import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
} from 'payload'

import { loadCriteria, refreshProposalScore } from '../services/reviews.js'
import { checkScores, weightedScore } from '../utilities/scores.js'
import { fieldErrors } from './proposalHooks.js'

const idOf = (value: unknown): string | null =>
  typeof value === 'string' && value
    ? value
    : typeof value === 'object' && value && 'id' in value
      ? String((value as { id: unknown }).id)
      : null

/**
 * A review belongs to whoever writes it and to one proposal, for good: the reviewer is the
 * logged-in user (server code may name one), and neither changes on edit. One review per
 * reviewer and proposal (also a unique index), none on withdrawn proposals, and a whole score
 * from 1 to 5 for every criterion of the call; the weighted score is computed here.
 */
export const checkReview: CollectionBeforeChangeHook = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  const reviewer =
    operation === 'create'
      ? req.user
        ? String(req.user.id)
        : idOf(data.reviewer)
      : idOf(originalDoc?.reviewer)
  const proposalId = operation === 'create' ? idOf(data.proposal) : idOf(originalDoc?.proposal)
  if (!reviewer) throw fieldErrors({ reviewer: 'A review needs a reviewer.' }, req, 'reviews')
  if (!proposalId) throw fieldErrors({ proposal: 'Choose the proposal to review.' }, req, 'reviews')

  const proposal = await req.payload
    .findByID({
      collection: 'proposals',
      id: proposalId,
      depth: 0,
      select: { title: true, reviewState: true },
      overrideAccess: true,
      req,
    })
    .catch(() => null)
  if (!proposal)
    throw fieldErrors({ proposal: `No proposal has the id ${proposalId}.` }, req, 'reviews')
  if (proposal.reviewState === 'withdrawn') {
    throw fieldErrors(
      { proposal: 'This proposal was withdrawn and is not reviewed.' },
      req,
      'reviews',
    )
  }
  if (operation === 'create') {
    const mine = await req.payload.count({
      collection: 'reviews',
      where: { and: [{ proposal: { equals: proposalId } }, { reviewer: { equals: reviewer } }] },
      overrideAccess: true,
      req,
    })
    if (mine.totalDocs > 0) {
      throw fieldErrors(
        { proposal: 'You have already reviewed this proposal: edit that review instead.' },
        req,
        'reviews',
      )
    }
  }

  const criteria = await loadCriteria(req)
  const checked = checkScores(data.scores ?? originalDoc?.scores, criteria)
  if (!checked.ok) throw fieldErrors(checked.errors, req, 'reviews')
  return {
    ...data,
    reviewer,
    proposal: proposalId,
    scores: checked.scores,
    weightedScore: weightedScore(checked.scores, criteria),
    title: proposal.title,
  }
}

export const refreshProposal: CollectionAfterChangeHook = async ({ doc, req }) => {
  const id = idOf(doc.proposal)
  if (id) await refreshProposalScore(req, id)
  return doc
}

export const refreshAfterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  const id = idOf(doc.proposal)
  if (id) await refreshProposalScore(req, id)
  return doc
}
