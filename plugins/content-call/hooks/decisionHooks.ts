import type {
  CollectionAfterChangeHook,
  FieldAccess,
  GlobalAfterChangeHook,
  PayloadRequest,
} from 'payload'

import { holds } from '../utilities/roles.js'
import { CALL_SETTINGS_SLUG } from '../globals/CallSettings.js'
import { draftDecision } from '../services/decisions.js'
import { isDecision } from '../utilities/decisions.js'

/** A change of review state drafts the decision email (or supersedes an unreleased one). */
export const draftOnDecision: CollectionAfterChangeHook = async ({
  doc,
  operation,
  previousDoc,
  req,
}) => {
  const state = doc.reviewState
  if (operation === 'create' ? !isDecision(state) : state === previousDoc?.reviewState) return doc
  await draftDecision(req, String(doc.id), state)
  return doc
}

const BLIND = 'content-call:blind'

/** Whether the request's user reads proposals blind: a reviewer (only) while blind review is on. */
async function readsBlind(req: PayloadRequest): Promise<boolean> {
  if (!holds(req, 'reviewers') || holds(req, 'organizers')) {
    return false
  }
  if (typeof req.context?.[BLIND] !== 'boolean') {
    const settings = (await req.payload.findGlobal({
      slug: CALL_SETTINGS_SLUG,
      depth: 0,
      overrideAccess: true,
      req,
    })) as { blindReview?: boolean | null }
    req.context[BLIND] = settings.blindReview === true
  }
  return req.context[BLIND] as boolean
}

/** Field read access that also hides the field from reviewers in blind review. */
export const hiddenWhenBlind =
  (original?: FieldAccess): FieldAccess =>
  async (args) =>
    (original ? await original(args) : true) && !(await readsBlind(args.req))

/** New criteria or weights: every score is recomputed by a job. */
export const rescoreOnCriteriaChange: GlobalAfterChangeHook = async ({ doc, previousDoc, req }) => {
  const shape = (d: { criteria?: { key: string; weight?: number | null }[] | null } | undefined) =>
    JSON.stringify((d?.criteria ?? []).map((c) => [c.key, c.weight ?? 1]))
  if (shape(doc) !== shape(previousDoc)) {
    await req.payload.jobs.queue({ task: 'rescoreReviews', input: {}, req })
  }
  return doc
}
