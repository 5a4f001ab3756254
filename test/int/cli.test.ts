import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'

import { closeDatabase } from '../../src/db.js'
import { createTestDatabase, type TestDatabase } from '../helpers/database.js'
import { runCli, serverEnv } from '../helpers/server.js'

let db: TestDatabase
let env: NodeJS.ProcessEnv

beforeAll(async () => {
  db = await createTestDatabase()
  env = serverEnv(db.url)
})

afterAll(async () => {
  await db?.drop()
})

describe('npm run seed', () => {
  test('creates the demo content once; a second run changes nothing', async () => {
    const first = await runCli('seed', [], env)
    expect(first.status).toBe(0)
    expect(first.stdout).toContain('users: 4 created, 0 unchanged')
    const second = await runCli('seed', [], env)
    expect(second.status).toBe(0)
    expect(second.stdout).toContain('users: 0 created, 4 unchanged')
  }, 120_000)

  test('refuses the public demo password in production', async () => {
    const { SEED_ADMIN_PASSWORD: _omit, ...rest } = env
    const result = await runCli('seed', [], rest)
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('set SEED_ADMIN_PASSWORD')
  }, 120_000)
})

describe('npm run create-admin', () => {
  test.each([
    [['--password', 'long-enough-1'], /--email must be an email address/],
    [
      ['--email', 'not-an-email', '--password', 'long-enough-1'],
      /--email must be an email address/,
    ],
    [
      ['--email', 'ops@example.org', '--password', 'short'],
      /--password must be at least 8 characters/,
    ],
    [['--email', 'ops@example.org', '--pasword', 'typo-in-flag'], /Unknown option '--pasword'/],
  ])(
    '%j is refused with a usage message',
    async (args, message) => {
      const result = await runCli('create-admin', args, env)
      expect(result.status).toBe(2)
      expect(result.stderr).toMatch(message)
      expect(result.stderr).toContain('usage: npm run create-admin')
    },
    120_000,
  )

  test('creates an admin who can log in, and resets an existing account', async () => {
    const created = await runCli(
      'create-admin',
      ['--email', 'Ops@Example.org', '--password', 'first-password'],
      env,
    )
    expect(created.status).toBe(0)
    expect(created.stdout).toContain('Created admin ops@example.org')

    const again = await runCli(
      'create-admin',
      ['--email', 'ops@example.org', '--password', 'second-password'],
      env,
    )
    expect(again.status).toBe(0)
    expect(again.stdout).toContain('Updated ops@example.org')

    // The reviewer from the seed becomes an admin and keeps their other role.
    const promoted = await runCli(
      'create-admin',
      ['--email', 'reviewer@example.org', '--password', 'reviewer-new-pw'],
      env,
    )
    expect(promoted.status).toBe(0)

    process.env.DATABASE_URL = db.url
    const { getPayload } = await import('payload')
    const { default: config } = await import('../../src/payload.config.js')
    const payload = await getPayload({ config })
    try {
      const ops = await payload.login({
        collection: 'users',
        data: { email: 'ops@example.org', password: 'second-password' },
      })
      expect(ops.user?.roles).toEqual(['admin'])
      const reviewer = await payload.login({
        collection: 'users',
        data: { email: 'reviewer@example.org', password: 'reviewer-new-pw' },
      })
      expect([...(reviewer.user?.roles ?? [])].sort()).toEqual(['admin', 'reviewer'])
    } finally {
      await closeDatabase(payload)
    }
  }, 180_000)
})

describe('startup configuration errors', () => {
  test.each([
    [
      { DATABASE_URL: 'mysql://root:hunter2@db/dualpower' },
      /DATABASE_URL "mysql:\/\/root:\*\*\*@db\/dualpower" is not supported/,
    ],
    [{ DATABASE_URL: 'file::memory:' }, /names no file/],
    [{ PAYLOAD_SECRET: '' }, /PAYLOAD_SECRET is required when NODE_ENV=production/],
  ])(
    '%j stops with one clear line',
    async (override, message) => {
      const result = await runCli('seed', [], { ...env, ...override })
      expect(result.status).toBe(1)
      expect(result.stderr).toMatch(message)
      expect(result.stderr).not.toContain('hunter2')
      expect(result.stderr.trim().split('\n')).toHaveLength(1)
    },
    60_000,
  )
})
