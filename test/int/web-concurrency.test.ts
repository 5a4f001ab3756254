/**
 * WEB_CONCURRENCY (src/cli/cluster.ts), through `npm start`'s own script on a real database:
 * N server processes share the port; an empty database is migrated and seeded once; only the
 * first process runs the jobs queue; a process that dies is replaced while the others keep
 * answering; SIGTERM stops them all with exit 0; a wrong value stops the start in one line.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'

import { createTestDatabase, type TestDatabase } from '../helpers/database.js'
import { freePort, launchStart, type Started } from '../helpers/server.js'

function launch(env: Record<string, string | undefined>): Started {
  const { NODE_ENV: _n, SEED_ADMIN_PASSWORD: _p, SMTP_URL: _m, ...rest } = process.env
  return launchStart({ ...rest, PAYLOAD_SECRET: 'test-secret-not-for-production', ...env })
}

/** The server processes the primary runs. */
const workers = (primary: number) =>
  (
    spawnSync('pgrep', ['-P', String(primary)])
      .stdout.toString()
      .match(/\d+/g) ?? []
  ).map(Number)

const environ = (pid: number) =>
  Object.fromEntries(
    fs
      .readFileSync(`/proc/${pid}/environ`, 'utf8')
      .split('\0')
      .filter(Boolean)
      .map((entry) => [entry.slice(0, entry.indexOf('=')), entry.slice(entry.indexOf('=') + 1)]),
  )

async function until<T>(
  what: string,
  check: () => Promise<T | undefined> | T | undefined,
  output?: () => string,
) {
  const deadline = Date.now() + 90_000
  for (;;) {
    const value = await check()
    if (value !== undefined) return value
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}:\n${output?.() ?? ''}`)
    await new Promise((r) => setTimeout(r, 250))
  }
}

describe('WEB_CONCURRENCY=2', () => {
  let db: TestDatabase
  let started: Started
  let url: string

  /** A GET on a connection of its own (none kept from before), answered within 10 s. */
  const freshGet = (urlPath: string) =>
    new Promise<number>((resolve) => {
      const req = http.get(`${url}${urlPath}`, { agent: false, timeout: 10_000 }, (res) => {
        res.resume()
        res.on('end', () => resolve(res.statusCode ?? 0))
      })
      req.on('timeout', () => req.destroy())
      req.on('error', () => resolve(0))
    })

  beforeAll(async () => {
    db = await createTestDatabase()
    const port = await freePort()
    url = `http://127.0.0.1:${port}`
    started = launch({
      DATABASE_URL: db.url,
      PORT: String(port),
      WEB_CONCURRENCY: '2',
      JOBS_AUTORUN: 'true',
    })
    await until('two server processes answering', async () => {
      if (started.proc.exitCode !== null) throw new Error(`exited:\n${started.output()}`)
      const ready = await fetch(`${url}/readyz`).then(
        (r) => r.ok,
        () => false,
      )
      return ready && workers(started.proc.pid!).length === 2 ? true : undefined
    })
    // The second process is forked once the first listens, and listens a moment later.
    await until('both processes listening', () =>
      (started.output().match(/Dual Power CMS is running/g) ?? []).length === 2 ? true : undefined,
    )
  }, 180_000)

  afterAll(async () => {
    if (started?.proc.exitCode === null) {
      process.kill(-started.proc.pid!, 'SIGKILL')
      await started.exited
    }
    await db?.drop()
  })

  test('an empty database is seeded once, and only the first process runs the jobs queue', async () => {
    expect(started.output().match(/Empty database: seeding demo content/g)).toHaveLength(1)
    const jobs = workers(started.proc.pid!).map((pid) => environ(pid).JOBS_AUTORUN)
    expect(jobs.sort()).toEqual(['false', 'true'])
    const posts = (await (await fetch(`${url}/api/posts?limit=1`)).json()) as { totalDocs: number }
    expect(posts.totalDocs).toBeGreaterThan(0)
  })

  test('a process that dies is replaced, and the other answers meanwhile', async () => {
    const [victim] = workers(started.proc.pid!)
    process.kill(victim!, 'SIGKILL')
    // Requests on the dead process's connections fail with it; new ones go to the other.
    await until('the primary to see it', () =>
      /server process \d ended \(SIGKILL\); starting another/.test(started.output())
        ? true
        : undefined,
    )
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) => freshGet(`/api/events?limit=1&depth=0&page=${i + 1}`)),
    )
    expect(answers).toEqual(Array.from({ length: 20 }, () => 200))
    const replaced = await until(
      'a replacement process',
      () => {
        const now = workers(started.proc.pid!)
        return now.length === 2 && !now.includes(victim!) ? now : undefined
      },
      started.output,
    )
    expect(replaced).toHaveLength(2)
    await until('the replacement listening', () =>
      (started.output().match(/Dual Power CMS is running/g) ?? []).length === 3 ? true : undefined,
    )
    expect(await freshGet('/readyz')).toBe(200)
  }, 150_000)

  test('SIGTERM stops every server process, and the primary exits 0', async () => {
    const before = workers(started.proc.pid!)
    started.proc.kill('SIGTERM')
    expect(await started.exited).toBe(0)
    for (const pid of before) expect(fs.existsSync(`/proc/${pid}`)).toBe(false)
  }, 60_000)
})

test('a WEB_CONCURRENCY that is not a number of processes stops the start in one line', async () => {
  const refused = launch({ WEB_CONCURRENCY: 'two', DATABASE_URL: 'file:./data/never-made.db' })
  expect(await refused.exited).toBe(1)
  expect(refused.output()).toContain('dualpower-cms: WEB_CONCURRENCY must be a whole number')
  expect(refused.output()).not.toMatch(/\n\s+at /)
}, 60_000)
