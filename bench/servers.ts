/**
 * The processes a benchmark run starts and watches: the built server (alone, or as one of its
 * variants), a Redis for the variants that share state, and what each holds in memory.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { projectRoot } from '../src/paths.js'

/**
 * The same build and database started with other settings, each once per run and only when a
 * chosen scenario asks for it. A row of a variant notes how it compares with its peer's row.
 */
export const VARIANTS = {
  /** Plain Payload: no response or document cache, what a user of Payload alone gets. */
  vanilla: { env: { RESPONSE_CACHE: 'off' }, redis: false },
  /** Two server processes on the port sharing state through Redis, as docs/operators.md says. */
  'two-processes': { env: { WEB_CONCURRENCY: '2' }, redis: true },
} as const

export type VariantName = keyof typeof VARIANTS

export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const s = net.createServer()
    s.once('error', reject)
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo
      s.close(() => resolve(port))
    })
  })

export function start(args: string[], environment: NodeJS.ProcessEnv) {
  const proc = spawn(process.execPath, args, {
    cwd: projectRoot,
    env: environment,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  proc.stdout?.on('data', (c) => (output = (output + c).slice(-20_000)))
  proc.stderr?.on('data', (c) => (output = (output + c).slice(-20_000)))
  return { proc, output: () => output }
}

export async function waitFor(
  url: string,
  proc: ChildProcess,
  output: () => string,
  limitMs = 120_000,
) {
  const started = performance.now()
  for (;;) {
    if (proc.exitCode !== null) throw new Error(`${url}: the process exited:\n${output()}`)
    try {
      if ((await fetch(url)).ok) return (performance.now() - started) / 1000
    } catch {
      // not listening yet
    }
    if (performance.now() - started > limitMs)
      throw new Error(`${url} did not answer:\n${output()}`)
    await new Promise((r) => setTimeout(r, 25))
  }
}

/** The built server, as `npm start` runs it, on a free port. */
export async function startServer(environment: NodeJS.ProcessEnv, nodeArgs: string[] = []) {
  const port = await freePort()
  const started = start(
    ['--conditions=production', '--no-deprecation', ...nodeArgs, 'dist/start.mjs'],
    { ...environment, PORT: String(port), NODE_OPTIONS: '' },
  )
  const url = `http://127.0.0.1:${port}`
  const seconds = await waitFor(`${url}/readyz`, started.proc, started.output)
  return { url, proc: started.proc, output: started.output, seconds }
}

/**
 * Debian's redis-server on a free port, holding nothing on disk; null when it is not installed
 * (the variant then runs without REDIS_URL, and says so).
 */
export async function startRedis() {
  const binary = process.env.REDIS_SERVER ?? 'redis-server'
  if (spawnSync(binary, ['--version']).status !== 0) return null
  const port = await freePort()
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dualpower-bench-redis-'))
  const proc = spawn(
    binary,
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { cwd: dir, stdio: 'ignore' },
  )
  const deadline = Date.now() + 10_000
  while (!(await answers(port))) {
    if (proc.exitCode !== null || Date.now() > deadline)
      throw new Error(`redis-server did not start on port ${port}`)
    await new Promise((r) => setTimeout(r, 50))
  }
  return {
    url: `redis://127.0.0.1:${port}`,
    proc,
    stop: () => {
      proc.kill('SIGKILL')
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}

const answers = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect(port, '127.0.0.1')
    socket.once('connect', () => socket.end(() => resolve(true)))
    socket.once('error', () => resolve(false))
  })

/** Resident memory of a process and each of its descendants, in MB, the process first. */
export function residentMbEach(pid: number): number[] {
  const children = new Map<number, number[]>()
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    const stat = safeRead(`/proc/${entry}/stat`)
    const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
    if (!children.has(parent)) children.set(parent, [])
    children.get(parent)!.push(Number(entry))
  }
  const each: number[] = []
  const visit = (p: number) => {
    const kb = Number(/VmRSS:\s+(\d+)/.exec(safeRead(`/proc/${p}/status`))?.[1] ?? 0)
    if (kb > 0) each.push(Math.round(kb / 1024))
    for (const c of children.get(p) ?? []) visit(c)
  }
  visit(pid)
  return each
}

/** Resident memory of a process and its descendants together, in MB. */
export function residentMb(pid: number): number | null {
  const each = residentMbEach(pid)
  return each.length > 0 ? each.reduce((a, b) => a + b, 0) : null
}

function safeRead(file: string) {
  try {
    return fs.readFileSync(file, 'utf8')
  } catch {
    return ''
  }
}
