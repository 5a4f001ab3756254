import type { ModerationPluginOptions, SanitizedModerationOptions } from './types.js'

import { DEFAULT_ADMIN_GROUP, roleOption } from '../shared/index.js'
import { isModerationState, VISIBLE_STATES } from './utilities/states.js'
import { defaultTransitions } from './utilities/transitions.js'

export const DEFAULT_EDITOR_ROLES = ['admin', 'organizer'] as const
export const DEFAULT_MODERATOR_ROLES = ['admin', 'organizer', 'moderator'] as const

/** `req.context` key: set to true by trusted server code (seed, imports) to keep the given state. */
export const MODERATION_TRUSTED = 'moderation:trusted'
/** `req.context` key: an optional note stored with the log entry of this change. */
export const MODERATION_NOTE = 'moderation:note'

/** `req.context` key: set to true by importers; their content goes through the content filters. */
export const MODERATION_IMPORT = 'moderation:import'

/**
 * `req.context` key: an array here collects the notices of a batch (an import) instead of
 * emailing each change; send them as one digest with `sendModerationDigest` afterwards.
 */
export const MODERATION_DIGEST = 'moderation:digest'

/** `config.custom` key where the sanitized options live for server code outside the hooks. */
export const MODERATION_OPTIONS = 'moderation'

export const MODERATION_LOG_SLUG = 'moderation-log'
export const CONTENT_FILTERS_SLUG = 'content-filters'
/** The request memo of enabled content filters (plugins/shared/requestMemo.ts). */
export const CONTENT_FILTERS_MEMO = 'moderation:contentFilters'

export function sanitizeOptions(options: ModerationPluginOptions): SanitizedModerationOptions {
  if (
    !options ||
    typeof options.collections !== 'object' ||
    Object.keys(options.collections).length === 0
  ) {
    throw new Error('[moderation] options.collections must name at least one collection')
  }
  for (const [slug, opts] of Object.entries(options.collections)) {
    if (opts?.staffDefault !== undefined && !isModerationState(opts.staffDefault)) {
      throw new Error(
        `[moderation] collections.${slug}.staffDefault "${opts.staffDefault}" is not a moderation state`,
      )
    }
  }
  const visibleStates = options.visibleStates ?? VISIBLE_STATES
  for (const state of visibleStates) {
    if (!isModerationState(state))
      throw new Error(`[moderation] visibleStates: "${state}" is not a moderation state`)
  }
  const editorRoles = roleOption(
    'moderation',
    'editorRoles',
    options.editorRoles,
    DEFAULT_EDITOR_ROLES,
  )
  const moderatorRoles = roleOption(
    'moderation',
    'moderatorRoles',
    options.moderatorRoles,
    DEFAULT_MODERATOR_ROLES,
  )
  return {
    collections: options.collections,
    visibleStates,
    transitions: options.transitions ?? defaultTransitions(editorRoles, moderatorRoles),
    editorRoles,
    moderatorRoles,
    adminGroup: options.adminGroup ?? DEFAULT_ADMIN_GROUP,
    notifyRoles: roleOption('moderation', 'notifyRoles', options.notifyRoles, ['moderator']),
    enabled: options.enabled ?? true,
    notifyRecipients: options.notifyRecipients,
  }
}
