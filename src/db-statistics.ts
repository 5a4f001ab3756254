import type { Payload } from 'payload'

type SqlAdapter = {
  name?: string
  drizzle?: unknown
  execute?: (args: { drizzle: unknown; raw: string }) => Promise<unknown>
}

/**
 * Gives the query planner statistics about the data (ANALYZE).
 *
 * SQLite keeps none until ANALYZE runs, and without them it guesses: for the public event list
 * (visible states, sorted by start, 20 per page) it picked the moderation-state index, built
 * every visible event's document (all of them, 7,000 of 10,000) and sorted afterwards: 60 ms
 * per page instead of 2. With statistics it walks the start-time index and stops at 20. Runs at
 * start (about 15 ms on 10,000 events, sampling at most 1,000 rows per index) and after an
 * import; PostgreSQL's autovacuum keeps its own statistics, so there it runs after imports only.
 * Returns the milliseconds it took, or null where there is nothing to do (MongoDB).
 */
export async function refreshPlannerStatistics(
  payload: Payload,
  reason: 'start' | 'import' = 'start',
): Promise<number | null> {
  const db = payload.db as unknown as SqlAdapter
  if (!db.execute || (db.name !== 'sqlite' && db.name !== 'postgres')) return null
  if (db.name === 'postgres' && reason === 'start') return null
  const started = performance.now()
  try {
    if (db.name === 'sqlite') {
      await db.execute({ drizzle: db.drizzle, raw: 'PRAGMA analysis_limit=1000' })
    }
    await db.execute({ drizzle: db.drizzle, raw: 'ANALYZE' })
  } catch (error) {
    // Statistics only make queries faster: a failure must not stop a start or fail an import.
    payload.logger.warn(
      `could not refresh the query planner's statistics: ${(error as Error).message}`,
    )
    return null
  }
  return performance.now() - started
}
