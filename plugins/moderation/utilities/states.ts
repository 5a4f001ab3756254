/** The Hyperactive moderation states plus our queue. Contract: shared/DESIGN.md. */
export const MODERATION_STATES = ['pending', 'published', 'promoted', 'featured', 'hidden'] as const
export type ModerationState = (typeof MODERATION_STATES)[number]

/** What anonymous and unprivileged readers may see. */
export const VISIBLE_STATES: readonly ModerationState[] = ['published', 'promoted', 'featured']

export const isModerationState = (value: unknown): value is ModerationState =>
  typeof value === 'string' && (MODERATION_STATES as readonly string[]).includes(value)

/**
 * Hyperactive's home-page order as a number to sort on (descending): a pinned featured item
 * first, then featured, promoted, published; everything not visible last.
 */
export function prominence(
  state: ModerationState | null | undefined,
  stickAtTop?: boolean | null,
): number {
  switch (state) {
    case 'featured':
      return stickAtTop ? 4 : 3
    case 'promoted':
      return 2
    case 'published':
      return 1
    default:
      return 0
  }
}
