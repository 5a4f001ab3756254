import { describe, expect, test } from '@jest/globals'

import { readsOf, watchReads } from '../../src/cache/reads.js'

type Fn = (...args: unknown[]) => unknown

/** A stand-in for libsql's client: records what reaches it, answers nothing. */
function libsqlClient() {
  const reached: unknown[] = []
  const client: Record<string, Fn> = {
    execute: async (statement) => void reached.push(statement),
    batch: async (statements) => void reached.push(statements),
    transaction: async () => ({}),
    executeMultiple: async () => undefined,
  }
  return { client, reached }
}

/** A stand-in for pg's Pool, whose query() checks a client out with connect(callback). */
function pgPool() {
  const pool: Record<string, Fn> = {
    connect: (callback?: unknown) => {
      if (typeof callback === 'function') callback(null, {})
      return Promise.resolve({})
    },
  }
  pool.query = function (this: typeof pool) {
    this.connect!(() => {})
    return Promise.resolve({ rows: [] })
  }
  return pool
}

describe('readsOf: the tables a piece of work read, from its SQL', () => {
  test("every quoted name of every statement, whatever the statement's form", async () => {
    const { client, reached } = libsqlClient()
    expect(watchReads({ name: 'sqlite', client })).toBe(true)
    const { reads } = await readsOf(async () => {
      await client.execute!('select "events"."id" from "events" left join "places" on 1')
      await client.execute!({ sql: 'select * from "posts_locales" where "_parent_id" = ?' })
      await client.batch!([{ sql: 'select 1 from "site"' }, 'select 2 from "we""ird"'])
    })
    expect([...reads.names]).toEqual(
      expect.arrayContaining(['events', 'places', 'posts_locales', 'site', 'we"ird']),
    )
    expect(reads.unknown).toBe(false)
    expect(reached).toHaveLength(3)
  })

  test('hand-written SQL with unquoted names, a transaction or a script is not vouched for', async () => {
    for (const work of [
      (c: Record<string, Fn>) => c.execute!('SELECT title FROM posts'),
      (c: Record<string, Fn>) => c.transaction!('read'),
      (c: Record<string, Fn>) => c.executeMultiple!('select 1; select 2'),
      (c: Record<string, Fn>) => c.execute!({ args: [] }),
    ]) {
      const { client } = libsqlClient()
      watchReads({ name: 'sqlite', client })
      const { reads } = await readsOf(async () => {
        await work(client)
      })
      expect(reads.unknown).toBe(true)
    }
  })

  test('statements outside the work are not counted in it, nor is work done at once beside it', async () => {
    const { client } = libsqlClient()
    watchReads({ name: 'sqlite', client })
    await client.execute!('select * from "before"')
    const [one, two] = await Promise.all([
      readsOf(async () => {
        await new Promise((resolve) => setTimeout(resolve, 5))
        await client.execute!('select * from "first"')
      }),
      readsOf(async () => {
        await client.execute!('select * from "second"')
      }),
    ])
    expect([...one.reads.names]).toEqual(['first'])
    expect([...two.reads.names]).toEqual(['second'])
  })

  test("PostgreSQL: the pool's own checkout for a query is fine; a client checked out is not", async () => {
    const pool = pgPool()
    expect(watchReads({ name: 'postgres', pool })).toBe(true)
    const plain = await readsOf(async () => {
      await pool.query!({ text: 'select "id" from "events"', values: [] })
    })
    expect(plain.reads).toEqual({ names: new Set(['id', 'events']), unknown: false })
    const checkedOut = await readsOf(async () => {
      await pool.connect!()
    })
    expect(checkedOut.reads.unknown).toBe(true)
  })

  test('a database whose SQL it cannot see (MongoDB) is not watched', () => {
    expect(watchReads({ name: 'mongoose' })).toBe(false)
    expect(watchReads({ name: 'sqlite' })).toBe(false)
  })

  test('a connection is watched once, however often it is asked', async () => {
    const { client, reached } = libsqlClient()
    watchReads({ name: 'sqlite', client })
    watchReads({ name: 'sqlite', client })
    const { reads } = await readsOf(async () => {
      await client.execute!('select 1 from "once"')
    })
    expect([...reads.names]).toEqual(['once'])
    expect(reached).toHaveLength(1)
  })
})
