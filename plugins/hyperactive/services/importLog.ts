import { createHash } from 'node:crypto'

import type { Payload, PayloadRequest } from 'payload'

import { IMPORTS_SLUG } from '../collections/Imports.js'
export type ImportConflict = { id: number; fields: string[] }

/** What the log keeps of an import's summary. */
export type ImportCounts = {
  file?: string
  events: number
  created: number
  updated: number
  unchanged: number
  conflicts: ImportConflict[]
}

/** The import's row in the log, written in its transaction: the file and what it changed. */
export async function recordImport(
  payload: Payload,
  req: PayloadRequest,
  summary: ImportCounts,
  file: { input: string | Buffer; single: boolean; feedIds: number[] },
) {
  const row = await payload.create({
    collection: IMPORTS_SLUG,
    data: {
      file: summary.file ?? null,
      sha256: createHash('sha256').update(file.input).digest('hex'),
      importedBy: (req.user as { id?: string } | null)?.id ?? null,
      events: summary.events,
      created: summary.created,
      updated: summary.updated,
      unchanged: summary.unchanged,
      conflicts: summary.conflicts,
      single: file.single,
      feedIds: file.feedIds,
    },
    depth: 0,
    req,
  })
  return String((row as { id: string }).id)
}
