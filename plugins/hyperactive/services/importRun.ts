import type { Payload, PayloadRequest, Where } from 'payload'

import {
  ACTIVE_STATUSES,
  RUNS_SLUG,
  type RunStatus,
  STALE_AFTER_MS,
} from '../utilities/runStates.js'
import { HYPERACTIVE_OPTIONS, type SanitizedHyperactiveOptions } from '../defaults.js'
import {
  emptySummary,
  importEvents,
  type ImportOptions,
  type ImportProgress,
  type ImportSummary,
} from './importEvents.js'

/** A run as the admin and the API see it (the file itself is never read back). */
export type ImportRun = {
  id: string
  file?: string | null
  dryRun?: boolean | null
  status: RunStatus
  total: number
  done: number
  written: number
  failed: number
  startedAt?: string | null
  finishedAt?: string | null
  cancelRequested?: boolean | null
  summary?: ImportSummary | null
  createdAt: string
  updatedAt: string
}

/** Another import is active: imports run one at a time (SQLite has one writer). */
export class ImportBusyError extends Error {
  constructor(readonly run: ImportRun) {
    super(
      `Another import is running (${run.file ?? 'a file'}: ${run.done} of ${run.total} events ${run.status === 'writing' ? 'written' : 'checked'}). Try again when it has finished.`,
    )
  }
}

// The file is read back by the worker only.
const local = {
  collection: RUNS_SLUG,
  depth: 0,
  overrideAccess: true,
  select: { xml: false },
} as const
const isActive = (status: RunStatus) => ACTIVE_STATUSES.includes(status)
const optionsOf = (payload: Payload) =>
  payload.config.custom?.[HYPERACTIVE_OPTIONS] as SanitizedHyperactiveOptions

/**
 * Writes only the columns given (and the heartbeat), returning the row as it is now. Payload's
 * update writes back the whole document it read first, which would undo a cancel asked for by
 * another process between its read and its write.
 */
async function patchRun(payload: Payload, id: string, data: Record<string, unknown>) {
  const row = await payload.db.updateOne({
    collection: RUNS_SLUG,
    id,
    data: { ...data, updatedAt: new Date().toISOString() },
  })
  const { xml: _file, ...run } = row as unknown as ImportRun & { xml?: string }
  return run as ImportRun
}

/** The runs still active and heard from lately, oldest first. */
async function activeRuns(payload: Payload): Promise<ImportRun[]> {
  const where: Where = {
    and: [
      { status: { in: ACTIVE_STATUSES } },
      { updatedAt: { greater_than: new Date(Date.now() - STALE_AFTER_MS).toISOString() } },
    ],
  }
  const { docs } = await payload.find({ ...local, where, sort: 'createdAt', pagination: false })
  return docs as unknown as ImportRun[]
}

/**
 * Ends the runs left active by a process that stopped without a word (a server, and its worker
 * with it, gone at once): failed, saying so, and asked to stop should their worker still live.
 */
async function endSilentRuns(payload: Payload) {
  const where: Where = {
    and: [
      { status: { in: ACTIVE_STATUSES } },
      { updatedAt: { less_than_equal: new Date(Date.now() - STALE_AFTER_MS).toISOString() } },
    ],
  }
  const { docs } = await payload.find({ ...local, where, pagination: false })
  for (const run of docs as unknown as ImportRun[]) {
    await patchRun(payload, run.id, { cancelRequested: true })
    await abandonRun(
      payload,
      run.id,
      `no word from the process running it for over ${STALE_AFTER_MS / 1000} s: its server or worker stopped before the import finished`,
    )
  }
}

/** The import running now, if any (one runs at a time). */
export async function runningImport(payload: Payload): Promise<ImportRun | null> {
  return (await activeRuns(payload))[0] ?? null
}

export async function readRun(payload: Payload, id: string): Promise<ImportRun | null> {
  try {
    return (await payload.findByID({ ...local, id })) as unknown as ImportRun
  } catch {
    return null
  }
}

/**
 * A new run for `file`, queued, or ImportBusyError when another is active. Two asked for at
 * once both write their row; the older one goes ahead and the other is ended.
 */
export async function createRun(
  payload: Payload,
  run: { file: string; dryRun: boolean; user?: PayloadRequest['user']; input?: Buffer },
): Promise<ImportRun> {
  await endSilentRuns(payload)
  const [busy] = await activeRuns(payload)
  if (busy) throw new ImportBusyError(busy)
  const created = (await payload.create({
    ...local,
    data: {
      file: run.file,
      dryRun: run.dryRun,
      status: 'queued',
      requestedBy: (run.user as { id?: string } | null | undefined)?.id ?? null,
      xml: run.input ? run.input.toString('base64') : null,
    },
  })) as unknown as ImportRun
  const [first] = await activeRuns(payload)
  if (first && first.id !== created.id) {
    await finishRun(
      payload,
      created.id,
      'failed',
      failedSummary(run, 'another import started first'),
    )
    throw new ImportBusyError(first)
  }
  return created
}

