import type { TaskConfig } from 'payload'

import { SEND_ATTEMPTS, sendDecision } from '../services/decisions.js'
import { eraseAccessNeeds } from '../services/erasure.js'
import { rescoreAll } from '../services/reviews.js'

/** Sends one released decision email and records the outcome on its outbox entry. */
export const sendDecisionEmailTask: TaskConfig = {
  slug: 'sendDecisionEmail',
  label: 'Send decision email',
  retries: { attempts: SEND_ATTEMPTS - 1, backoff: { type: 'exponential', delay: 60_000 } },
  inputSchema: [{ name: 'id', type: 'text', required: true }],
  outputSchema: [
    { name: 'sent', type: 'checkbox' },
    { name: 'reason', type: 'text' },
  ],
  handler: async ({ input, req }) => ({
    output: await sendDecision(req, String((input as { id: string }).id)),
  }),
}

/** Recomputes every review's weighted score after the criteria changed. */
export const rescoreReviewsTask: TaskConfig = {
  slug: 'rescoreReviews',
  label: 'Recompute review scores',
  retries: 2,
  outputSchema: [
    { name: 'reviews', type: 'number' },
    { name: 'changed', type: 'number' },
    { name: 'proposals', type: 'number' },
  ],
  handler: async ({ req }) => ({ output: await rescoreAll(req.payload, req) }),
}

/**
 * Daily: erases access needs and childcare requests once the configured number of days after
 * the gathering has passed, and logs what it erased (see `eraseAccessNeeds`).
 */
export const eraseAccessNeedsTask: TaskConfig = {
  slug: 'eraseAccessNeeds',
  label: 'Erase access needs after the gathering',
  retries: 2,
  schedule: [{ cron: '15 3 * * *', queue: 'default' }],
  outputSchema: [
    { name: 'erased', type: 'number' },
    { name: 'reason', type: 'text' },
  ],
  handler: async ({ req }) => {
    const result = await eraseAccessNeeds(req)
    return { output: { erased: result.erased, reason: result.reason } }
  },
}
