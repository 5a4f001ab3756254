import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'

export type TestDatabaseKind = 'sqlite' | 'postgres' | 'mongodb'

export type TestDatabase = {
  kind: TestDatabaseKind
  /** The DATABASE_URL for this database. */
  url: string
  /** SQLite only: the database file. */
  file?: string
  /** Removes the database (and, for SQLite, its directory). */
  drop: () => Promise<void>
}

/** Which database the integration suites run on: TEST_DB, set by scripts/test.sh. */
export const testDatabaseKind = (): TestDatabaseKind => {
  const kind = (process.env.TEST_DB || 'sqlite') as TestDatabaseKind
  if (!['sqlite', 'postgres', 'mongodb'].includes(kind))
    throw new Error(`TEST_DB=${kind} is not a database`)
  return kind
}

const uniqueName = () => `dp_test_${process.pid}_${crypto.randomBytes(4).toString('hex')}`

const withDatabase = (url: string, name: string) => {
  const u = new URL(url)
  u.pathname = `/${name}`
  return u.toString()
}

/** A fresh, empty database of the kind under test: a temp SQLite file or a new server database. */
export async function createTestDatabase(kind = testDatabaseKind()): Promise<TestDatabase> {
  if (kind === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dualpower-test-'))
    const file = path.join(dir, 'test.db')
    return {
      kind,
      url: `file:${file}`,
      file,
      drop: async () => fs.rmSync(dir, { force: true, recursive: true }),
    }
  }
  if (kind === 'postgres') {
    const admin = process.env.TEST_POSTGRES_URL
    if (!admin)
      throw new Error(
        'TEST_DB=postgres needs TEST_POSTGRES_URL (a server where the tests may create databases)',
      )
    const name = uniqueName()
    const client = new pg.Client({ connectionString: admin })
    await client.connect()
    await client.query(`CREATE DATABASE ${name}`)
    await client.end()
    return {
      kind,
      url: withDatabase(admin, name),
      drop: async () => {
        const c = new pg.Client({ connectionString: admin })
        await c.connect()
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
        await c.end()
      },
    }
  }
  const mongo = process.env.TEST_MONGODB_URL
  if (!mongo) throw new Error('TEST_DB=mongodb needs TEST_MONGODB_URL')
  const url = withDatabase(mongo, uniqueName())
  return {
    kind,
    url,
    drop: async () => {
      const { default: mongoose } = await import('mongoose')
      const connection = await mongoose.createConnection(url).asPromise()
      await connection.dropDatabase()
      await connection.close()
    },
  }
}

/**
 * Runs one statement on a test database through a connection of its own (not the app's), as
 * another process would. Parameters are written `$1`, `$2`… for both databases.
 */
export async function sqlElsewhere(db: TestDatabase, statement: string, params: unknown[] = []) {
  if (db.kind === 'sqlite') {
    const { createClient } = await import('@libsql/client')
    const other = createClient({ url: db.url })
    try {
      // Waiting for the lock as the app's connections do, not failing at once while another
      // process (a worker just killed, say) still holds it.
      await other.execute('PRAGMA busy_timeout = 10000')
      await other.execute({ sql: statement.replace(/\$\d+/g, '?'), args: params as never })
    } finally {
      other.close()
    }
    return
  }
  if (db.kind !== 'postgres') throw new Error(`sqlElsewhere: no SQL on ${db.kind}`)
  const other = new pg.Client({ connectionString: db.url })
  await other.connect()
  try {
    await other.query(statement, params)
  } finally {
    await other.end()
  }
}
