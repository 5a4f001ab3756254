import type { Role } from '../../../src/access/roles.js'
import type { ModerationState } from './states.js'

/** Who may move a document into each state. Organizers and admins may make any transition. */
export const DEFAULT_TRANSITION_ROLES: Record<ModerationState, readonly Role[]> = {
  pending: ['admin', 'organizer'],
  published: ['admin', 'organizer', 'moderator'],
  promoted: ['admin', 'organizer', 'moderator'],
  featured: ['admin', 'organizer', 'moderator'],
  hidden: ['admin', 'organizer', 'moderator'],
}

export type TransitionDecision = { allowed: true } | { allowed: false; reason: string }

/**
 * Whether someone holding `roles` may move a document from `from` to `to`. Staying in the
 * same state is not a transition. The reason names the state and the roles, for a 403.
 */
export function checkTransition(
  from: ModerationState | null | undefined,
  to: ModerationState,
  roles: readonly string[] | null | undefined,
  table: Record<ModerationState, readonly Role[]> = DEFAULT_TRANSITION_ROLES,
): TransitionDecision {
  if (from === to) return { allowed: true }
  const held = roles ?? []
  if (table[to].some((role) => held.includes(role))) return { allowed: true }
  const who = held.length > 0 ? `role ${held.join(', ')}` : 'anonymous users'
  return {
    allowed: false,
    reason: `${who} may not move this from "${from ?? 'new'}" to "${to}" (allowed: ${table[to].join(', ')})`,
  }
}
