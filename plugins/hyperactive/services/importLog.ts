import { createHash } from 'node:crypto'

import type { Payload, PayloadRequest } from 'payload'

import { IMPORTS_SLUG } from '../collections/Imports.js'
import type { ImportSummary } from './importEvents.js'

/** The import's row in the log, written in its transaction: the file and what it changed. */
export async function recordImport(
  payload: Payload,
  req: PayloadRequest,
  summary: ImportSummary,
  file: { input: string | Buffer; single: boolean; feedIds: number[] },
) {
  const row = await payload.create({
    collection: IMPORTS_SLUG as never,
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
    } as never,
    depth: 0,
    req,
  })
  return String((row as { id: string }).id)
}
