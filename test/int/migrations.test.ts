/**
 * The committed migrations of the dialect under test run up, all the way down, and up again on
 * an empty database (what `npm run payload -- migrate[:down]` does for an operator).
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { afterAll, beforeAll, expect, test } from '@jest/globals'

import { projectRoot } from '../../src/paths.js'
import { createTestDatabase, type TestDatabase } from '../helpers/database.js'
import { serverEnv } from '../helpers/server.js'

let db: TestDatabase

beforeAll(async () => {
  db = await createTestDatabase()
})

afterAll(async () => {
  await db?.drop()
})

const payloadBin = path.join(projectRoot, 'node_modules', '.bin', 'payload')

function payloadCommand(command: string) {
  const result = spawnSync(payloadBin, [command], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: serverEnv(db.url),
    timeout: 180_000,
  })
  const output = `${result.stdout}\n${result.stderr}`
  return { status: result.status, output, count: (word: RegExp) => output.match(word)?.length ?? 0 }
}

test('migrations run up, down and up again', () => {
  if (db.kind === 'mongodb') return // MongoDB has no schema migrations
  const folder = db.kind === 'postgres' ? 'postgres' : 'sqlite'
  const files = fs
    .readdirSync(path.join(projectRoot, 'src', 'migrations', folder))
    .filter((f) => /^\d{8}_\d{6}_.*\.ts$/.test(f))
  expect(files.length).toBeGreaterThan(0)

  const up = payloadCommand('migrate')
  expect([up.status, up.count(/Migrated: /g)]).toEqual([0, files.length])
  const down = payloadCommand('migrate:down')
  expect(down.output).not.toMatch(/Error migrating down/)
  expect([down.status, down.count(/Migrated down: /g)]).toEqual([0, files.length])
  const again = payloadCommand('migrate')
  expect([again.status, again.count(/Migrated: /g)]).toEqual([0, files.length])
}, 600_000)
