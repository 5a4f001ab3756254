/**
 * A PostgreSQL primary and a streaming read replica of it, each a cluster of its own in a temp
 * directory on free ports (Debian's server binaries: `initdb`, `pg_basebackup`, `pg_ctl`). The
 * replica's replay can be paused, so a test holds it behind the primary as long as it likes.
 * Under CI=true missing binaries fail the suite instead of skipping it.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'

import { freePort } from './server.js'

const binDir = () => {
  const root = '/usr/lib/postgresql'
  const version = fs.existsSync(root)
    ? fs
        .readdirSync(root)
        .filter((v) => fs.existsSync(path.join(root, v, 'bin', 'pg_basebackup')))
        .sort((a, b) => Number(b) - Number(a))[0]
    : undefined
  return version ? path.join(root, version, 'bin') : null
}

/** Whether a primary and replica can be made here; throws under CI=true when they cannot. */
export function pgReplicaAvailable(): boolean {
  const available = binDir() !== null && (process.getuid?.() !== 0 || userExists('postgres'))
  if (!available && process.env.CI === 'true') {
    throw new Error(
      'CI=true but PostgreSQL server binaries are missing: the replica suite cannot run',
    )
  }
  return available
}

const userExists = (name: string) => spawnSync('id', ['-u', name]).status === 0

export type PgReplicaPair = {
  /** postgres:// URLs of the primary's and the replica's `dualpower` database. */
  primary: string
  replica: string
  /** Holds the replica where it is: commits on the primary are received, not applied. */
  pauseReplay: () => Promise<void>
  resumeReplay: () => Promise<void>
  /** Waits until the replica has applied everything the primary has committed. */
  caughtUp: () => Promise<void>
  stop: () => Promise<void>
}

export async function startPgReplicaPair(): Promise<PgReplicaPair> {
  const bin = binDir()
  if (!bin) throw new Error('no PostgreSQL server binaries under /usr/lib/postgresql')
  // The server refuses to run as root: the clusters belong to the postgres user then.
  const asRoot = process.getuid?.() === 0
  const run = (command: string, args: string[]) =>
    execFileSync(
      asRoot ? 'runuser' : path.join(bin, command),
      asRoot ? ['-u', 'postgres', '--', path.join(bin, command), ...args] : args,
      { stdio: 'pipe', cwd: os.tmpdir() },
    )
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dualpower-replica-'))
  if (asRoot) execFileSync('chown', ['postgres:postgres', dir])
  const primaryDir = path.join(dir, 'primary')
  const replicaDir = path.join(dir, 'replica')
  const [primaryPort, replicaPort] = [await freePort(), await freePort()]
  // The server's output goes to a log file (-l): an inherited pipe would hold execFileSync.
  const serverOptions = (port: number) =>
    `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=${dir} -c fsync=off`
  const started: string[] = []
  const stop = async () => {
    for (const data of started.reverse()) {
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop'])
      } catch {
        // already gone
      }
    }
    fs.rmSync(dir, { recursive: true, force: true })
  }
  try {
    run('initdb', ['-D', primaryDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8'])
    run('pg_ctl', [
      '-D',
      primaryDir,
      '-l',
      `${primaryDir}.log`,
      '-o',
      serverOptions(primaryPort),
      '-w',
      'start',
    ])
    started.push(primaryDir)
    const primaryAdmin = `postgres://postgres@127.0.0.1:${primaryPort}/postgres`
    await query(primaryAdmin, 'CREATE DATABASE dualpower')
    run('pg_basebackup', [
      '-h',
      '127.0.0.1',
      '-p',
      String(primaryPort),
      '-U',
      'postgres',
      '-D',
      replicaDir,
      '-R',
      '-X',
      'stream',
      // A checkpoint now, not spread over minutes.
      '-c',
      'fast',
    ])
    run('pg_ctl', [
      '-D',
      replicaDir,
      '-l',
      `${replicaDir}.log`,
      '-o',
      serverOptions(replicaPort),
      '-w',
      'start',
    ])
    started.push(replicaDir)
  } catch (error) {
    await stop()
    const stderr = (error as { stderr?: Buffer }).stderr?.toString() ?? ''
    throw new Error(`could not start a primary and replica: ${(error as Error).message}\n${stderr}`)
  }
  const primary = `postgres://postgres@127.0.0.1:${primaryPort}/dualpower`
  const replica = `postgres://postgres@127.0.0.1:${replicaPort}/dualpower`
  const replicaAdmin = `postgres://postgres@127.0.0.1:${replicaPort}/postgres`
  return {
    primary,
    replica,
    pauseReplay: () => query(replicaAdmin, 'SELECT pg_wal_replay_pause()').then(() => undefined),
    resumeReplay: () => query(replicaAdmin, 'SELECT pg_wal_replay_resume()').then(() => undefined),
    caughtUp: async () => {
      const [row] = await query(primary, 'SELECT pg_current_wal_lsn()::text AS lsn')
      for (let i = 0; i < 200; i++) {
        const [at] = await query(
          replicaAdmin,
          `SELECT pg_last_wal_replay_lsn() >= '${String(row?.lsn)}'::pg_lsn AS done`,
        )
        if (at?.done) return
        await new Promise((r) => setTimeout(r, 50))
      }
      throw new Error('the replica did not catch up with the primary within 10 s')
    },
    stop,
  }
}

async function query(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return (await client.query(sql)).rows as Record<string, unknown>[]
  } finally {
    await client.end()
  }
}
