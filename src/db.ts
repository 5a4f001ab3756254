import type { DatabaseAdapterObj, Payload } from 'payload'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import fs from 'node:fs'
import path from 'node:path'

import { migrations as postgresMigrations } from './migrations/postgres/index.js'
import { migrations as sqliteMigrations } from './migrations/sqlite/index.js'
import { sqliteSynchronous, type DatabaseTarget } from './database-url.js'

import { changeVersionsTableHook } from './cache/changeVersions.js'
import { sqliteFileProblem } from './db-guard.js'
import { parentIndexesHook } from './db-indexes.js'
import { sqliteSortIndexesHook } from './db-sort-indexes.js'
import { connectionPragmas, withConnectionPragmas } from './sqlite-connections.js'
import { migrationsDir } from './paths.js'

export {
  DEFAULT_SQLITE_FILE,
  DatabaseUrlError,
  redactUrl,
  resolveDatabaseUrl,
  resolveReplicaUrls,
  sqliteSynchronous,
} from './database-url.js'
export type { DatabaseTarget } from './database-url.js'

/** Every SQLite connection's settings: Payload's for the first, ours for the ones after. */
const sqliteSettings = () => ({
  busyTimeoutMs: 5000,
  synchronous: sqliteSynchronous(process.env.SQLITE_SYNCHRONOUS),
  journalSizeLimit: 64 * 1024 * 1024,
})

/**
 * Builds the Payload adapter for a target. Ids are strings (UUIDs) on every database. PostgreSQL
 * may have read replicas (DATABASE_REPLICA_URLS; docs/deployment.md, "Read replicas").
 */
export function databaseAdapter(
  target: DatabaseTarget,
  replicas: string[] = [],
): DatabaseAdapterObj {
  switch (target.kind) {
    case 'sqlite': {
      fs.mkdirSync(path.dirname(target.file), { recursive: true })
      const SQLITE = sqliteSettings()
      return withConnectionPragmas(
        connectionPragmas(SQLITE),
        sqliteAdapter({
          afterSchemaInit: [sqliteSortIndexesHook],
          beforeSchemaInit: [parentIndexesHook, changeVersionsTableHook],
          busyTimeout: SQLITE.busyTimeoutMs,
          client: { url: target.url },
          idType: 'uuid',
          migrationDir: migrationsDir('sqlite'),
          prodMigrations: sqliteMigrations,
          wal: { synchronous: SQLITE.synchronous, journalSizeLimit: SQLITE.journalSizeLimit },
        }),
      )
    }
    case 'postgres':
      return postgresAdapter({
        beforeSchemaInit: [parentIndexesHook, changeVersionsTableHook],
        idType: 'uuid',
        migrationDir: migrationsDir('postgres'),
        pool: { connectionString: target.url },
        prodMigrations: postgresMigrations,
        ...(replicas.length > 0 ? { readReplicas: replicas } : {}),
      })
    case 'mongodb':
      return mongooseAdapter({ url: target.url })
  }
}

/**
 * Answers whether the database is usable right now, with a reason when it is not. For SQLite
 * it also notices that the file was deleted or replaced under a running server: writes would
 * then go to a file nobody can open again.
 */
export async function checkDatabase(
  payload: Payload,
  target: DatabaseTarget,
  timeoutMs = 2000,
): Promise<{ ok: true } | { ok: false; reason: string }> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs)
  })
  try {
    const fileProblem = target.kind === 'sqlite' && sqliteFileProblem(target.file, { header: true })
    if (fileProblem) return { ok: false, reason: fileProblem }
    const probe =
      target.kind === 'mongodb'
        ? // eslint-disable-next-line @typescript-eslint/no-explicit-any
          (payload.db as any).connection.db.admin().ping()
        : // eslint-disable-next-line @typescript-eslint/no-explicit-any
          (payload.db as any).execute({ drizzle: (payload.db as any).drizzle, raw: 'select 1' })
    await Promise.race([probe, timeout])
    return { ok: true }
  } catch (error) {
    return { ok: false, reason: `database did not answer: ${(error as Error).message}` }
  } finally {
    clearTimeout(timer)
  }
}

type ConnectionHandles = {
  client?: { close?: () => void; closed?: boolean }
  pool?: {
    end: () => Promise<void>
    ended?: boolean
    on?: (event: 'error', fn: (e: Error) => void) => void
    // pg-pool internals, read only to return the client the adapter never releases.
    _clients?: { release?: (destroy?: boolean) => void }[]
    _idle?: { client: unknown }[]
  }
}

/**
 * Logs errors of idle PostgreSQL connections (a restarted or failed-over server) instead of
 * letting the pool's unhandled 'error' event end the process; queries then reconnect.
 */
export function watchDatabaseErrors(payload: Payload) {
  const { pool } = payload.db as unknown as ConnectionHandles
  pool?.on?.('error', (error) => payload.logger.error(`database connection lost: ${error.message}`))
}

/**
 * payload.destroy() leaves the PostgreSQL pool and the SQLite client open (as of 3.90); this
 * closes them too, so a stopped server or a finished command really lets go of the database.
 * db-postgres checks one client out at connect and never releases it, and pool.end() waits
 * for every checked-out client: that one is released (destroyed) first.
 */
export async function closeDatabase(payload: Payload) {
  const { client, pool } = payload.db as unknown as ConnectionHandles
  await payload.destroy()
  if (pool && !pool.ended) {
    const idle = new Set((pool._idle ?? []).map((entry) => entry.client))
    for (const held of pool._clients ?? []) if (!idle.has(held)) held.release?.(true)
    await pool.end()
  }
  if (client && !client.closed) client.close?.()
}
