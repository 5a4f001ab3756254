import type { Config, Plugin } from 'payload'

import { hasAnyRole, requireMailTask } from '../shared/index.js'
import { withModerators, withVisibility } from './access/wrapAccess.js'
import { contentFilters } from './collections/ContentFilters.js'
import { moderationLog } from './collections/ModerationLog.js'
import { MODERATION_OPTIONS, sanitizeOptions } from './defaults.js'
import { adminNoteField } from './fields/adminNote.js'
import { moderationFields } from './fields/moderationFields.js'
import { moderationHistoryField } from './fields/moderationHistory.js'
import { applyFilters } from './hooks/applyFilters.js'
import { enforceState, MODERATOR_FIELDS } from './hooks/enforceState.js'
import { lockForModerators } from './fields/lockForModerators.js'
import { logTransition } from './hooks/logTransition.js'
import { notifyModerators } from './hooks/notifyModerators.js'
import type { ModerationPluginOptions } from './types.js'
import { hasField } from './utilities/hasField.js'
import { describeFields } from '../shared/index.js'
import { MODERATION_DESCRIPTIONS } from './descriptions.js'

export {
  CONTENT_FILTERS_SLUG,
  MODERATION_DIGEST,
  MODERATION_IMPORT,
  MODERATION_LOG_SLUG,
  MODERATION_NOTE,
  MODERATION_OPTIONS,
  MODERATION_TRUSTED,
} from './defaults.js'
export { matchContentFilters } from './hooks/applyFilters.js'
export {
  type ModerationDigest,
  type ModerationNotice,
  sendModerationDigest,
} from './hooks/notifyModerators.js'
export type { ModerationPluginOptions, SanitizedModerationOptions } from './types.js'
export { MODERATION_STATES, VISIBLE_STATES, type ModerationState } from './utilities/states.js'

/**
 * The Hyperactive workflow (pending → published → promoted → featured, hidden) on the
 * configured collections: one state field, visibility ANDed into read access, role-checked
 * transitions and a log of every change.
 */
export const moderationPlugin =
  (incoming: ModerationPluginOptions): Plugin =>
  (config: Config): Config => {
    const options = sanitizeOptions(incoming)
    // Notices (the queue, hidings) go out through the app's mail task.
    if (options.enabled) requireMailTask('moderation', config)
    const known = new Set((config.collections ?? []).map((c) => c.slug))
    for (const slug of Object.keys(options.collections)) {
      if (!known.has(slug)) throw new Error(`[moderation] collection "${slug}" does not exist`)
    }
    const isEditor = (user: unknown) => hasAnyRole(user, options.editorRoles)
    const moderatorOnly = (user: unknown) =>
      hasAnyRole(user, options.moderatorRoles) && !isEditor(user)
    const canModerateField = ({ req }: { req: { user?: unknown } }) =>
      hasAnyRole(req.user, options.moderatorRoles)
    return describeFields(MODERATION_DESCRIPTIONS)({
      ...config,
      custom: { ...config.custom, [MODERATION_OPTIONS]: options },
      admin: {
        ...config.admin,
        components: {
          ...config.admin?.components,
          beforeDashboard: [
            ...(config.admin?.components?.beforeDashboard ?? []),
            {
              path: '/plugins/moderation/components/ModerationQueue.js#ModerationQueue',
              serverProps: {
                collections: Object.keys(options.collections),
                moderatorRoles: [...options.moderatorRoles],
              },
            },
          ],
        },
      },
      collections: [
        ...(config.collections ?? []).map((collection) => {
          const opts = options.collections[collection.slug as keyof typeof options.collections]
          if (!opts) return collection
          const staffDefault = opts.staffDefault ?? 'pending'
          return {
            ...collection,
            fields: [
              // What a moderator may not change is read-only on their screen.
              ...(options.enabled
                ? lockForModerators(collection.fields, MODERATOR_FIELDS, moderatorOnly)
                : collection.fields),
              ...moderationFields(staffDefault, canModerateField),
              moderationHistoryField(options.moderatorRoles),
              ...(hasField(collection.fields, 'adminNote')
                ? []
                : [adminNoteField(canModerateField)]),
            ],
            admin: {
              ...collection.admin,
              // The list shows each row's state, so a moderator sees what a bulk action changes.
              ...(collection.admin?.defaultColumns
                ? {
                    defaultColumns: [
                      ...collection.admin.defaultColumns.filter((c) => c !== 'moderationStatus'),
                      'moderationStatus',
                    ],
                  }
                : {}),
              components: {
                ...collection.admin?.components,
                beforeListTable: [
                  ...(collection.admin?.components?.beforeListTable ?? []),
                  {
                    path: '/plugins/moderation/components/BulkModeration.js#BulkModeration',
                    clientProps: {
                      collectionSlug: collection.slug,
                      moderatorRoles: [...options.moderatorRoles],
                      states: ['published', 'hidden'],
                    },
                  },
                ],
              },
            },
            access: {
              ...collection.access,
              ...(options.enabled
                ? {
                    read: withVisibility(
                      collection.access?.read,
                      options.visibleStates,
                      options.moderatorRoles,
                    ),
                    update: withModerators(collection.access?.update, options.moderatorRoles),
                  }
                : {}),
            },
            hooks: {
              ...collection.hooks,
              beforeChange: [
                ...(collection.hooks?.beforeChange ?? []),
                enforceState(options, staffDefault, isEditor),
                applyFilters(options),
              ],
              afterChange: [
                ...(collection.hooks?.afterChange ?? []),
                logTransition(collection.slug),
                ...(options.enabled
                  ? [notifyModerators(collection.slug, options.notifyRecipients)]
                  : []),
              ],
            },
          }
        }),
        moderationLog(options),
        contentFilters(options),
      ],
    })
  }
