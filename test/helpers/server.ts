import { type ChildProcess, spawn } from 'node:child_process'
import net from 'node:net'
import path from 'node:path'

import { projectRoot } from '../../src/paths.js'
import { createTestDatabase, type TestDatabaseKind } from './database.js'

const tsx = path.join(projectRoot, 'node_modules', '.bin', 'tsx')

export type Started = {
  proc: ChildProcess
  output: () => string
  exited: Promise<number | null>
}

/**
 * `npm start`'s own script (scripts/start.mjs) in a process group of its own, with exactly the
 * environment given, as a supervisor would run it; its output is kept.
 */
export function launchStart(
  env: Record<string, string | undefined>,
  args = [path.join(projectRoot, 'scripts', 'start.mjs')],
): Started {
  const proc = spawn(process.execPath, args, {
    cwd: projectRoot,
    detached: true,
    // What `npm start` adds; jest's --experimental-vm-modules must not reach the child.
    // (Typed loosely: NODE_ENV, which Next's types require, is unset on purpose here.)
    env: {
      ...env,
      NODE_OPTIONS: '--conditions=production --no-deprecation',
    } as unknown as NodeJS.ProcessEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let log = ''
  proc.stdout?.on('data', (chunk) => (log += chunk))
  proc.stderr?.on('data', (chunk) => (log += chunk))
  const exited = new Promise<number | null>((resolve) => proc.once('exit', (code) => resolve(code)))
  return { proc, output: () => log, exited }
}

export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const s = net.createServer()
    s.once('error', reject)
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo
      s.close(() => resolve(port))
    })
  })

/** Whether something accepts connections on a loopback port. */
export const listening = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect(port, '127.0.0.1')
    socket.once('connect', () => socket.end(() => resolve(true)))
    socket.once('error', () => resolve(false))
  })

/** Kills a helper service's process (as if it went away) and waits for it to be gone. */
export async function killProcess(proc: ChildProcess | undefined) {
  if (!proc || proc.exitCode !== null || proc.signalCode !== null) return
  const exited = new Promise((resolve) => proc.once('exit', resolve))
  proc.kill('SIGKILL')
  await exited
}

/** The environment of a production server process on the given database. */
export const serverEnv = (
  databaseUrl: string,
  extra: Record<string, string> = {},
): NodeJS.ProcessEnv => ({
  ...process.env,
  // As the npm scripts run it (see docs/contributors.md, "Why --conditions=production"); jest's
  // --experimental-vm-modules must not reach the child: it breaks tsx's loader (the CLIs).
  NODE_OPTIONS: '--conditions=production --no-deprecation',
  NODE_ENV: 'production',
  DATABASE_URL: databaseUrl,
  PAYLOAD_SECRET: 'test-secret-not-for-production',
  SEED_ADMIN_PASSWORD: 'test-password-123',
  JOBS_AUTORUN: 'false',
  ...extra,
})

/**
 * Runs one of the CLI scripts (src/cli/NAME.ts) to completion without blocking this process: servers and
 * receivers the test runs keep answering, and its HTTP connections keep their timers.
 */
export function runCli(
  name: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(tsx, [path.join(projectRoot, 'src', 'cli', `${name}.ts`), ...args], {
      cwd: projectRoot,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => (stdout += chunk))
    child.stderr.on('data', (chunk) => (stderr += chunk))
    const timer = setTimeout(() => child.kill('SIGKILL'), 120_000)
    child.once('error', reject)
    child.once('exit', (status) => {
      clearTimeout(timer)
      resolve({ status, stdout, stderr })
    })
  })
}

export type ServerProcess = {
  url: string
  proc: ChildProcess
  output: () => string
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<number | null>
  stop: (signal?: NodeJS.Signals) => Promise<number | null>
}

/**
 * Starts the compiled server (`dist/start.mjs`, as `npm start` serves it) as its own process on
 * a free port and waits until /healthz answers. The build must be current: `npm test` makes it
 * before these suites; run alone against a stale build, the server's preflight refuses to start
 * and says to run `npm run build` (in the error this throws), instead of testing old code.
 */
export async function startServerProcess(env: NodeJS.ProcessEnv): Promise<ServerProcess> {
  const port = await freePort()
  // Its own process group, so that a SIGKILL reaches anything it started.
  const proc = spawn(process.execPath, [path.join(projectRoot, 'dist', 'start.mjs')], {
    cwd: projectRoot,
    detached: true,
    env: { ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let log = ''
  proc.stdout?.on('data', (chunk) => (log += chunk))
  proc.stderr?.on('data', (chunk) => (log += chunk))
  const exited = new Promise<number | null>((resolve) => proc.once('exit', (code) => resolve(code)))
  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 90_000
  for (;;) {
    if (proc.exitCode !== null) throw new Error(`server exited with ${proc.exitCode}:\n${log}`)
    try {
      const res = await fetch(`${url}/healthz`)
      if (res.ok) break
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      process.kill(-proc.pid!, 'SIGKILL')
      throw new Error(`server did not answer /healthz within 90 s:\n${log}`)
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  return {
    url,
    proc,
    output: () => log,
    exited,
    stop: async (signal = 'SIGTERM') => {
      // A process killed by a signal has no exit code, only the signal.
      if (proc.exitCode !== null || proc.signalCode !== null) return exited
      // SIGTERM and SIGINT shut the server down gracefully; SIGKILL goes to the whole group.
      if (signal === 'SIGKILL') process.kill(-proc.pid!, 'SIGKILL')
      else proc.kill(signal)
      return exited
    },
  }
}

/** A fresh database with the demo content and a production server on it. */
export async function startSeededServer(
  kind?: TestDatabaseKind,
  extra: Record<string, string> = {},
) {
  const db = await createTestDatabase(kind)
  const env = serverEnv(db.url, extra)
  const seeded = await runCli('seed', [], env)
  if (seeded.status !== 0)
    throw new Error(`npm run seed failed (${seeded.status}):\n${seeded.stderr}`)
  const server = await startServerProcess(env)
  return {
    db,
    env,
    server,
    close: async () => {
      await server.stop('SIGKILL')
      await db.drop()
    },
  }
}
