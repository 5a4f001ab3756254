/**
 * Imports as runs outside the request, through the real server and its worker processes: the
 * admin's asynchronous import and its progress, a cancel, the site's own writes answered while
 * an import writes, one import at a time (the command line included), a file with many bad
 * records, a worker killed mid-run, and a server stopped with its import.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'

import { generateHyperactiveEvents } from '../../bench/fixtures/hyperactiveEvents.js'
import { paragraphs } from '../../plugins/shared/richText.js'
import { type ApiClient, apiClient, type Json } from '../helpers/api.js'
import { sqlElsewhere, type TestDatabase } from '../helpers/database.js'
import {
  runCli,
  type ServerProcess,
  startSeededServer,
  startServerProcess,
} from '../helpers/server.js'

let server: ServerProcess
let close: () => Promise<void>
let db: TestDatabase
let env: NodeJS.ProcessEnv
let client: ApiClient
let tmp: string

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const RUNS = '/api/hyperactive-import-runs'

/** Starts an import as the admin form does: 202 and the run. */
async function startImport(xml: string, file: string, dryRun = false) {
  const res = await fetch(
    `${server.url}/api/events/import-hyperactive?file=${file}&dryRun=${dryRun}`,
    {
      method: 'POST',
      headers: {
        'Content-Type': 'application/xml',
        Prefer: 'respond-async',
        Authorization: client.authorization('organizer'),
      },
      body: xml,
    },
  )
  return {
    status: res.status,
    location: res.headers.get('location'),
    body: (await res.json()) as Json,
  }
}

const readRun = async (id: string) => (await client.call('organizer', `${RUNS}/${id}`)).body

/** Reads the run until `until` holds of it (at most 90 s). */
async function runUntil(id: string, until: (run: Json) => boolean): Promise<Json> {
  const deadline = Date.now() + 90_000
  for (;;) {
    const run = await readRun(id)
    if (until(run)) return run
    if (Date.now() > deadline) throw new Error(`run ${id} stayed ${JSON.stringify(run)}`)
    await wait(200)
  }
}
const over = (run: Json) => ['done', 'failed', 'cancelled'].includes(run.status as string)

/** How many events have feed ids in [first, first + count). */
async function importedCount(first: number, count: number) {
  const where = `where[feedId][greater_than_equal]=${first}&where[feedId][less_than]=${first + count}`
  return (await client.call('admin', `/api/events/count?${where}`)).body.totalDocs as number
}

beforeAll(async () => {
  ;({ server, close, env, db } = await startSeededServer())
  client = apiClient(server.url)
  await client.login('admin')
  await client.login('organizer')
  await client.login('moderator')
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'import-runs-'))
}, 180_000)

afterAll(async () => {
  await server?.stop('SIGKILL')
  await close?.()
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true })
})

