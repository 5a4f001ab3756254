import type { Access, AccessArgs, Where } from 'payload'

import { hasAnyRole } from '../../shared/index.js'

/**
 * Read access: the collection's own rule AND, for anyone who cannot moderate, "state is
 * visible". The existing rule is kept, never replaced.
 */
export const withVisibility =
  (
    existing: Access | undefined,
    visibleStates: readonly string[],
    moderatorRoles: readonly string[],
  ): Access =>
  async (args: AccessArgs) => {
    const base = existing ? await existing(args) : Boolean(args.req.user)
    if (!base) return false
    if (hasAnyRole(args.req.user, moderatorRoles)) return base
    const visible: Where = { moderationStatus: { in: [...visibleStates] } }
    return base === true ? visible : { and: [base as Where, visible] }
  }

/** Update access: the collection's own rule OR "may moderate" (what they may change is checked in a hook). */
export const withModerators =
  (existing: Access | undefined, moderatorRoles: readonly string[]): Access =>
  async (args: AccessArgs) => {
    if (hasAnyRole(args.req.user, moderatorRoles)) return true
    return existing ? existing(args) : Boolean(args.req.user)
  }
