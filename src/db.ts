import type { DatabaseAdapterObj, Payload } from 'payload'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import fs from 'node:fs'
import path from 'node:path'

import { migrations as postgresMigrations } from './migrations/postgres/index.js'
import { migrations as sqliteMigrations } from './migrations/sqlite/index.js'
import type { DatabaseTarget } from './database-url.js'

import { migrationsDir } from './paths.js'

export {
  DEFAULT_SQLITE_FILE,
  DatabaseUrlError,
  redactUrl,
  resolveDatabaseUrl,
} from './database-url.js'
export type { DatabaseTarget } from './database-url.js'

/** Builds the Payload adapter for a target. Ids are strings (UUIDs) on every database. */
export function databaseAdapter(target: DatabaseTarget): DatabaseAdapterObj {
  switch (target.kind) {
    case 'sqlite':
      fs.mkdirSync(path.dirname(target.file), { recursive: true })
      return sqliteAdapter({
        busyTimeout: 5000,
        client: { url: target.url },
        idType: 'uuid',
        migrationDir: migrationsDir('sqlite'),
        prodMigrations: sqliteMigrations,
        wal: true,
      })
    case 'postgres':
      return postgresAdapter({
        idType: 'uuid',
        migrationDir: migrationsDir('postgres'),
        pool: { connectionString: target.url },
        prodMigrations: postgresMigrations,
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
    if (target.kind === 'sqlite' && !fs.existsSync(target.file)) {
      return { ok: false, reason: `database file ${target.file} is missing` }
    }
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
