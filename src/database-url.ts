import path from 'node:path'

import { dataDir, projectRoot } from './paths.js'

// No imports of Payload here: entrypoints check DATABASE_URL before they load anything heavy.

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

/**
 * Reads DATABASE_REPLICA_URLS: PostgreSQL read replicas of DATABASE_URL's database, separated by
 * commas. Payload's adapter sends reads there (and, for a while after this process writes, to
 * the primary). Only for a PostgreSQL DATABASE_URL.
 */
export function resolveReplicaUrls(raw: string | undefined, target: DatabaseTarget): string[] {
  const urls = (raw ?? '')
    .split(',')
    .map((u) => u.trim())
    .filter((u) => u !== '')
  if (urls.length === 0) return []
  if (target.kind !== 'postgres') {
    throw new DatabaseUrlError(
      `DATABASE_REPLICA_URLS is set, but read replicas are for PostgreSQL and DATABASE_URL is ${target.kind === 'sqlite' ? 'a SQLite file' : 'MongoDB'}: unset DATABASE_REPLICA_URLS`,
    )
  }
  return urls.map((url, i) => {
    const where = `DATABASE_REPLICA_URLS (replica ${i + 1}: "${redactUrl(url)}")`
    let replica: DatabaseTarget
    try {
      replica = resolveDatabaseUrl(url)
    } catch (error) {
      throw new DatabaseUrlError(
        `${where}: ${(error as Error).message.replace(/^DATABASE_URL "[^"]*" /, '')}`,
      )
    }
    if (replica.kind !== 'postgres') {
      throw new DatabaseUrlError(`${where} is not a postgres:// URL`)
    }
    if (url === target.url) {
      throw new DatabaseUrlError(`${where} is DATABASE_URL itself: name the replicas only`)
    }
    return url
  })
}

/**
 * Reads SQLITE_SYNCHRONOUS: FULL (the default) puts each commit on disk before its answer;
 * NORMAL leaves the last commits to the next checkpoint, so a power cut or an operating system
 * crash may undo them (a process that crashes or is killed loses nothing). Ignored off SQLite.
 */
export function sqliteSynchronous(raw: string | undefined): 'FULL' | 'NORMAL' {
  const value = raw?.trim().toUpperCase() ?? ''
  if (value === '') return 'FULL'
  if (value === 'FULL' || value === 'NORMAL') return value
  throw new DatabaseUrlError(
    `SQLITE_SYNCHRONOUS "${raw}" must be FULL (each commit on disk before it is answered; the default) or NORMAL (faster writes; a power cut may undo the last ones)`,
  )
}
