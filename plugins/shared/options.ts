import type { Config } from 'payload'

/** A label the admin shows: one string, or one per admin language (`{ en, es }`). */
export type AdminLabel = string | Record<string, string>

/** Where a plugin's own collections sit in the admin's navigation unless the app says. */
export const DEFAULT_ADMIN_GROUP: AdminLabel = { en: 'Settings', es: 'Configuración' }

/**
 * Startup check that the host provides the `sendEmail` task (input `to`, `subject`, `text`) a
 * plugin queues its messages on: without it they would fail one by one, long after startup.
 */
export function requireMailTask(plugin: string, config: Config): void {
  if (!config.jobs?.tasks?.some((task) => task.slug === 'sendEmail')) {
    throw new Error(
      `[${plugin}] a "sendEmail" task (input: to, subject, text) must be in jobs.tasks`,
    )
  }
}

/**
 * A list of role names given as an option, or its default; an empty or non-string list is a
 * startup error naming the plugin and option (an empty list would lock everyone out silently).
 */
export function roleOption(
  plugin: string,
  name: string,
  value: readonly string[] | undefined,
  fallback: readonly string[],
): readonly string[] {
  const roles = value ?? fallback
  if (!Array.isArray(roles) || roles.length === 0 || roles.some((r) => typeof r !== 'string')) {
    throw new Error(`[${plugin}] ${name} must name at least one role`)
  }
  return roles
}