describe('an admin import runs on its own', () => {
  test('202 with the run; its progress is readable; it ends done with the summary', async () => {
    const started = await startImport(generateHyperactiveEvents(40, 310_000), 'forty.xml')
    expect(started.status).toBe(202)
    expect(started.location).toBe(`/api/hyperactive-import-runs/${started.body.id}`)
    expect(started.body).toMatchObject({ file: 'forty.xml', status: 'queued', dryRun: false })
    expect(started.body).not.toHaveProperty('xml')
    const id = started.body.id as string
    const seen = new Set<string>()
    const run = await runUntil(id, (r) => {
      seen.add(r.status as string)
      return over(r)
    })
    expect(run).toMatchObject({ status: 'done', total: 40, done: 40, written: 40, failed: 0 })
    expect(run.summary).toMatchObject({ events: 40, created: 40, failed: [], cancelled: false })
    expect(run.finishedAt).toEqual(expect.any(String))
    // The file is kept only until the run ends, and never served, not even to an admin.
    expect((await client.call('admin', `${RUNS}/${id}`)).body).not.toHaveProperty('xml')
    expect(await importedCount(310_000, 40)).toBe(40)
  }, 120_000)

  test('only organizers and admins read runs or cancel them; nobody writes them', async () => {
    const { docs } = (await client.call('organizer', `${RUNS}?limit=1`)).body as { docs: Json[] }
    const id = docs[0]!.id as string
    expect((await fetch(`${server.url}${RUNS}/${id}`)).status).toBe(403)
    expect((await client.call('moderator', `${RUNS}/${id}`)).status).toBe(403)
    const anonymousCancel = await fetch(`${server.url}${RUNS}/${id}/cancel`, { method: 'POST' })
    expect(anonymousCancel.status).toBe(401)
    const moderatorCancel = await client.call('moderator', `${RUNS}/${id}/cancel`, {
      method: 'POST',
    })
    expect(moderatorCancel.status).toBe(403)
    for (const [method, url] of [
      ['POST', RUNS],
      ['PATCH', `${RUNS}/${id}`],
    ] as const) {
      const res = await client.call('admin', url, {
        method,
        body: JSON.stringify({ status: 'done', file: 'forged.xml' }),
      })
      expect(res.status).toBe(403)
    }
    expect((await readRun(id)).file).not.toBe('forged.xml')
  })

  test('every bad record is listed with its id and line, and nothing is written', async () => {
    // Twelve records in the middle of the file name a state Hyperactive does not have.
    let bad = 0
    const xml = generateHyperactiveEvents(30, 320_000).replace(
      /<moderation-status>[^<]*<\/moderation-status>/g,
      (m, offset: number) => {
        if (offset < 100_000 || offset > 200_000) return m
        bad++
        return '<moderation-status>lost</moderation-status>'
      },
    )
    expect(bad).toBeGreaterThan(5)
    const started = await startImport(xml, 'bad.xml')
    expect(started).toMatchObject({ status: 202 })
    const run = await runUntil(started.body.id as string, over)
    expect(run.status).toBe('failed')
    const failed = (run.summary as { failed: { id: number; line: number; message: string }[] })
      .failed
    expect(failed).toHaveLength(bad)
    for (const f of failed) {
      expect(f.id).toBeGreaterThanOrEqual(320_000)
      expect(f.message).toMatch(/^line \d+: <moderation-status>: "lost" is not one of/)
    }
    expect(new Set(failed.map((f) => f.id)).size).toBe(bad)
    expect(run.failed).toBe(bad)
    expect(await importedCount(320_000, 30)).toBe(0)
  }, 120_000)
})

