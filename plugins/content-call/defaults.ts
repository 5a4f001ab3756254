import { roleOption } from '../shared/index.js'
import type { ContentCallPluginOptions, SanitizedContentCallOptions } from './types.js'

/** `config.custom` key where the sanitized options live, for access rules, hooks and services. */
export const CONTENT_CALL_OPTIONS = 'contentCall'

export const DEFAULT_CONTENT_CALL_GROUP = { en: 'Content call', es: 'Convocatoria' }

export function sanitizeOptions(
  options: ContentCallPluginOptions = {},
): Omit<SanitizedContentCallOptions, 'vocabulary'> {
  const role = (name: keyof SanitizedContentCallOptions['roles'], fallback: readonly string[]) =>
    roleOption('content-call', `roles.${name}`, options.roles?.[name], fallback)
  return {
    roles: {
      admins: role('admins', ['admin']),
      organizers: role('organizers', ['admin', 'organizer']),
      reviewers: role('reviewers', ['reviewer']),
      moderators: role('moderators', ['moderator']),
    },
    adminGroup: options.adminGroup ?? DEFAULT_CONTENT_CALL_GROUP,
  }
}
