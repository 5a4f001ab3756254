import type { Payload, PayloadRequest } from 'payload'

import { CALL_SETTINGS_SLUG } from '../globals/CallSettings.js'
import { type Criterion, meanScore, weightedScore } from '../utilities/scores.js'

const CRITERIA = 'content-call:criteria'

/** The call's review criteria (in the request's locale), read once per request. */
export async function loadCriteria(req: PayloadRequest): Promise<Criterion[]> {
  const cached = req.context?.[CRITERIA] as Criterion[] | undefined
  if (cached) return cached
  const settings = (await req.payload.findGlobal({
    slug: CALL_SETTINGS_SLUG,
    depth: 0,
    locale: req.locale ?? undefined,
    overrideAccess: true,
    req,
  })) as { criteria?: Criterion[] | null }
  const criteria = (settings.criteria ?? []).map(({ key, weight, label }) => ({
    key,
    weight: weight ?? 1,
    label: label ?? key,
  }))
  if (req.context) req.context[CRITERIA] = criteria
  return criteria
}

/**
 * Writes a proposal's review figures: the mean of its reviews' weighted scores and how many
 * there are. The first review also starts the review (`pending` → `in-review`), which ends
 * the submitter's chance to edit through the private link.
 */
export async function refreshProposalScore(req: PayloadRequest, proposalId: string) {
  const reviews = await req.payload.find({
    collection: 'reviews',
    where: { proposal: { equals: proposalId } },
    depth: 0,
    pagination: false,
    select: { weightedScore: true },
    overrideAccess: true,
    req,
  })
  const proposal = await req.payload
    .findByID({
      collection: 'proposals',
      id: proposalId,
      depth: 0,
      select: { reviewState: true },
      overrideAccess: true,
      req,
    })
    .catch(() => null)
  if (!proposal) return
  const docs = reviews.docs as { weightedScore?: number | null }[]
  await req.payload.update({
    collection: 'proposals',
    id: proposalId,
    data: {
      reviewScore: meanScore(docs.map((d) => d.weightedScore)),
      reviewCount: docs.length,
      ...(proposal.reviewState === 'pending' && docs.length > 0
        ? { reviewState: 'in-review' as const }
        : {}),
    },
    depth: 0,
    overrideAccess: true,
    req,
  })
}

/**
 * After the criteria or their weights change: every review's weighted score again, then every
 * reviewed proposal's mean. Runs as a job (see `rescoreReviewsTask`).
 */
export async function rescoreAll(payload: Payload, req: PayloadRequest) {
  const criteria = await loadCriteria(req)
  const reviews = await payload.find({
    collection: 'reviews',
    depth: 0,
    pagination: false,
    select: { scores: true, proposal: true, weightedScore: true },
    overrideAccess: true,
    req,
  })
  const proposals = new Set<string>()
  let changed = 0
  for (const review of reviews.docs as unknown as {
    id: string
    proposal: string
    weightedScore?: number | null
    scores?: { criterion: string; score: number }[]
  }[]) {
    proposals.add(review.proposal)
    const score = weightedScore(review.scores ?? [], criteria)
    if (score === (review.weightedScore ?? null)) continue
    // Straight to the database: the review itself did not change, only the weights.
    await payload.db.updateOne({
      collection: 'reviews',
      id: review.id,
      data: { weightedScore: score },
      req,
    })
    changed++
  }
  for (const id of proposals) await refreshProposalScore(req, id)
  return { reviews: reviews.docs.length, changed, proposals: proposals.size }
}
