/**
 * SQLITE_SYNCHRONOUS=NORMAL reaches every connection the server's SQLite client opens, the one
 * after an import's transaction too (src/sqlite-connections.ts); the default, FULL, is checked
 * in sqlite-connections.test.ts.
 */
import { afterAll, expect, test } from '@jest/globals'
import { commitTransaction, createLocalReq } from 'payload'

import { beginImportTransaction } from '../../plugins/hyperactive/services/transaction.js'
import { testDatabaseKind } from '../helpers/database.js'
import { payloadForFile } from '../helpers/payload.js'

const onSqlite = testDatabaseKind() === 'sqlite' ? test : test.skip
const before = process.env.SQLITE_SYNCHRONOUS
// Read when the config is built, in the boot below.
process.env.SQLITE_SYNCHRONOUS = ' normal '
afterAll(() => {
  if (before === undefined) delete process.env.SQLITE_SYNCHRONOUS
  else process.env.SQLITE_SYNCHRONOUS = before
})

const ctx = payloadForFile()
const NORMAL = 1

type Client = { execute: (sql: string) => Promise<{ rows: { synchronous?: unknown }[] }> }
const synchronous = async () =>
  Number(
    (await (ctx.payload.db as unknown as { client: Client }).client.execute('PRAGMA synchronous'))
      .rows[0]?.synchronous,
  )

onSqlite('NORMAL holds on the first connection and on the one after a transaction', async () => {
  expect(await synchronous()).toBe(NORMAL)
  const req = await createLocalReq({}, ctx.payload)
  await beginImportTransaction(ctx.payload, req)
  await ctx.payload.create({ collection: 'categories', data: { name: 'In a transaction' }, req })
  await commitTransaction(req)
  expect(await synchronous()).toBe(NORMAL)
  const made = await ctx.payload.create({ collection: 'categories', data: { name: 'After it' } })
  expect((await ctx.payload.findByID({ collection: 'categories', id: made.id })).name).toBe(
    'After it',
  )
})
