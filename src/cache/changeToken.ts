import type { Payload } from 'payload'

import type { DatabaseTarget } from '../database-url.js'

/**
 * A value that changes whenever anything is committed to the database, by this process or any
 * other (a second app instance, `npm run import:hyperactive`, the jobs worker, plain SQL).
 * Cache keys include it, so no answer read before a change is served after it.
 *
 * Read it *before* reading the data an answer is built from: data read afterwards is at least
 * as new as the token, so an entry is never older than its key says.
 */
export interface ChangeToken {
  current(): Promise<string>
  close(): Promise<void>
}

/**
 * SQLite: `PRAGMA data_version` on a connection of its own, which changes whenever another
 * connection (in this process or another) commits to the file. That connection never writes and
 * never opens a transaction, so its own changes cannot hide anyone else's.
 */
async function sqliteToken(url: string): Promise<ChangeToken> {
  const { createClient } = await import('@libsql/client')
  const client = createClient({ url })
  // The counter of one connection: tokens from an earlier connection are never compared.
  const connection = `${process.pid}.${Date.now()}`
  return {
    async current() {
      const result = await client.execute('PRAGMA data_version')
      return `s${connection}.${String(result.rows[0]?.[0])}`
    },
    async close() {
      client.close()
    },
  }
}

type Pool = { query: (sql: string) => Promise<{ rows: { snapshot: string }[] }> }

/**
 * PostgreSQL: the current transaction snapshot (`xmin:xmax:in-progress ids`). Every transaction
 * that writes takes an id and moves `xmax`; when it commits its id leaves the in-progress list:
 * either way the text changes. Writes to other databases of the same server change it too,
 * which only costs extra misses. One short query per cacheable request.
 */
function postgresToken(pool: Pool): ChangeToken {
  return {
    async current() {
      const { rows } = await pool.query('SELECT txid_current_snapshot()::text AS snapshot')
      return `p${rows[0]!.snapshot}`
    },
    async close() {},
  }
}

/** The change token of the running app's database, or null where none is known (MongoDB). */
export async function changeTokenFor(
  payload: Payload,
  target: DatabaseTarget,
): Promise<ChangeToken | null> {
  if (target.kind === 'sqlite') return sqliteToken(target.url)
  if (target.kind === 'postgres') {
    const pool = (payload.db as unknown as { pool?: Pool }).pool
    return pool ? postgresToken(pool) : null
  }
  return null
}
