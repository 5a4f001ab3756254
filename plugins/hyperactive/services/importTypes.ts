import type { PayloadRequest } from 'payload'

import type { ImportConflict } from './importLog.js'

export type { ImportConflict } from './importLog.js'

/** One refused record, or why the file was: its id and line where known. */
export type ImportFailure = { id?: number; line?: number; message: string }

export type ImportSummary = {
  file?: string
  dryRun: boolean
  events: number
  created: number
  updated: number
  unchanged: number
  /** Events edited here that differ from the file: the edits are kept, the elements named. */
  conflicts: ImportConflict[]
  organizationsCreated: number
  placesCreated: number
  seriesCreated: number
  /** Items the import left pending or hidden: moderators get one email listing them. */
  forModeration: number
  /**
   * Why the import stopped. With `written` 0 nothing was written: a file with any bad record
   * is refused whole, every bad record listed.
   */
  failed: ImportFailure[]
  /**
   * Events written before a stop (an error while writing, or a cancel): they stay, and the
   * same file imported again finds them unchanged and writes the rest.
   */
  written: number
  /** Stopped by a cancel: what was written before it stays. */
  cancelled: boolean
  /** The import's record (`/events.xml?import=ID` gives the file back); none for a dry run. */
  importId?: string
}

/** Where an import is: checking every record first, then writing them in batches. */
export type ImportProgress = {
  phase: 'checking' | 'writing'
  /** Records of the file done in this phase. */
  done: number
  total: number
  /** Events created or updated so far (committed, or rolled back batch by batch in a dry run). */
  written: number
  /** Records refused so far. */
  failed: number
}

export type ImportOptions = {
  file?: string
  dryRun?: boolean
  /** Zone given to imported events (the offset of each datetime is kept for export). */
  timeZone: string
  maxBytes?: number
  /** Called as the import goes (after each batch while writing) and at the end of each phase. */
  onProgress?: (progress: ImportProgress) => void
  /** Asked between batches; true stops the import there (a cancel). */
  shouldStop?: () => boolean | Promise<boolean>
  /** Who imports (the admin action): recorded as creator and in the moderation log. */
  user?: PayloadRequest['user']
  /**
   * A batch is committed once it has run this long, so another writer (on SQLite the database
   * has one) waits at most about this long for its turn. Default 400 ms.
   */
  batchMs?: number
  /**
   * Rest between batches. SQLite gives its lock to no one in particular: a writer waiting for
   * it sleeps up to 100 ms between tries, and would miss an import that takes the lock again at
   * once. Default 100 ms on SQLite, none elsewhere (rows are locked there, not the database).
   */
  pauseMs?: number
  /** And at the latest after this many events. Default 200. */
  batchMax?: number
}

/** A summary with nothing counted yet. */
export const emptySummary = (file: string | undefined, dryRun: boolean): ImportSummary => ({
  file,
  dryRun,
  events: 0,
  created: 0,
  updated: 0,
  unchanged: 0,
  conflicts: [],
  organizationsCreated: 0,
  placesCreated: 0,
  seriesCreated: 0,
  forModeration: 0,
  failed: [],
  written: 0,
  cancelled: false,
})
