import type { PublishingPluginOptions, SanitizedWebhookOptions } from './types.js'

export const WEBHOOKS_SLUG = 'webhooks'
export const DELIVERIES_SLUG = 'webhook-deliveries'
/** The job queue deliveries run on, polled every few seconds so receivers hear quickly. */
export const WEBHOOK_QUEUE = 'webhooks'
export const DELIVER_TASK = 'deliverWebhook'

/** Where the sanitized options live in `config.custom`, for the routes that serve the feeds. */
export const PUBLISHING_OPTIONS = 'publishing'

export const DEFAULT_FEED_SOURCES: Record<string, string[]> = {
  events: ['events', 'places', 'organizations', 'categories', 'event-groups'],
  posts: ['posts', 'people', 'categories'],
  sessions: ['sessions', 'events', 'places', 'people'],
}

/** `req.context` key under which a save remembers whether its document was public before. */
export const WEBHOOK_BEFORE = 'publishing:webhookBefore'
/** The request memo of subscribed webhooks (plugins/shared/requestMemo.ts). */
export const WEBHOOKS_MEMO = 'publishing:webhooks'

const positiveInteger = (name: string, value: number, min: number) => {
  if (!Number.isInteger(value) || value < min) {
    throw new Error(`[publishing] webhooks.${name} must be an integer ≥ ${min} (got ${value})`)
  }
  return value
}

export function sanitizeWebhookOptions(
  options: PublishingPluginOptions['webhooks'] = {},
): SanitizedWebhookOptions {
  const collections = options.collections ?? ['posts', 'events', 'sessions', 'organizations']
  if (collections.length === 0) {
    throw new Error('[publishing] webhooks.collections must name at least one collection')
  }
  return {
    collections,
    timeoutMs: positiveInteger('timeoutMs', options.timeoutMs ?? 10_000, 100),
    attempts: positiveInteger('attempts', options.attempts ?? 6, 1),
    retryDelayMs: positiveInteger('retryDelayMs', options.retryDelayMs ?? 30_000, 0),
  }
}

/**
 * Webhook options from the environment: `WEBHOOK_TIMEOUT_MS`, `WEBHOOK_ATTEMPTS` and
 * `WEBHOOK_RETRY_DELAY_MS` (unset: the defaults). A value that is not a whole number stops
 * startup, naming the variable.
 */
export function webhookOptionsFromEnv(
  env: NodeJS.ProcessEnv = process.env,
): NonNullable<PublishingPluginOptions['webhooks']> {
  const read = (name: string) => {
    const raw = env[name]
    if (raw === undefined || raw.trim() === '') return undefined
    if (!/^\d+$/.test(raw.trim())) {
      throw new Error(`[publishing] ${name} must be a whole number (got “${raw}”)`)
    }
    return Number(raw)
  }
  return {
    timeoutMs: read('WEBHOOK_TIMEOUT_MS'),
    attempts: read('WEBHOOK_ATTEMPTS'),
    retryDelayMs: read('WEBHOOK_RETRY_DELAY_MS'),
  }
}
