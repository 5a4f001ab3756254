/** What a webhook can subscribe to. */
export const WEBHOOK_EVENTS = ['published', 'updated', 'featured', 'hidden', 'deleted'] as const
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number]

export const isWebhookEvent = (value: unknown): value is WebhookEvent =>
  typeof value === 'string' && (WEBHOOK_EVENTS as readonly string[]).includes(value)

/** A document as the public saw it on one side of a change. */
export type PublicSide = { public: boolean; state?: string | null }

/**
 * The events one change is, most specific first. A webhook gets the first one it subscribes
 * to, so each change reaches each webhook at most once:
 * - becoming visible: `published` (then `featured` if it went straight to featured);
 * - visible and now featured (it was not): `featured`, then `updated`;
 * - visible before and after: `updated`;
 * - visible before, not after (hidden, back to pending, unlisted): `hidden`;
 * - removed while visible: `deleted`.
 * Changes the public never saw (pending to hidden, edits while pending) are no events.
 */
export function changeEvents(
  before: PublicSide | null,
  after: PublicSide | null,
): readonly WebhookEvent[] {
  const was = before?.public === true
  if (after === null) return was ? ['deleted'] : []
  if (!after.public) return was ? ['hidden'] : []
  const becameFeatured = after.state === 'featured' && before?.state !== 'featured'
  if (!was) return becameFeatured ? ['published', 'featured'] : ['published']
  return becameFeatured ? ['featured', 'updated'] : ['updated']
}

/** The event a webhook subscribed to `wanted` receives for a change, if any. */
export const eventFor = (
  events: readonly WebhookEvent[],
  wanted: readonly string[],
): WebhookEvent | null => events.find((event) => wanted.includes(event)) ?? null
