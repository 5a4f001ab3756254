import type { CollectionBeforeChangeHook } from 'payload'

import { APIError } from 'payload'

import { hasAnyRole } from '../../shared/index.js'
import { MODERATION_TRUSTED } from '../defaults.js'
import { moderatorAttempts } from '../fields/lockForModerators.js'
import type { SanitizedModerationOptions } from '../types.js'
import { isModerationState, type ModerationState, prominence } from '../utilities/states.js'
import { sameContent } from '../utilities/sameContent.js'
import { checkTransition } from '../utilities/transitions.js'

/** Fields a moderator (who is not also an editor) may change; the rest are read-only for them. */
export const MODERATOR_FIELDS: ReadonlySet<string> = new Set([
  'moderationStatus',
  'adminNote',
  'prominence',
  'updatedAt',
  'autoModerationChecked',
  'createdBy',
])

/**
 * One place for the workflow rules on every way in (admin, REST, GraphQL, Local API):
 * public content starts pending, transitions follow the role table (403 naming state and
 * role), moderators change only the state and the staff note, prominence follows the state.
 */
export const enforceState =
  (
    options: SanitizedModerationOptions,
    staffDefault: ModerationState,
    editorCheck: (user: unknown) => boolean,
  ): CollectionBeforeChangeHook =>
  ({ data, operation, originalDoc, req }) => {
    if (!options.enabled) return data
    const trusted = req.context?.[MODERATION_TRUSTED] === true
    const canModerate = hasAnyRole(req.user, options.moderatorRoles)
    const requested = data.moderationStatus
    if (requested !== undefined && !isModerationState(requested)) {
      throw new APIError(
        `moderationStatus "${String(requested)}" is not one of pending, published, promoted, featured, hidden`,
        400,
      )
    }

    if (operation === 'create') {
      // Hyperactive recorded who created each item; so do we (staff-only field).
      if (req.user?.collection === 'users') data.createdBy = req.user.id
      if (trusted) data.moderationStatus = requested ?? staffDefault
      else if (!canModerate) data.moderationStatus = 'pending'
      else {
        const to: ModerationState = requested ?? staffDefault
        const decision = checkTransition(null, to, req.user?.roles as string[], options.transitions)
        if (!decision.allowed) throw new APIError(decision.reason, 403)
        data.moderationStatus = to
      }
    } else if (!trusted) {
      const from = originalDoc?.moderationStatus as ModerationState | undefined
      const to = (requested ?? from) as ModerationState
      if (to !== from) {
        const decision = checkTransition(
          from,
          to,
          (req.user?.roles as string[]) ?? [],
          options.transitions,
        )
        if (!decision.allowed) throw new APIError(decision.reason, 403)
      }
      if (req.user && !editorCheck(req.user) && canModerate) {
        // Locked fields' values were dropped before this hook (noted by their access); any
        // other field a plugin added later is compared here.
        const changed = [
          ...moderatorAttempts(req),
          ...Object.keys(data).filter(
            (k) => !MODERATOR_FIELDS.has(k) && !sameContent(data[k], originalDoc?.[k]),
          ),
        ].filter((k, i, all) => all.indexOf(k) === i)
        if (changed.length > 0) {
          throw new APIError(
            `A moderator may change the state and the staff note only, not: ${changed.join(', ')}`,
            403,
          )
        }
      }
    }
    data.prominence = prominence(
      (data.moderationStatus ?? originalDoc?.moderationStatus) as ModerationState,
      (data.stickAtTop ?? originalDoc?.stickAtTop) as boolean | undefined,
    )
    return data
  }