describe('while an import writes', () => {
  const FIRST = 330_000
  const COUNT = 3000
  let xml: string
  let id: string

  test('the site answers and its own writes get their turn', async () => {
    xml = generateHyperactiveEvents(COUNT, FIRST)
    const started = await startImport(xml, 'long.xml')
    expect(started.status).toBe(202)
    id = started.body.id as string
    await runUntil(id, (r) => r.status === 'writing')
    const titles: string[] = []
    for (let i = 0; i < 4; i++) {
      const ready = await fetch(`${server.url}/readyz`)
      expect(ready.status).toBe(200)
      const title = `Written during an import ${i}`
      const res = await client.call('organizer', '/api/posts', {
        method: 'POST',
        body: JSON.stringify({ title, body: paragraphs('Meanwhile.') }),
      })
      expect(res.status).toBe(201)
      titles.push(title)
    }
    const during = await readRun(id)
    expect(over(during)).toBe(false)
    const { docs } = (
      await client.call('admin', `/api/posts?where[title][like]=Written during an import&limit=10`)
    ).body as { docs: Json[] }
    expect(docs.map((d) => d.title).sort()).toEqual(titles)
  }, 120_000)

  test('a second import, from the admin or the command line, is refused while it runs', async () => {
    const second = await startImport(generateHyperactiveEvents(2, 340_000), 'second.xml')
    expect(second.status).toBe(409)
    expect((second.body.errors as Json[])[0]!.message).toMatch(
      /^Another import is running \(long\.xml: \d+ of 3000 events (checked|written)\)/,
    )
    const file = path.join(tmp, 'second.xml')
    fs.writeFileSync(file, generateHyperactiveEvents(2, 340_000))
    const cli = await runCli('import-hyperactive', [file], env)
    expect(cli.status).toBe(1)
    expect(cli.stderr).toMatch(/Another import is running \(long\.xml/)
    expect(await importedCount(340_000, 2)).toBe(0)
  }, 120_000)

  test('a cancel stops it between batches; what was written stays whole', async () => {
    const cancel = await client.call('organizer', `${RUNS}/${id}/cancel`, { method: 'POST' })
    expect(cancel.status).toBe(200)
    expect(cancel.body.cancelRequested).toBe(true)
    const run = await runUntil(id, over)
    expect(run.status).toBe('cancelled')
    const summary = run.summary as { written: number; created: number; cancelled: boolean }
    expect(summary.cancelled).toBe(true)
    expect(summary.written).toBeLessThan(COUNT)
    expect(summary.written).toBe(summary.created)
    expect(await importedCount(FIRST, COUNT)).toBe(summary.written)
  }, 120_000)

  test('importing the file again writes the rest and finds the written ones unchanged', async () => {
    const before = await importedCount(FIRST, COUNT)
    // The generator is deterministic: the file's first records and thirty after them.
    const again = await startImport(generateHyperactiveEvents(before + 30, FIRST), 'long.xml')
    const run = await runUntil(again.body.id as string, over)
    expect(run.status).toBe('done')
    expect(run.summary).toMatchObject({ created: 30, unchanged: before, updated: 0 })
    expect(await importedCount(FIRST, COUNT)).toBe(before + 30)
  }, 180_000)
})

describe('the command line', () => {
  test('its import is a run the admin sees', async () => {
    const file = path.join(tmp, 'cli.xml')
    fs.writeFileSync(file, generateHyperactiveEvents(5, 350_000))
    const cli = await runCli('import-hyperactive', [file], env)
    expect(cli.status).toBe(0)
    expect(cli.stderr).toMatch(/writing 5\/5 events, 5 written/)
    const { docs } = (await client.call('organizer', `${RUNS}?where[file][equals]=cli.xml`))
      .body as { docs: Json[] }
    expect(docs).toEqual([expect.objectContaining({ status: 'done', written: 5, total: 5 })])
  }, 120_000)
})

describe('a worker that dies', () => {
  test('leaves its run failed with the reason, what it wrote, and the way open', async () => {
    const started = await startImport(generateHyperactiveEvents(400, 360_000), 'killed.xml')
    const id = started.body.id as string
    await runUntil(id, (r) => r.status === 'writing' && (r.written as number) > 0)
    const pid = execFileSync('pgrep', ['-f', `import-worker.mjs ${id}`], { encoding: 'utf8' })
    process.kill(Number(pid.trim().split('\n')[0]), 'SIGKILL')
    const run = await runUntil(id, over)
    expect(run.status).toBe('failed')
    const summary = run.summary as { failed: { message: string }[]; written: number }
    expect(summary.failed[0]!.message).toMatch(/worker process ended \(SIGKILL\)/)
    expect(summary.written).toBeGreaterThan(0)
    const next = await startImport(generateHyperactiveEvents(1, 370_000), 'after.xml')
    expect(next.status).toBe(202)
    expect((await runUntil(next.body.id as string, over)).status).toBe('done')
  }, 180_000)
})

/** The pid of the worker process running the run, or null when there is none. */
const workerOf = (id: string) => {
  try {
    return execFileSync('pgrep', ['-f', `import-worker.mjs ${id}`], { encoding: 'utf8' }).trim()
  } catch {
    return null
  }
}

describe('a server that stops with its import', () => {
  test('leaves a run the next import ends, saying why, before it goes ahead', async () => {
    const started = await startImport(generateHyperactiveEvents(400, 380_000), 'orphaned.xml')
    const id = started.body.id as string
    await runUntil(id, (r) => r.status === 'writing' && (r.written as number) > 0)
    // The server and its worker go at once (one process group), as when a machine goes down.
    await server.stop('SIGKILL')
    for (let i = 0; i < 50 && workerOf(id) !== null; i++) await wait(100)
    expect(workerOf(id)).toBeNull()
    // More than a minute without word from it, without waiting a minute.
    await sqlElsewhere(db, 'UPDATE hyperactive_import_runs SET updated_at = $1 WHERE id = $2', [
      new Date(Date.now() - 120_000).toISOString(),
      id,
    ])
    server = await startServerProcess(env)
    client = apiClient(server.url)
    await client.login('organizer')
    const next = await startImport(generateHyperactiveEvents(1, 390_000), 'after-stop.xml')
    expect(next.status).toBe(202)
    const left = await readRun(id)
    expect(left.status).toBe('failed')
    const summary = left.summary as { failed: { message: string }[]; written: number }
    expect(summary.failed[0]!.message).toMatch(/no word .* for over 60 s: its server or worker/)
    expect(summary.written).toBeGreaterThan(0)
    expect((await runUntil(next.body.id as string, over)).status).toBe('done')
  }, 180_000)
})
