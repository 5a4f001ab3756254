import type { Payload, PayloadRequest } from 'payload'

type SqlAdapter = {
  name?: string
  drizzle?: unknown
  sessions?: Record<string, { db?: unknown } | undefined>
  execute?: (args: { drizzle: unknown; raw: string }) => Promise<unknown>
}

/**
 * Gives the query planner statistics about the data (ANALYZE).
 *
 * SQLite keeps none until ANALYZE runs, and without them it guesses: for the public event list
 * it sorted every visible event instead of walking the start-time index to the first 20. Runs
 * at start (sampling at most 1,000 rows per index) and after an import; PostgreSQL's autovacuum
 * keeps its own statistics, so there it runs after imports only.
 *
 * Statistics taken of small tables mislead the planner once the tables grow (an import got
 * slower with every event), so an import refreshes them as it goes, inside its transaction (`req`): the
 * statistics see its uncommitted rows, and a refresh outside it would wait on its lock.
 * Returns the milliseconds it took, or null where there is nothing to do (MongoDB).
 */
export async function refreshPlannerStatistics(
  payload: Payload,
  reason: 'start' | 'import' = 'start',
  req?: PayloadRequest,
): Promise<number | null> {
  const db = payload.db as unknown as SqlAdapter
  if (!db.execute || (db.name !== 'sqlite' && db.name !== 'postgres')) return null
  if (db.name === 'postgres' && reason === 'start') return null
  const transaction = req?.transactionID ? await req.transactionID : undefined
  const drizzle = (transaction && db.sessions?.[String(transaction)]?.db) || db.drizzle
  const started = performance.now()
  try {
    if (db.name === 'sqlite') {
      await db.execute({ drizzle, raw: 'PRAGMA analysis_limit=1000' })
    }
    await db.execute({ drizzle, raw: 'ANALYZE' })
  } catch (error) {
    // Statistics only make queries faster: a failure must not stop a start or fail an import.
    payload.logger.warn(
      `could not refresh the query planner's statistics: ${(error as Error).message}`,
    )
    return null
  }
  return performance.now() - started
}
