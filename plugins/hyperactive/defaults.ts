import { DEFAULT_MAX_BYTES } from './utilities/parse.js'
import { type AdminLabel, DEFAULT_ADMIN_GROUP, roleOption } from '../shared/index.js'
import type { HyperactivePluginOptions } from './types.js'

/** Where the plugin's settings live in `config.custom`, for the CLI, the routes and services. */
export const HYPERACTIVE_OPTIONS = 'hyperactive'

export type SanitizedHyperactiveOptions = {
  importTimeZone: string
  maxBytes: number
  roles: { staff: readonly string[]; import: readonly string[] }
  adminGroup: AdminLabel
  refreshStatistics: NonNullable<HyperactivePluginOptions['refreshStatistics']>
  startImport?: HyperactivePluginOptions['startImport']
}

export const DEFAULT_STAFF_ROLES = ['admin', 'organizer', 'moderator'] as const
export const DEFAULT_IMPORT_ROLES = ['admin', 'organizer'] as const

export function sanitizeOptions(
  options: HyperactivePluginOptions = {},
  siteZone = 'UTC',
): SanitizedHyperactiveOptions {
  const importTimeZone = options.importTimeZone ?? siteZone
  try {
    new Intl.DateTimeFormat('en', { timeZone: importTimeZone })
  } catch {
    throw new Error(`[hyperactive] importTimeZone "${importTimeZone}" is not a time zone`)
  }
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES
  if (!Number.isSafeInteger(maxBytes) || maxBytes <= 0) {
    throw new Error(`[hyperactive] maxBytes must be a positive number of bytes, not ${maxBytes}`)
  }
  return {
    importTimeZone,
    maxBytes,
    roles: {
      staff: roleOption('hyperactive', 'roles.staff', options.roles?.staff, DEFAULT_STAFF_ROLES),
      import: roleOption(
        'hyperactive',
        'roles.import',
        options.roles?.import,
        DEFAULT_IMPORT_ROLES,
      ),
    },
    adminGroup: options.adminGroup ?? DEFAULT_ADMIN_GROUP,
    refreshStatistics: options.refreshStatistics ?? (async () => null),
    startImport: options.startImport,
  }
}
