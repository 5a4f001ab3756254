import type { DatabaseAdapterObj, Payload } from 'payload'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import fs from 'node:fs'
import path from 'node:path'

import { migrations as postgresMigrations } from './migrations/postgres/index.js'
import { migrations as sqliteMigrations } from './migrations/sqlite/index.js'
import { dataDir, migrationsDir, projectRoot } from './paths.js'

export type DatabaseTarget =
  | { kind: 'sqlite'; file: string; url: string }
  | { kind: 'postgres'; url: string }
  | { kind: 'mongodb'; url: string }

/** Thrown for a DATABASE_URL we cannot use; its message is the one line an operator sees. */
export class DatabaseUrlError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'DatabaseUrlError'
  }
}

export const DEFAULT_SQLITE_FILE = path.join(dataDir, 'dualpower.db')

/** Hides the password of a connection string so it can be printed in an error or a log line. */
export const redactUrl = (url: string): string => url.replace(/(\/\/[^:/@]+):[^@/]*@/, '$1:***@')

/**
 * Reads DATABASE_URL: unset or `file:` → SQLite, `postgres://` → PostgreSQL,
 * `mongodb://` / `mongodb+srv://` → MongoDB. Anything else is a DatabaseUrlError.
 */
export function resolveDatabaseUrl(raw: string | undefined, root = projectRoot): DatabaseTarget {
  const value = raw?.trim() ?? ''
  if (value === '') {
    return { kind: 'sqlite', file: DEFAULT_SQLITE_FILE, url: `file:${DEFAULT_SQLITE_FILE}` }
  }
  if (value.startsWith('file:')) {
    let file = value.slice('file:'.length)
    if (file.startsWith('//')) file = file.slice(2) // file:///abs/path.db
    file = file.split('?')[0] ?? ''
    if (file === '' || file === ':memory:') {
      throw new DatabaseUrlError(
        `DATABASE_URL "${value}" names no file: use file:PATH, e.g. file:./data/dualpower.db (an in-memory SQLite database cannot hold Payload's transactions)`,
      )
    }
    const absolute = path.resolve(root, file)
    return { kind: 'sqlite', file: absolute, url: `file:${absolute}` }
  }
  const scheme = value.split(':', 1)[0]?.toLowerCase()
  const kind =
    scheme === 'postgres' || scheme === 'postgresql'
      ? 'postgres'
      : scheme === 'mongodb' || scheme === 'mongodb+srv'
        ? 'mongodb'
        : undefined
  if (!kind) {
    throw new DatabaseUrlError(
      `DATABASE_URL "${redactUrl(value)}" is not supported: use file:PATH (SQLite), postgres://USER:PASSWORD@HOST:PORT/DB or mongodb://HOST/DB`,
    )
  }
  let parsed: URL
  try {
    parsed = new URL(value)
  } catch {
    throw new DatabaseUrlError(`DATABASE_URL "${redactUrl(value)}" is not a valid URL`)
  }
  if (!parsed.hostname || parsed.pathname.replace(/^\//, '') === '') {
    throw new DatabaseUrlError(
      `DATABASE_URL "${redactUrl(value)}" needs a host and a database name, e.g. ${kind}://localhost/dualpower`,
    )
  }
  return { kind, url: value }
}

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
