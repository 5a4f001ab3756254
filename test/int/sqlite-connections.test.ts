/**
 * Every SQLite connection the server opens waits for another process's write lock: after a
 * transaction (a Hyperactive import is one) @libsql/client opens a new connection, which must
 * carry the busy timeout of the first (src/sqlite-connections.ts). Without it a write that met
 * the import command's or a jobs worker's lock failed at once with SQLITE_BUSY.
 */
import { expect, test } from '@jest/globals'
import { spawn } from 'node:child_process'
import { commitTransaction, createLocalReq } from 'payload'

import { beginImportTransaction } from '../../plugins/hyperactive/services/transaction.js'
import { projectRoot } from '../../src/paths.js'
import { testDatabaseKind } from '../helpers/database.js'
import { payloadForFile } from '../helpers/payload.js'

const onSqlite = testDatabaseKind() === 'sqlite' ? test : test.skip
const HOLD_MS = 800

const ctx = payloadForFile()

type Client = { execute: (sql: string) => Promise<{ rows: Record<string, unknown>[] }> }
const pragma = async (name: string) =>
  Number(
    Object.values(
      (await (ctx.payload.db as unknown as { client: Client }).client.execute(`PRAGMA ${name}`))
        .rows[0] ?? {},
    )[0],
  )
const busyTimeout = () => pragma('busy_timeout')
// SQLite's numbers for SQLITE_SYNCHRONOUS: NORMAL 1, FULL 2.
const FULL = 2

/** Another process takes the write lock, says so, holds it for `ms`, then commits. */
function holdWriteLock(file: string, ms: number) {
  const code = `
    const Database = require('libsql')
    const db = new Database(${JSON.stringify(file)})
    db.exec('BEGIN IMMEDIATE')
    process.stdout.write('locked\\n')
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ${ms})
    db.exec('COMMIT')
    db.close()`
  const child = spawn(process.execPath, ['-e', code], { cwd: projectRoot })
  const locked = new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('locked') && resolve())
    child.once('exit', (status) => reject(new Error(`the lock holder exited with ${status}`)))
  })
  const done = new Promise<number | null>((resolve) => child.once('exit', resolve))
  return { locked, done }
}

const importLike = async (name: string) => {
  const req = await createLocalReq({}, ctx.payload)
  await beginImportTransaction(ctx.payload, req)
  await ctx.payload.create({ collection: 'categories', data: { name }, req })
  await commitTransaction(req)
}

onSqlite(
  'after an import, a write waits for another process to commit, then succeeds',
  async () => {
    expect(await busyTimeout()).toBe(5000)
    expect(await pragma('synchronous')).toBe(FULL)
    await importLike('Imported in a transaction')
    // The client's connection after the transaction is a new one, with the same settings.
    expect(await busyTimeout()).toBe(5000)
    expect(await pragma('synchronous')).toBe(FULL)

    const file = ctx.db.url.replace(/^file:/, '')
    const holder = holdWriteLock(file, HOLD_MS)
    await holder.locked
    const started = Date.now()
    const made = await ctx.payload.create({
      collection: 'categories',
      data: { name: 'Written while another process wrote' },
    })
    const waited = Date.now() - started
    expect(await holder.done).toBe(0)
    expect(waited).toBeGreaterThanOrEqual(HOLD_MS / 2)
    const stored = await ctx.payload.findByID({ collection: 'categories', id: made.id })
    expect(stored.name).toBe('Written while another process wrote')
  },
)

onSqlite('so does a second import, and every import after it', async () => {
  for (const name of ['Second import', 'Third import']) {
    await importLike(name)
    expect(await busyTimeout()).toBe(5000)
  }
  const { totalDocs } = await ctx.payload.count({
    collection: 'categories',
    where: { name: { in: ['Second import', 'Third import'] } },
  })
  expect(totalDocs).toBe(2)
})
