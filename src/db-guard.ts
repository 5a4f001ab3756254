import fs from 'node:fs'

import type { CollectionBeforeOperationHook, Config, GlobalBeforeChangeHook } from 'payload'

import { APIError } from 'payload'

import type { DatabaseTarget } from './database-url.js'

/** The file opened: its identity, and a descriptor kept open for reading its header. */
type FileIdentity = { dev: number; ino: number; fd: number }

// The file the server opened (one copy of this module in the process: scripts/shared-modules.mjs).
const opened = new Map<string, FileIdentity>()

const SQLITE_HEADER = 'SQLite format 3\0'

/**
 * Remembers which file is the database, once it is open. The descriptor stays open for the
 * life of the process: closing any descriptor of a file drops every POSIX lock this process
 * holds on it, SQLite's included, so the header is never read through a fresh open and close.
 */
export function rememberDatabaseFile(file: string) {
  if (opened.has(file)) return
  const fd = fs.openSync(file, 'r')
  const { dev, ino } = fs.fstatSync(fd)
  opened.set(file, { dev, ino, fd })
}

/**
 * Why the SQLite file at `file` is not the database the server writes to, or null: it is gone
 * (writes would go to an unlinked file, lost at restart), another file took its place, or
 * (`header`, once the file is remembered) it was overwritten with something that is not an
 * SQLite database.
 */
export function sqliteFileProblem(file: string, { header = false } = {}): string | null {
  let stat: fs.Stats
  try {
    stat = fs.statSync(file)
  } catch {
    return `database file ${file} is missing`
  }
  const expected = opened.get(file)
  if (expected && (expected.dev !== stat.dev || expected.ino !== stat.ino)) {
    return `database file ${file} was replaced after the server opened it: restart the server`
  }
  if (header && expected) {
    const bytes = Buffer.alloc(SQLITE_HEADER.length)
    fs.readSync(expected.fd, bytes, 0, bytes.length, 0)
    if (bytes.toString('latin1') !== SQLITE_HEADER) {
      return `database file ${file} is not an SQLite database`
    }
  }
  return null
}

const WRITES = new Set(['create', 'update', 'updateByID', 'delete', 'deleteByID', 'resetPassword'])

/**
 * On SQLite, every write first checks that the file is still the one opened and still an SQLite
 * database: a deleted, replaced or overwritten database answers 503 instead of accepting what
 * would be lost. A no-op elsewhere.
 */
export function databaseGuard(target: DatabaseTarget) {
  return (config: Config): Config => {
    if (target.kind !== 'sqlite') return config
    const refuse = () => {
      const problem = sqliteFileProblem(target.file, { header: true })
      if (problem) {
        throw new APIError(`The database is unavailable (${problem}); nothing was saved.`, 503)
      }
    }
    const beforeOperation: CollectionBeforeOperationHook = ({ args, operation }) => {
      if (WRITES.has(operation)) refuse()
      return args
    }
    const beforeChange: GlobalBeforeChangeHook = ({ data }) => {
      refuse()
      return data
    }
    const onInit = config.onInit
    return {
      ...config,
      collections: (config.collections ?? []).map((collection) => ({
        ...collection,
        hooks: {
          ...collection.hooks,
          beforeOperation: [beforeOperation, ...(collection.hooks?.beforeOperation ?? [])],
        },
      })),
      globals: (config.globals ?? []).map((global) => ({
        ...global,
        hooks: {
          ...global.hooks,
          beforeChange: [beforeChange, ...(global.hooks?.beforeChange ?? [])],
        },
      })),
      onInit: async (payload) => {
        await onInit?.(payload)
        if (fs.existsSync(target.file)) rememberDatabaseFile(target.file)
      },
    }
  }
}