const failedSummary = (run: { file?: string | null; dryRun?: boolean | null }, message: string) => {
  const summary = emptySummary(run.file ?? undefined, Boolean(run.dryRun))
  summary.failed.push({ message })
  return summary
}

async function finishRun(payload: Payload, id: string, status: RunStatus, summary: ImportSummary) {
  return patchRun(payload, id, {
    status,
    summary,
    finishedAt: new Date().toISOString(),
    xml: null,
    ...(summary.events ? { total: summary.events } : {}),
  })
}

/** Cancels a run: one still queued ends now, a running one stops before its next batch. */
export async function cancelRun(payload: Payload, id: string): Promise<ImportRun | null> {
  const run = await readRun(payload, id)
  if (!run || !isActive(run.status)) return run
  if (run.status === 'queued') {
    const summary = emptySummary(run.file ?? undefined, Boolean(run.dryRun))
    summary.cancelled = true
    await patchRun(payload, id, { cancelRequested: true })
    return finishRun(payload, id, 'cancelled', summary)
  }
  return patchRun(payload, id, { cancelRequested: true })
}

/** Ends a run whose process stopped before it finished (the worker's exit says why). */
export async function abandonRun(payload: Payload, id: string, why: string) {
  const run = await readRun(payload, id)
  if (!run || !isActive(run.status)) return
  const summary = failedSummary(run, why)
  summary.written = run.written
  await finishRun(payload, id, 'failed', summary)
}

/**
 * Runs a queued import: the file from its row (or `input`, when the caller holds it), its
 * progress written to the row about once a second, a cancel asked for there honoured between
 * batches. Returns the summary, also kept in the row.
 */
export async function runImport(
  payload: Payload,
  id: string,
  extra: Pick<ImportOptions, 'onProgress' | 'shouldStop'> & { input?: Buffer } = {},
): Promise<ImportSummary> {
  const run = (await payload.findByID({
    collection: RUNS_SLUG,
    id,
    depth: 0,
    overrideAccess: true,
  })) as unknown as ImportRun & { xml?: string | null; requestedBy?: string | null }
  if (!isActive(run.status)) return run.summary ?? failedSummary(run, `run ${id} already ended`)
  const input = extra.input ?? Buffer.from(run.xml ?? '', 'base64')
  const user = run.requestedBy
    ? {
        ...(await payload.findByID({ collection: 'users', id: run.requestedBy, depth: 0 })),
        collection: 'users',
      }
    : undefined
  let progress: ImportProgress = { phase: 'checking', done: 0, total: 0, written: 0, failed: 0 }
  let heard = 0
  let cancel = false
  const report = async () => {
    if (Date.now() - heard < 1000) return cancel
    heard = Date.now()
    const doc = await patchRun(payload, id, {
      status: progress.phase,
      done: progress.done,
      total: progress.total,
      written: progress.written,
      failed: progress.failed,
      ...(run.startedAt ? {} : { startedAt: (run.startedAt = new Date().toISOString()) }),
    })
    cancel = Boolean(doc.cancelRequested)
    return cancel
  }
  await report()
  const options = optionsOf(payload)
  let summary: ImportSummary
  try {
    summary = await importEvents(payload, input, {
      file: run.file ?? undefined,
      dryRun: Boolean(run.dryRun),
      timeZone: options.importTimeZone,
      maxBytes: options.maxBytes,
      user: user as PayloadRequest['user'],
      onProgress: (p) => {
        progress = p
        extra.onProgress?.(p)
      },
      shouldStop: async () => (await report()) || Boolean(await extra.shouldStop?.()),
    })
  } catch (error) {
    summary = failedSummary(run, (error as Error).message)
  }
  await patchRun(payload, id, {
    done: progress.done,
    written: summary.dryRun ? progress.written : summary.written,
    failed: summary.failed.length > 0 ? Math.max(progress.failed, 1) : 0,
  })
  const status = summary.cancelled ? 'cancelled' : summary.failed.length > 0 ? 'failed' : 'done'
  await finishRun(payload, id, status, summary)
  return summary
}

/** Runs are over when their status is one of the final ones. */
export const runIsOver = (run: Pick<ImportRun, 'status'>) => !isActive(run.status)
