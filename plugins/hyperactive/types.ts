import type { Payload, PayloadRequest } from 'payload'

import type { AdminLabel } from '../shared/index.js'

export type { AdminLabel }

export type HyperactivePluginOptions = {
  /**
   * Time zone given to imported events in the admin (each datetime's own offset is kept for
   * export either way).
   * @default the config's `admin.timezones.defaultTimezone`, else UTC
   */
  importTimeZone?: string
  /**
   * Largest file the importer reads, in bytes.
   * @default 64 MiB
   */
  maxBytes?: number
  /**
   * Who is who, by the names in `user.roles`: `staff` read every state, admin notes, the
   * imported originals and the import log; `import` may import files in the admin.
   * @default { staff: ['admin', 'organizer', 'moderator'], import: ['admin', 'organizer'] }
   */
  roles?: { staff?: readonly string[]; import?: readonly string[] }
  /**
   * The admin group of the import log.
   * @default { en: 'Settings', es: 'Configuración' }
   */
  adminGroup?: AdminLabel
  /**
   * Starts the import run `runId` (a `hyperactive-import-runs` document holding the file) away
   * from the request that asked for it: the app runs it in a worker process, so an import never
   * holds the server. Whatever starts it calls `runImport(payload, runId)`.
   * @default run it in this process, after the request has been answered
   */
  startImport?: (payload: Payload, runId: string) => void
  /**
   * Called as an import writes many rows (after the batch that reaches 100 events, each time
   * that doubles, and at the end), so the database's planner statistics follow
   * the tables. Returns how long it took in ms, or null when it did nothing.
   * @default none
   */
  refreshStatistics?: (
    payload: Payload,
    reason: string,
    req?: PayloadRequest,
  ) => Promise<number | null>
}
