import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { spawn } from 'node:child_process'
import net from 'node:net'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import { BUILT_MARK } from '../../scripts/build-state.mjs'

import { projectRoot } from '../../src/paths.js'
import { createTestDatabase, type TestDatabase } from '../helpers/database.js'
import { freePort, launchStart as launch, type Started } from '../helpers/server.js'

/**
 * `npm start` as the README's quick start runs it: scripts/start.mjs (plain JavaScript) runs the
 * compiled server, dist/start.mjs. Without NODE_ENV it is the quick start: it migrates and seeds
 * an empty database. The seed reads the Hyperactive XML file it ships with, found from the
 * repository root, which must hold once compiled into dist/.
 */
type Env = Record<string, string | undefined>

/** Waits until the server answers /readyz; fails with its output if it exits or never does. */
async function waitReady(started: Started, url: string) {
  const deadline = Date.now() + 120_000
  for (;;) {
    if (started.proc.exitCode !== null)
      throw new Error(`the server exited with ${started.proc.exitCode}:\n${started.output()}`)
    const ready = await fetch(`${url}/readyz`).then(
      (r) => r.ok,
      () => false,
    )
    if (ready) return
    if (Date.now() > deadline) throw new Error(`the server did not serve:\n${started.output()}`)
    await new Promise((r) => setTimeout(r, 200))
  }
}

const baseEnv = (databaseUrl: string, port: number): Env => {
  const {
    NODE_ENV: _n,
    PAYLOAD_SECRET: _s,
    SEED_ADMIN_PASSWORD: _p,
    SMTP_URL: _m,
    ...rest
  } = process.env
  return {
    ...rest,
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    JOBS_AUTORUN: 'false',
    // Given, so the test does not write data/.payload-secret into the repository.
    PAYLOAD_SECRET: 'test-secret-not-for-production',
  }
}

