/** Options of `publishingPlugin`. */
export type PublishingPluginOptions = {
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
