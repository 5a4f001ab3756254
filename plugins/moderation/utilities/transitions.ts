import type { ModerationState } from './states.js'

export type TransitionTable = Record<ModerationState, readonly string[]>

/** The default table: editors may make any transition; moderators any but back to pending. */
export const defaultTransitions = (
  editorRoles: readonly string[],
  moderatorRoles: readonly string[],
): TransitionTable => ({
  pending: editorRoles,
  published: moderatorRoles,
  promoted: moderatorRoles,
  featured: moderatorRoles,
  hidden: moderatorRoles,
})

export type TransitionDecision = { allowed: true } | { allowed: false; reason: string }

/**
 * Whether someone holding `roles` may move a document from `from` to `to`. Staying in the
 * same state is not a transition. The reason names the state and the roles, for a 403.
 */
export function checkTransition(
  from: ModerationState | null | undefined,
  to: ModerationState,
  roles: readonly string[] | null | undefined,
  table: TransitionTable,
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