describe('npm start', () => {
  let db: TestDatabase
  let started: Started | undefined
  let url: string

  beforeAll(async () => {
    db = await createTestDatabase()
    const port = await freePort()
    url = `http://127.0.0.1:${port}`
    started = launch(baseEnv(db.url, port))
    await waitReady(started, url)
  }, 150_000)

  afterAll(async () => {
    if (started && started.proc.exitCode === null) {
      process.kill(-started.proc.pid!, 'SIGKILL')
      await started.exited
    }
    await db?.drop()
  })

  test('the quick start seeds an empty database, prints the demo login and serves the content', async () => {
    const output = started!.output()
    expect(output).toContain('Empty database: seeding demo content')
    expect(output).toContain('Demo login: admin@example.org / dualpower-demo-2022')
    expect(output).toMatch(/started in [\d.]+ s: modules [\d.]+ s/)
    // London Indymedia's event 2565, imported by the seed from its XML file.
    const res = await fetch(`${url}/api/events?where[feedId][equals]=2565&depth=0`)
    expect(res.status).toBe(200)
    const body = (await res.json()) as { docs: { feedId: number; title: string }[] }
    expect(body.docs).toHaveLength(1)
    expect(body.docs[0]!.feedId).toBe(2565)
    // And the demo login works against the compiled server.
    const login = await fetch(`${url}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'organizer@example.org', password: 'dualpower-demo-2022' }),
    })
    expect(login.status).toBe(200)
  })

  test('without SMTP the quick start logs each email whole: a proposal’s private link works', async () => {
    const title = 'Tenant unions and the gathering'
    const proposal = await fetch(`${url}/api/proposals`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        title,
        format: 'workshop',
        description: 'How tenant unions federate across a region.',
        submitterName: 'Jo Park',
        submitterEmail: 'jo@example.org',
        languages: ['en'],
        consent: true,
        answers: [{ question: 'recording', value: '0' }],
      }),
    })
    expect(proposal.status).toBe(201)
    // Jobs do not run on their own here (JOBS_AUTORUN=false): an admin runs the queue.
    const login = await fetch(`${url}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'admin@example.org', password: 'dualpower-demo-2022' }),
    })
    const { token } = (await login.json()) as { token: string }
    const run = await fetch(`${url}/api/payload-jobs/run?queue=default`, {
      headers: { Authorization: `JWT ${token}` },
    })
    expect(run.status).toBe(200)
    const deadline = Date.now() + 15_000
    let link: string | undefined
    while (!link && Date.now() < deadline) {
      link = started!.output().match(/https?:\/\/\S+\/propose\/manage\/[A-Za-z0-9_-]{43}/)?.[0]
      if (!link) await new Promise((r) => setTimeout(r, 200))
    }
    const output = started!.output()
    expect(output).toContain('Email not sent (SMTP_URL is unset)')
    expect(output).toContain('To: jo@example.org')
    expect(link).toBeDefined()
    const page = await fetch(`${url}${new URL(link!).pathname}`)
    expect(page.status).toBe(200)
    expect(await page.text()).toContain(title)
  })

  test('SIGTERM shuts it down cleanly', async () => {
    started!.proc.kill('SIGTERM')
    expect(await started!.exited).toBe(0)
    expect(started!.output()).toContain('shutdown: done')
  }, 30_000)

  test('SIGTERM to the npm process a supervisor started reaches the server, which shuts down', async () => {
    const port = await freePort()
    const npm = spawn('npm', ['start'], {
      cwd: projectRoot,
      detached: true,
      env: { ...baseEnv(db.url, port), NODE_ENV: 'production', NODE_OPTIONS: '' } as never,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let log = ''
    npm.stdout?.on('data', (chunk) => (log += chunk))
    npm.stderr?.on('data', (chunk) => (log += chunk))
    const exited = new Promise<number | null>((resolve) =>
      npm.once('exit', (code) => resolve(code)),
    )
    const viaNpm = { proc: npm, output: () => log, exited }
    const serverUrl = `http://127.0.0.1:${port}`
    try {
      await waitReady(viaNpm, serverUrl)
      npm.kill('SIGTERM')
      expect(await exited).toBe(0)
      // npm waits for its script: once it has exited, the server has shut down and let go.
      expect(log).toContain('SIGTERM: no new connections')
      expect(log).toContain('shutdown: done')
      await expect(fetch(`${serverUrl}/healthz`)).rejects.toThrow()
    } finally {
      try {
        process.kill(-npm.pid!, 'SIGKILL')
      } catch {
        // the group is gone, as it should be
      }
    }
  }, 150_000)

  test('a server that cannot start makes npm start exit non-zero, saying why', async () => {
    const blocker = net.createServer()
    const port = await freePort()
    await new Promise<void>((resolve) => blocker.listen(port, resolve))
    try {
      const npm = spawn('npm', ['start'], {
        cwd: projectRoot,
        env: { ...baseEnv(db.url, port), NODE_ENV: 'production', NODE_OPTIONS: '' } as never,
        stdio: ['ignore', 'pipe', 'pipe'],
      })
      let log = ''
      npm.stdout?.on('data', (chunk) => (log += chunk))
      npm.stderr?.on('data', (chunk) => (log += chunk))
      const code = await new Promise<number | null>((resolve) => npm.once('exit', resolve))
      expect(code).not.toBe(0)
      expect(log).toMatch(/could not start.*EADDRINUSE|EADDRINUSE/s)
    } finally {
      blocker.close()
    }
  }, 150_000)

  test('after `npm start` has built, the start line times the server, not the build', async () => {
    // What the launcher does once its build is done: leave the mark, run the compiled server.
    // The wait stands in for the build (a minute or two when real).
    const buildMs = 6_000
    const server = pathToFileURL(path.join(projectRoot, 'dist', 'start.mjs')).href
    const script =
      `await new Promise((done) => setTimeout(done, ${buildMs}));` +
      `performance.mark(${JSON.stringify(BUILT_MARK)});` +
      `await import(${JSON.stringify(server)});`
    const port = await freePort()
    const after = launch({ ...baseEnv(db.url, port), NODE_ENV: 'production' }, [
      '--input-type=module',
      '-e',
      script,
    ])
    try {
      await waitReady(after, `http://127.0.0.1:${port}`)
      const line = /started in ([\d.]+) s after the build: modules ([\d.]+) s/.exec(after.output())
      expect(line).not.toBeNull()
      expect(Number(line![1])).toBeLessThan(buildMs / 1000)
      expect(Number(line![2])).toBeLessThan(Number(line![1]))
    } finally {
      after.proc.kill('SIGTERM')
      await after.exited
    }
  }, 150_000)

  test('with NODE_ENV=production and no PAYLOAD_SECRET it stops with one line saying what to set', async () => {
    const port = await freePort()
    const { PAYLOAD_SECRET: _s, ...env } = baseEnv(db.url, port)
    const refused = launch({ ...env, NODE_ENV: 'production' })
    const code = await refused.exited
    expect(code).toBe(1)
    expect(refused.output()).toContain('dualpower-cms: PAYLOAD_SECRET is required')
    expect(refused.output()).not.toMatch(/\n\s+at /)
  }, 60_000)

  test('a HEAP_GROWING_PERCENT it cannot use stops it with one line naming the setting', async () => {
    const port = await freePort()
    const refused = launch({ ...baseEnv(db.url, port), HEAP_GROWING_PERCENT: '1.5' })
    expect(await refused.exited).toBe(1)
    expect(refused.output()).toContain(
      'dualpower-cms: HEAP_GROWING_PERCENT "1.5" must be a whole number from 0 (V8 decides) to 300',
    )
    expect(refused.output()).not.toMatch(/\n\s+at /)
  }, 60_000)

  test('a SQLITE_SYNCHRONOUS it cannot use stops it with one line naming the setting', async () => {
    const port = await freePort()
    const refused = launch({ ...baseEnv(db.url, port), SQLITE_SYNCHRONOUS: 'OFF' })
    expect(await refused.exited).toBe(1)
    expect(refused.output()).toContain('dualpower-cms: SQLITE_SYNCHRONOUS "OFF" must be FULL')
    expect(refused.output()).not.toMatch(/\n\s+at /)
  }, 60_000)
})
