import type { AdminLabel } from '../shared/index.js'

/** Options of `publishingPlugin`. */
export type PublishingPluginOptions = {
  /**
   * Who manages webhooks and their deliveries, by the names in `user.roles`.
   * @default ['admin']
   */
  adminRoles?: readonly string[]
  /**
   * The admin group of the webhook collections.
   * @default { en: 'Settings', es: 'Configuración' }
   */
  adminGroup?: AdminLabel
  /**
   * What each feed is made from, by feed: a change to any of these collections (a removal
   * included) moves the feed's Last-Modified. Each named collection records its removals.
   * @default events: events, places, organizations, categories, event-groups; posts: posts,
   * people, categories; sessions: sessions, events, places, people
   */
  feedSources?: Record<string, string[]>
  webhooks?: {
    /**
     * Collections whose changes webhooks may subscribe to. Each must have a read access rule
     * that decides what anonymous readers see (the moderation plugin adds one).
     * @default ['posts', 'events', 'sessions', 'organizations']
     */
    collections?: string[]
    /**
     * How long one delivery waits for the receiver's answer before it counts as failed.
     * @default 10000
     */
    timeoutMs?: number
    /**
     * Tries per delivery (the first and the retries). Retries wait `retryDelayMs`, then twice
     * that, four times… (exponential backoff).
     * @default 6
     */
    attempts?: number
    /**
     * The first retry's wait, in milliseconds.
     * @default 30000
     */
    retryDelayMs?: number
  }
}

export type SanitizedWebhookOptions = Required<NonNullable<PublishingPluginOptions['webhooks']>>

/** What the plugin keeps in `config.custom[PUBLISHING_OPTIONS]` for its services and the app. */
export type SanitizedPublishingOptions = {
  feedSources: Record<string, string[]>
  adminRoles: readonly string[]
  adminGroup: AdminLabel
}
