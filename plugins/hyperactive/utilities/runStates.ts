export const RUNS_SLUG = 'hyperactive-import-runs'

/** Where a run is. `queued`, `checking` and `writing` are active; the rest are final. */
export const RUN_STATUSES = [
  'queued',
  'checking',
  'writing',
  'done',
  'failed',
  'cancelled',
] as const
export type RunStatus = (typeof RUN_STATUSES)[number]
export const ACTIVE_STATUSES: RunStatus[] = ['queued', 'checking', 'writing']

/** An active run not heard from for this long has lost its process (it writes every second). */
export const STALE_AFTER_MS = 60_000
