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
  /**
   * The version of every group (collection, global, `*`) and the epoch they count in: versions
   * of different epochs (another database file, a restored copy) are never compared.
   */
  versions(): Promise<Versions>
  close(): Promise<void>
}

export type Versions = { epoch: string; of: Record<string, number> }

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
  const counted = new Set(groups)
  const all = `SELECT name, version FROM ${VERSIONS_TABLE} ORDER BY name`
  let last: { dataVersion: string; token: string; versions: Versions } | undefined
  const read = async () => {
    const dataVersion = String((await client.execute('PRAGMA data_version')).rows[0]?.[0])
    if (last?.dataVersion === dataVersion) return last
    const { rows } = await client.execute(all)
    const of: Record<string, number> = {}
    for (const row of rows) of[String(row[0])] = Number(row[1])
    const token = `s${connection}.${rows
      .filter((row) => counted.has(String(row[0])))
      .map((row) => String(row[1]))
      .join('.')}`
    last = { dataVersion, token, versions: { epoch: `s${connection}`, of } }
    return last
  }
  return {
    current: async () => (await read()).token,
    versions: async () => (await read()).versions,
    async close() {
      client.close()
    },
  }
}

type Pool = { query: (sql: string) => Promise<{ rows: Record<string, unknown>[] }> }

/** Each group's version as the least of the pools' (a replica behind says less). */
async function leastVersions(pools: Pool[], where: string) {
  const read = await Promise.all(
    pools.map((pool) => pool.query(`SELECT name, version FROM ${VERSIONS_TABLE}${where}`)),
  )
  const of: Record<string, number> = {}
  for (const { rows } of read) {
    for (const row of rows) {
      const name = String(row.name)
      of[name] = Math.min(of[name] ?? Infinity, Number(row.version))
    }
  }
  return of
}

/**
 * PostgreSQL: the versions of `groups`, one short query per cacheable request. They are the
 * database's, so every instance reads the same token. With read replicas the data of an answer
 * may come from any of them, so the versions are read from each and the least is taken: a
 * replica that lags holds the token back instead of an old answer being kept under a new one.
 */
function postgresToken(pools: Pool[], groups: string[]): ChangeToken {
  const named = ` WHERE name IN (${inList(groups)})`
  return {
    async current() {
      const of = await leastVersions(pools, named)
      return `p${Object.keys(of)
        .sort()
        .map((name) => String(of[name]))
        .join('.')}`
    },
    async versions() {
      return { epoch: 'p', of: await leastVersions(pools, '') }
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
    const db = payload.db as unknown as {
      pool?: Pool
      drizzle?: { $replicas?: { $client: Pool }[] }
    }
    const replicas = db.drizzle?.$replicas?.map((replica) => replica.$client) ?? []
    if (replicas.length > 0) return postgresToken(replicas, groups)
    return db.pool ? postgresToken([db.pool], groups) : null
  }
  return null
}
