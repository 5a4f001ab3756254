/**
 * Which tables a piece of work read, seen where the SQL leaves the process: the SQLite adapter's
 * libsql client and the PostgreSQL adapter's pool. Whatever asks (a resolver, a relationship's
 * data loader, a join field, an access rule or a hook calling the Local API), its statements
 * pass there, and Drizzle quotes every identifier it writes, so the quoted names of a statement
 * hold every table it touches. Work the SQL cannot vouch for (a transaction, a statement not
 * given as text) is marked `unknown`, and nothing built from it may be kept.
 */
import { AsyncLocalStorage } from 'node:async_hooks'

export type Reads = { names: Set<string>; unknown: boolean }

const current = new AsyncLocalStorage<Reads>()

const QUOTED = /"((?:[^"]|"")+)"/g

function note(sql: unknown) {
  const reads = current.getStore()
  if (!reads) return
  const text =
    typeof sql === 'string'
      ? sql
      : typeof (sql as { sql?: unknown })?.sql === 'string'
        ? (sql as { sql: string }).sql
        : typeof (sql as { text?: unknown })?.text === 'string'
          ? (sql as { text: string }).text
          : null
  let named = false
  if (text !== null) {
    for (const match of text.matchAll(QUOTED)) {
      named = true
      reads.names.add(match[1]!.replace(/""/g, '"'))
    }
  }
  // Hand-written SQL may name its tables unquoted: what it read is not known.
  if (!named) reads.unknown = true
}

const unknown = () => {
  const reads = current.getStore()
  if (reads) reads.unknown = true
}

type Fn = (...args: unknown[]) => unknown
type LibsqlClient = { execute: Fn; batch: Fn; transaction: Fn; executeMultiple?: Fn }
type PgPool = { query: Fn; connect: Fn }

const watched = new WeakSet<object>()

function watchLibsql(client: LibsqlClient) {
  const { execute, batch, transaction, executeMultiple } = client
  client.execute = function (this: unknown, ...args: unknown[]) {
    note(args[0])
    return execute.apply(this, args)
  }
  client.batch = function (this: unknown, ...args: unknown[]) {
    for (const statement of (args[0] as unknown[]) ?? []) note(statement)
    return batch.apply(this, args)
  }
  client.transaction = function (this: unknown, ...args: unknown[]) {
    unknown()
    return transaction.apply(this, args)
  }
  if (executeMultiple) {
    client.executeMultiple = function (this: unknown, ...args: unknown[]) {
      unknown()
      return executeMultiple.apply(this, args)
    }
  }
}

function watchPg(pool: PgPool) {
  const { query, connect } = pool
  // pg-pool's query() checks a client out with connect(callback) before it returns.
  let inQuery = false
  pool.query = function (this: unknown, ...args: unknown[]) {
    note(args[0])
    inQuery = true
    try {
      return query.apply(this, args)
    } finally {
      inQuery = false
    }
  }
  pool.connect = function (this: unknown, ...args: unknown[]) {
    // A client checked out by the caller runs statements this module does not see.
    if (!inQuery) unknown()
    return connect.apply(this, args)
  }
}

/**
 * Starts watching the database adapter's connections (once each): SQLite's client, or
 * PostgreSQL's pool and those of its read replicas, where the reads go. False for an adapter
 * whose reads cannot be seen (MongoDB).
 */
export function watchReads(db: {
  name?: string
  client?: unknown
  pool?: unknown
  drizzle?: unknown
}): boolean {
  const replicas = (db.drizzle as { $replicas?: { $client: unknown }[] } | undefined)?.$replicas
  const targets =
    db.name === 'sqlite'
      ? [db.client]
      : db.name === 'postgres'
        ? [db.pool, ...(replicas ?? []).map((replica) => replica.$client)]
        : []
  if (!targets[0] || typeof targets[0] !== 'object') return false
  for (const target of targets) {
    if (!target || typeof target !== 'object' || watched.has(target)) continue
    watched.add(target)
    if (db.name === 'sqlite') watchLibsql(target as LibsqlClient)
    else watchPg(target as PgPool)
  }
  return true
}

/**
 * Runs `work`, noting the quoted names in every statement it sends. Work started inside (data
 * loaders included) is counted only if it was started from here: give such work its own loader.
 */
export async function readsOf<T>(work: () => Promise<T>): Promise<{ value: T; reads: Reads }> {
  const reads: Reads = { names: new Set(), unknown: false }
  const value = await current.run(reads, work)
  return { value, reads }
}
