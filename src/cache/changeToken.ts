import type { Payload } from 'payload'

import type { DatabaseTarget } from '../database-url.js'
import { VERSIONS_TABLE } from './changeVersions.js'

/**
 * A value that changes whenever anything an answer can depend on is committed to the database,
 * by this process or any other (a second app instance, `npm run import:hyperactive`, the jobs
 * worker, plain SQL). Cache keys include it, so no answer read before a change is served after
 * it.
 *
 * Read it *before* reading the data an answer is built from: data read afterwards is at least
 * as new as the token, so an entry is never older than its key says.
 */
export interface ChangeToken {
  current(): Promise<string>
  close(): Promise<void>
}

const inList = (groups: string[]) => groups.map((g) => `'${g.replace(/'/g, "''")}'`).join(', ')

/**
 * SQLite: the versions of `groups` (./changeVersions.ts), read on a connection of its own that
 * never writes. `PRAGMA data_version` changes whenever another connection commits to the file:
 * while it stays the same, nothing was written and the versions read last still hold.
 */
async function sqliteToken(url: string, groups: string[]): Promise<ChangeToken> {
  const { createClient } = await import('@libsql/client')
  const client = createClient({ url })
  // Versions of one connection's reading: tokens from an earlier process are never compared.
  const connection = `${process.pid}.${Date.now()}`
  const versions = `SELECT version FROM ${VERSIONS_TABLE} WHERE name IN (${inList(groups)}) ORDER BY name`
  let last: { dataVersion: string; token: string } | undefined
  return {
    async current() {
      const dataVersion = String((await client.execute('PRAGMA data_version')).rows[0]?.[0])
      if (last?.dataVersion === dataVersion) return last.token
      const { rows } = await client.execute(versions)
      const token = `s${connection}.${rows.map((row) => String(row[0])).join('.')}`
      last = { dataVersion, token }
      return token
    },
    async close() {
      client.close()
    },
  }
}

type Pool = { query: (sql: string) => Promise<{ rows: { versions: string | null }[] }> }

/**
 * PostgreSQL: the versions of `groups`, one short query per cacheable request. They are the
 * database's, so every instance reads the same token.
 */
function postgresToken(pool: Pool, groups: string[]): ChangeToken {
  const versions =
    `SELECT string_agg(version::text, '.' ORDER BY name) AS versions ` +
    `FROM ${VERSIONS_TABLE} WHERE name IN (${inList(groups)})`
  return {
    async current() {
      const { rows } = await pool.query(versions)
      return `p${rows[0]?.versions ?? ''}`
    },
    async close() {},
  }
}

/**
 * The change token of the running app's database over the given groups (collection and global
 * slugs, see ./changeVersions.ts), or null where none is known (MongoDB).
 */
export async function changeTokenFor(
  payload: Payload,
  target: DatabaseTarget,
  groups: string[],
): Promise<ChangeToken | null> {
  if (target.kind === 'sqlite') return sqliteToken(target.url, groups)
  if (target.kind === 'postgres') {
    const pool = (payload.db as unknown as { pool?: Pool }).pool
    return pool ? postgresToken(pool, groups) : null
  }
  return null
}
