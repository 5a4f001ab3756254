import { afterAll, beforeAll } from '@jest/globals'
import type { Payload } from 'payload'

import { closeDatabase, watchDatabaseErrors } from '../../src/db.js'
import { createTestDatabase, type TestDatabase } from './database.js'

export type TestPayload = { payload: Payload; db: TestDatabase; teardown: () => Promise<void> }

/**
 * Boots Payload through the app's own config on a fresh database of the kind under test
 * (schema pushed by the adapter, as in development). One per test file; call teardown after.
 */
export async function bootPayload(): Promise<TestPayload> {
  const db = await createTestDatabase()
  process.env.DATABASE_URL = db.url
  process.env.PAYLOAD_SECRET ||= 'test-secret-not-for-production'
  process.env.JOBS_AUTORUN = 'false'
  // The config first: it loads `payload` itself, so the second import finds it loaded.
  const { default: config } = await import('../../src/payload.config.js')
  const { getPayload } = await import('payload')
  const payload = await getPayload({ config })
  // As the server does: a connection the test's own DROP DATABASE … WITH (FORCE) ends is
  // logged, not an unhandled 'error' on the pool that fails the whole file.
  watchDatabaseErrors(payload)
  return {
    payload,
    db,
    teardown: async () => {
      await closeDatabase(payload)
      await db.drop()
    },
  }
}

/**
 * bootPayload for the test file that calls it at its top level: booted before its tests, torn
 * down after. Its fields are there once the tests run.
 */
export function payloadForFile(): TestPayload {
  const booted = {} as TestPayload
  beforeAll(async () => {
    Object.assign(booted, await bootPayload())
  }, 120_000)
  afterAll(async () => {
    await booted.teardown?.()
  })
  return booted
}
