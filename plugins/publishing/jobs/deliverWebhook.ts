import type { TaskConfig } from 'payload'

import { DELIVER_TASK } from '../defaults.js'
import { attemptDelivery } from '../services/webhooks.js'
import type { SanitizedWebhookOptions } from '../types.js'

/** One webhook delivery; a failure is retried with exponential backoff (see `attemptDelivery`). */
export const deliverWebhookTask = (options: SanitizedWebhookOptions): TaskConfig => ({
  slug: DELIVER_TASK,
  label: 'Deliver webhook',
  retries: {
    attempts: options.attempts - 1,
    backoff: { type: 'exponential', delay: options.retryDelayMs },
  },
  inputSchema: [{ name: 'delivery', type: 'text', required: true }],
  outputSchema: [
    { name: 'delivered', type: 'checkbox' },
    { name: 'reason', type: 'text' },
  ],
  handler: async ({ input, req }) => ({
    output: await attemptDelivery(req, String((input as { delivery: string }).delivery), options),
  }),
})
