/**
 * PostgreSQL read replicas (DATABASE_REPLICA_URLS, docs/deployment.md): a real streaming replica
 * whose replay the test pauses, so it stays behind the primary. Anonymous reads come from it;
 * the response cache never keeps what the replica said under the primary's newer versions (once
 * the replica catches up, the next answer has the change, in REST and GraphQL); staff read
 * their own writes at once; writes go to the primary.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import pg from 'pg'

import { type ApiClient, apiClient, type Json } from '../helpers/api.js'
import { testDatabaseKind } from '../helpers/database.js'
import { type PgReplicaPair, pgReplicaAvailable, startPgReplicaPair } from '../helpers/pgReplica.js'
import { runCli, type ServerProcess, serverEnv, startServerProcess } from '../helpers/server.js'

// It makes its own primary and replica; once, in the PostgreSQL pass.
const suite = testDatabaseKind() === 'postgres' && pgReplicaAvailable() ? describe : describe.skip

// Payload's adapter default (readReplicasAfterWriteInterval).
const READ_PRIMARY_AFTER_WRITE_MS = 2000

suite('a PostgreSQL read replica', () => {
  let pair: PgReplicaPair
  let server: ServerProcess
  let client: ApiClient
  let post: { id: string; title: string }

  const anonymous = async (path: string) => {
    const res = await fetch(`${server.url}${path}`)
    return { cache: res.headers.get('x-cache'), body: (await res.json()) as Json }
  }
  const restTitle = async (query = '') =>
    (await anonymous(`/api/posts/${post.id}?depth=0${query}`)).body.title
  const graphqlTitle = async () => {
    const reply = await client.graphql(
      undefined,
      `query ($id: String!) { Post(id: $id) { title } }`,
      {
        id: post.id,
      },
    )
    return (reply.body.data?.Post as Json | undefined)?.title
  }
  /** Renamed straight in the primary, as another process would. */
  const renameOnPrimary = async (title: string) => {
    const primary = new pg.Client({ connectionString: pair.primary })
    await primary.connect()
    await primary.query(
      `UPDATE posts_locales SET title = $1 WHERE _parent_id = $2 AND _locale = 'en'`,
      [title, post.id],
    )
    await primary.end()
  }
  /** How many of the server's connections each database has. */
  const connections = async (url: string) => {
    const c = new pg.Client({ connectionString: url })
    await c.connect()
    const { rows } = await c.query(
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = 'dualpower' AND pid <> pg_backend_pid()`,
    )
    await c.end()
    return rows[0].n as number
  }

  beforeAll(async () => {
    pair = await startPgReplicaPair()
    const env = serverEnv(pair.primary, { DATABASE_REPLICA_URLS: pair.replica })
    const seeded = await runCli('seed', [], env)
    if (seeded.status !== 0) throw new Error(`npm run seed failed:\n${seeded.stderr}`)
    await pair.caughtUp()
    server = await startServerProcess(env)
    client = apiClient(server.url)
    await client.login('organizer')
    const list = await anonymous('/api/posts?limit=1&sort=createdAt&depth=0')
    const doc = (list.body.docs as Json[])[0] as Json
    post = { id: String(doc.id), title: String(doc.title) }
    // For a while after this process writes (the login did), Payload reads from the primary.
    await new Promise((resolve) => setTimeout(resolve, READ_PRIMARY_AFTER_WRITE_MS + 500))
  }, 180_000)

  afterAll(async () => {
    await server?.stop('SIGKILL')
    await pair?.stop()
  })

  test('anonymous reads come from the replica, and the cache follows it, not the primary', async () => {
    expect(await restTitle()).toBe(post.title)
    expect((await anonymous(`/api/posts/${post.id}?depth=0`)).cache).toBe('hit')
    expect(await graphqlTitle()).toBe(post.title)
    expect(await connections(pair.replica)).toBeGreaterThan(0)

    await pair.pauseReplay()
    await renameOnPrimary('Renamed while the replica waits')
    // The primary has it; the replica, and so every anonymous answer, does not yet: the cached
    // ones and those read now (a query string not asked before misses the cache).
    for (let i = 0; i < 3; i++) {
      expect(await restTitle()).toBe(post.title)
      expect(await graphqlTitle()).toBe(post.title)
      const fresh = await anonymous(`/api/posts/${post.id}?depth=0&paused=${i}`)
      expect(fresh.cache).toBe('miss')
      expect(fresh.body.title).toBe(post.title)
    }
    await pair.resumeReplay()
    await pair.caughtUp()
    // Had the versions been read from the primary, the replica's old title would now be kept
    // under them and served until the next change.
    expect(await restTitle()).toBe('Renamed while the replica waits')
    expect(await graphqlTitle()).toBe('Renamed while the replica waits')
    const list = await anonymous('/api/posts?limit=100&depth=0')
    expect((list.body.docs as Json[]).map((d) => d.title)).toContain(
      'Renamed while the replica waits',
    )
  })

  test('staff writes go to the primary and are read back at once, the replica held back', async () => {
    await pair.pauseReplay()
    try {
      const saved = await client.call('organizer', `/api/posts/${post.id}`, {
        method: 'PATCH',
        body: JSON.stringify({ title: 'Saved by an organizer' }),
      })
      expect(saved.status).toBe(200)
      expect((saved.body.doc as Json).title).toBe('Saved by an organizer')
      const read = await client.call('organizer', `/api/posts/${post.id}?depth=0`)
      expect(read.body.title).toBe('Saved by an organizer')
      const primary = new pg.Client({ connectionString: pair.primary })
      await primary.connect()
      const { rows } = await primary.query(
        `SELECT title FROM posts_locales WHERE _parent_id = $1 AND _locale = 'en'`,
        [post.id],
      )
      await primary.end()
      expect(rows[0].title).toBe('Saved by an organizer')
    } finally {
      await pair.resumeReplay()
    }
    await pair.caughtUp()
    expect(await restTitle()).toBe('Saved by an organizer')
  })
})
