/**
 * npm run bench [-- --quick] [--scale N] [--seconds S] [--database sqlite|postgres]
 *                  [--scenario NAME …] [--keep DIR | --from DIR] [--profile] [--heap MB]
 *
 * For each database (SQLite; PostgreSQL too when TEST_POSTGRES_URL is set): a fresh database
 * with the demo content, 10,000 imported Hyperactive events (timed) and the rest of the
 * dataset (bench/dataset.ts); the production build (dist/start.mjs, as `npm start` runs it)
 * started as its own process (timed until /readyz answers); the baseline server
 * (bench/baseline.ts) beside it, and the variants some rows ask for (bench/servers.ts: plain
 * Payload, two processes with Redis); every scenario (bench/scenarios.ts) driven by autocannon over
 * loopback with 20 connections; the resident memory of the process that answered, after each
 * scenario and at the end. Prints one table per database and writes bench/results/latest.json
 * and latest.md. No figure is asserted: compare ratios.
 *
 * For finding where the time goes: `--scenario` runs only the named scenarios (and the
 * baseline); `--keep DIR` leaves the SQLite dataset, as generated, in DIR and `--from DIR` runs
 * on a copy of it without regenerating; `--profile` starts the server with `node --cpu-prof`
 * and writes its profile to bench/results/profiles (read it with `npx tsx
 * bench/profile-summary.ts FILE`, or open it in Chrome's DevTools). `--heap MB` starts the server with V8's old-space limit
 * (`--max-old-space-size`), to see what memory it needs and what a limit costs in speed.
 */
import { type ChildProcess, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import autocannon from 'autocannon'

import { buildNeeded } from '../scripts/build-state.mjs'
import { projectRoot } from '../src/paths.js'
import { type AdminImport, measureAdminImport } from './adminImport.js'
import { editEvery } from './edits.js'
import { generateHyperactiveEvents } from './fixtures/hyperactiveEvents.js'
import { type Fixture, proposal, SCENARIOS, type Scenario } from './scenarios.js'
import {
  freePort,
  residentMb,
  residentMbEach,
  start,
  startRedis,
  startServer,
  VARIANTS,
  type VariantName,
  waitFor,
} from './servers.js'

const USAGE =
  'usage: npm run bench -- [--quick] [--scale N] [--seconds S] [--database sqlite|postgres]\n' +
  '                        [--scenario NAME …] [--keep DIR | --from DIR] [--profile] [--heap MB]'

function options() {
  try {
    const { values } = parseArgs({
      options: {
        quick: { type: 'boolean', default: false },
        scale: { type: 'string' },
        seconds: { type: 'string' },
        database: { type: 'string', multiple: true },
        scenario: { type: 'string', multiple: true },
        keep: { type: 'string' },
        from: { type: 'string' },
        profile: { type: 'boolean', default: false },
        heap: { type: 'string' },
      },
      strict: true,
    })
    const quick = values.quick === true
    const scale = Number(values.scale ?? (quick ? 0.02 : 1))
    const seconds = Number(values.seconds ?? (quick ? 2 : 15))
    if (!(scale > 0)) throw new Error(`--scale must be a positive number (got ${values.scale})`)
    if (!(seconds >= 1)) throw new Error(`--seconds must be at least 1 (got ${values.seconds})`)
    const databases = values.database ?? [
      'sqlite',
      ...(process.env.TEST_POSTGRES_URL ? ['postgres'] : []),
    ]
    for (const d of databases) {
      if (d !== 'sqlite' && d !== 'postgres') throw new Error(`--database ${d}: sqlite or postgres`)
      if (d === 'postgres' && !process.env.TEST_POSTGRES_URL) {
        throw new Error(
          '--database postgres needs TEST_POSTGRES_URL (a server it may create databases on)',
        )
      }
    }
    const known = SCENARIOS.map((sc) => sc.name)
    for (const name of values.scenario ?? []) {
      if (!known.includes(name)) throw new Error(`--scenario ${name}: one of ${known.join(', ')}`)
    }
    const heap = values.heap === undefined ? undefined : Number(values.heap)
    if (heap !== undefined && !(Number.isInteger(heap) && heap >= 64)) {
      throw new Error(`--heap must be a whole number of MB, at least 64 (got ${values.heap})`)
    }
    if (values.keep && values.from) throw new Error('--keep and --from exclude each other')
    if ((values.keep || values.from) && (databases.length !== 1 || databases[0] !== 'sqlite')) {
      throw new Error('--keep and --from work with --database sqlite only')
    }
    if (values.from && !fs.existsSync(path.join(values.from, 'dataset.json'))) {
      throw new Error(`--from ${values.from}: no dataset there (make one with --keep)`)
    }
    return {
      quick,
      scale,
      seconds,
      databases: databases as ('sqlite' | 'postgres')[],
      scenarios: values.scenario,
      keep: values.keep && path.resolve(values.keep),
      from: values.from && path.resolve(values.from),
      heap,
      profile: values.profile === true,
    }
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`)
    process.exit(2)
  }
}

const PROFILES = path.join(projectRoot, 'bench', 'results', 'profiles')
const log = (line: string) => process.stderr.write(`[bench] ${line}\n`)
const PASSWORD = 'bench-password-123'
const tsx = path.join(projectRoot, 'node_modules', '.bin', 'tsx')

function env(databaseUrl: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_OPTIONS: '--conditions=production --no-deprecation',
    NODE_ENV: 'production',
    DATABASE_URL: databaseUrl,
    PAYLOAD_SECRET: 'bench-secret-not-for-production',
    SEED_ADMIN_PASSWORD: PASSWORD,
    JOBS_AUTORUN: 'false',
    SUBMISSIONS_PER_HOUR: '100000000',
    ...extra,
  }
}

/** Runs a TypeScript script to completion; stops the benchmark with its output if it fails. */
function run(label: string, script: string, args: string[], environment: NodeJS.ProcessEnv) {
  const started = performance.now()
  const result = spawnSync(tsx, [script, ...args], {
    cwd: projectRoot,
    env: environment,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 * 1024 * 1024,
  })
  const seconds = (performance.now() - started) / 1000
  if (result.status !== 0) {
    throw new Error(`${label} failed (exit ${result.status}):\n${result.stdout.slice(-4000)}`)
  }
  return { seconds, stdout: result.stdout }
}

/** Resident memory of a process and its children, in MB (Linux /proc). */
type Row = {
  scenario: string
  title: string
  rps: number
  p50: number
  p99: number
  ratio: number | null
  errors: number
  /** What the errors were: timeouts, connection errors, statuses with the first answer. */
  problems: string[]
  requests: number
  /** Resident memory of the process that answered (the baseline's for its row), after it. */
  memoryMb: number | null
  /** The size of one answer, as checked before the run (uncompressed). */
  bytes: number
  /** What else the row needs to be read: submissions sent meanwhile, the ratio to the read alone. */
  notes: string[]
}

/** The lists an answer is made of: a REST list's `docs`, or each GraphQL connection's. */
function topLists(json: { docs?: unknown; data?: Record<string, unknown> }): unknown[][] {
  if (Array.isArray(json.docs)) return [json.docs]
  return Object.values(json.data ?? {})
    .map((v) => (v as { docs?: unknown } | null)?.docs)
    .filter((docs): docs is unknown[] => Array.isArray(docs))
}

/**
 * One request, checked, before a scenario is timed: an answer that is an error, a GraphQL error
 * list or an empty list would measure nothing and must fail the run instead of reading as fast.
 */
async function probe(scenario: Scenario, base: string, fixture: Fixture) {
  const n = sequence++
  const response = await fetch(base + scenario.path(n, fixture), {
    method: scenario.method ?? 'GET',
    headers: scenario.headers?.(fixture),
    body: scenario.body?.(n),
  })
  const body = await response.text()
  const fail = (why: string) => {
    throw new Error(`${scenario.name}: ${why}; the answer began: ${body.slice(0, 500)}`)
  }
  if (!response.ok) fail(`answered ${response.status}`)
  // Plain Payload has no cache in front of it; one answering from a cache measures nothing.
  if (scenario.variant?.name === 'vanilla' && response.headers.has('x-cache'))
    fail('plain Payload answered via a cache')
  if (scenario.expect && !body.includes(scenario.expect))
    fail(`no ${scenario.expect} in the answer`)
  if ((response.headers.get('content-type') ?? '').includes('json')) {
    const json = JSON.parse(body)
    if (json.errors) fail('the answer carries errors')
    if (topLists(json).some((docs) => docs.length === 0)) fail('a list in the answer is empty')
  }
  return body
}

/**
 * The baseline is only a yardstick if it does the same work: its documents must carry the same
 * fields as the app's REST list, and about as many bytes. Fails the run when they drift apart
 * (a field added to events and not to bench/baseline.ts).
 */
function sameShape(baseline: string, app: string, kind: string) {
  type Doc = Record<string, unknown>
  // The document's own keys, and those of the first populated place and organization.
  const shapes = (body: string) => {
    const docs = (JSON.parse(body) as { docs: Doc[] }).docs
    const first = (pick: (doc: Doc) => unknown[]) =>
      docs.flatMap(pick).find((v): v is Doc => typeof v === 'object' && v !== null) ?? {}
    return {
      event: Object.keys(docs[0] ?? {}),
      place: Object.keys(first((d) => [d.place])),
      organization: Object.keys(first((d) => (d.organizations as unknown[]) ?? [])),
    }
  }
  const [b, a] = [shapes(baseline), shapes(app)]
  for (const part of ['event', 'place', 'organization'] as const) {
    const missing = a[part].filter((k) => !b[part].includes(k))
    const extra = b[part].filter((k) => !a[part].includes(k))
    if (missing.length || extra.length) {
      throw new Error(
        `bench/baseline.ts no longer writes what GET /api/events writes (${part}): ` +
          `missing ${missing.join(', ') || 'nothing'}; extra ${extra.join(', ') || 'nothing'}`,
      )
    }
  }
  log(`${kind}: one list is ${app.length} bytes from the app, ${baseline.length} from the baseline`)
}

/** Request numbers are unique across the whole run (warm-ups too): no two proposals alike. */
let sequence = 0

/**
 * Sends a valid anonymous proposal `perSecond` times a second until the returned function is
 * called; that function waits for the last answers and gives each one's number and status.
 */
function submitEvery(base: string, perSecond: number) {
  const answered: { n: number; status: number }[] = []
  const pending = new Set<Promise<void>>()
  const timer = setInterval(() => {
    const n = sequence++
    const sent = fetch(`${base}/api/proposals`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: proposal(n),
    }).then(
      async (res) => {
        await res.arrayBuffer()
        answered.push({ n, status: res.status })
      },
      () => void answered.push({ n, status: 0 }),
    )
    pending.add(sent)
    void sent.finally(() => pending.delete(sent))
  }, 1000 / perSecond)
  return async () => {
    clearInterval(timer)
    await Promise.all(pending)
    return answered
  }
}

/**
 * Asks once for each page a scenario cycles over (`pages`), one at a time, with autocannon: the
 * same request headers as the measured run, so the same cache entries.
 */
async function visitEach(scenario: Scenario, base: string, fixture: Fixture) {
  const pages = scenario.pages?.(fixture) ?? 0
  if (pages === 0) return
  let next = 0
  await autocannon({
    url: base,
    connections: 1,
    amount: pages,
    requests: [
      {
        method: scenario.method ?? 'GET',
        headers: scenario.headers?.(fixture),
        setupRequest: (request) => ({ ...request, path: scenario.path(next++, fixture) }),
      },
    ],
  })
}

async function drive(
  scenario: Scenario,
  base: string,
  fixture: Fixture,
  seconds: number,
  created?: Set<number>,
) {
  const failures = new Map<number, { count: number; path: string; body: string }>()
  const result = await autocannon({
    url: base,
    connections: 20,
    duration: seconds,
    requests: [
      {
        method: scenario.method ?? 'GET',
        headers: scenario.headers?.(fixture),
        setupRequest: (request, context) => {
          const n = sequence++
          ;(context as { n?: number }).n = n
          return {
            ...request,
            path: scenario.path(n, fixture),
            ...(scenario.body ? { body: scenario.body(n) } : {}),
          }
        },
        onResponse: (status, body, context) => {
          const n = (context as { n: number }).n
          if (status === 201) created?.add(n)
          if (status >= 300) {
            const seen = failures.get(status)
            if (seen) seen.count++
            else failures.set(status, { count: 1, path: scenario.path(n, fixture), body })
          }
        },
      },
    ],
  })
  // autocannon counts timeouts among its errors; answers other than 2xx are counted apart.
  const problems = [
    result.timeouts > 0 ? `${result.timeouts} timed out (no answer in 10 s)` : '',
    result.errors > result.timeouts ? `${result.errors - result.timeouts} connection errors` : '',
    ...[...failures].map(
      ([status, f]) => `${f.count} × ${status} (first: ${f.path} → ${f.body.slice(0, 300)})`,
    ),
  ].filter(Boolean)
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
    problems,
    requests: result.requests.total,
  }
}

/** The SQLite dataset (the database and its write-ahead log) copied from one folder to another. */
function copyDataset(from: string, to: string) {
  fs.mkdirSync(to, { recursive: true })
  for (const name of ['bench.db', 'bench.db-wal']) {
    fs.rmSync(path.join(to, name), { force: true })
    if (fs.existsSync(path.join(from, name)))
      fs.copyFileSync(path.join(from, name), path.join(to, name))
  }
  fs.rmSync(path.join(to, 'bench.db-shm'), { force: true })
}

async function createDatabase(kind: 'sqlite' | 'postgres') {
  if (kind === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dualpower-bench-'))
    return {
      dir,
      url: `file:${path.join(dir, 'bench.db')}`,
      drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
    }
  }
  const { default: pg } = await import('pg')
  const admin = process.env.TEST_POSTGRES_URL!
  const name = `dualpower_bench_${process.pid}`
  const client = new pg.Client({ connectionString: admin })
  await client.connect()
  await client.query(`DROP DATABASE IF EXISTS ${name}`)
  await client.query(`CREATE DATABASE ${name}`)
  await client.end()
  const url = new URL(admin)
  url.pathname = `/${name}`
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: admin })
      await c.connect()
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      await c.end()
    },
  }
}

type Dataset = {
  gathering: Fixture['gathering']
  slugs: string[]
  counts: Record<string, number>
  importedEvents: number
  importSeconds: number
}

/** Seeds, imports the Hyperactive events (timed) and generates the rest of the dataset. */
function generate(
  kind: string,
  o: ReturnType<typeof options>,
  environment: NodeJS.ProcessEnv,
): Dataset {
  log(`${kind}: seeding the demo content`)
  run('npm run seed', path.join('src', 'cli', 'seed.ts'), [], environment)
  const count = Math.max(50, Math.round(10_000 * o.scale))
  const file = path.join(os.tmpdir(), `dualpower-bench-${process.pid}.xml`)
  fs.writeFileSync(file, generateHyperactiveEvents(count))
  log(`${kind}: importing ${count} Hyperactive events`)
  const imported = run(
    'import:hyperactive',
    path.join('src', 'cli', 'import-hyperactive.ts'),
    [file],
    environment,
  )
  fs.rmSync(file, { force: true })
  log(`${kind}: imported in ${imported.seconds.toFixed(1)} s; generating the rest of the dataset`)
  const fixtureFile = path.join(os.tmpdir(), `dualpower-bench-${process.pid}.json`)
  run(
    'bench/dataset.ts',
    path.join('bench', 'dataset.ts'),
    [fixtureFile, String(o.scale)],
    environment,
  )
  const data = JSON.parse(fs.readFileSync(fixtureFile, 'utf8'))
  fs.rmSync(fixtureFile, { force: true })
  return { ...data, importedEvents: count, importSeconds: imported.seconds }
}

async function benchDatabase(kind: 'sqlite' | 'postgres', o: ReturnType<typeof options>) {
  // Every run works on a database of its own: a kept dataset is copied in (the scenarios write
  // to it: 800 proposals a run from the same addresses would soon meet the limit per email).
  const db = await createDatabase(kind)
  if (o.from && db.dir) copyDataset(o.from, db.dir)
  const environment = env(db.url)
  const processes: ChildProcess[] = []
  const stops: (() => void)[] = []
  try {
    let data: Dataset
    if (o.from) {
      data = JSON.parse(fs.readFileSync(path.join(o.from, 'dataset.json'), 'utf8'))
      log(`${kind}: the dataset kept in ${o.from} (${data.importedEvents} imported events)`)
    } else {
      data = generate(kind, o, environment)
      if (o.keep && db.dir) {
        // As generated, before any scenario writes to it.
        copyDataset(db.dir, o.keep)
        fs.writeFileSync(path.join(o.keep, 'dataset.json'), JSON.stringify(data))
        log(`${kind}: dataset kept in ${o.keep} (run again with --from ${o.keep})`)
      }
    }

    const server = await startServer(environment, [
      ...(o.profile ? ['--cpu-prof', `--cpu-prof-dir=${PROFILES}`] : []),
      ...(o.heap ? [`--max-old-space-size=${o.heap}`] : []),
    ])
    processes.push(server.proc)
    const base = server.url
    const ready = server.seconds
    // The server's own account of its start (src/server.ts logs where the time went).
    const startPhases = /started in [^"\u001b]*/.exec(server.output())?.[0] ?? null
    const readyMemoryMb = residentMb(server.proc.pid!)
    log(`${kind}: server ready in ${ready.toFixed(2)} s (${startPhases ?? 'no start line'})`)
    const baselinePort = await freePort()
    const baseline = start(['--import', 'tsx', 'bench/baseline.ts'], {
      ...environment,
      PORT: String(baselinePort),
      NODE_OPTIONS: '',
    })
    processes.push(baseline.proc)
    await waitFor(`http://127.0.0.1:${baselinePort}/healthz`, baseline.proc, baseline.output)

    const chosen = SCENARIOS.filter(
      (sc) => sc.baseline || !o.scenarios || o.scenarios.includes(sc.name),
    )
    // Each variant the chosen scenarios ask for, started once after the app, so that two never
    // prepare the database at once.
    const variants = new Map<VariantName, { url: string; proc: ChildProcess; notes: string[] }>()
    for (const name of new Set(chosen.flatMap((sc) => (sc.variant ? [sc.variant.name] : [])))) {
      const notes: string[] = []
      let redisUrl: string | null = null
      if (VARIANTS[name].redis) {
        const redis = await startRedis()
        if (redis) {
          stops.push(redis.stop)
          redisUrl = redis.url
        } else notes.push('without REDIS_URL (no redis-server here)')
      }
      const started = await startServer({
        ...environment,
        ...VARIANTS[name].env,
        ...(redisUrl ? { REDIS_URL: redisUrl } : {}),
      })
      processes.push(started.proc)
      variants.set(name, { url: started.url, proc: started.proc, notes })
    }

    const login = await fetch(`${base}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'organizer@example.org', password: PASSWORD }),
    })
    if (!login.ok) throw new Error(`organizer login answered ${login.status}`)
    const fixture: Fixture = {
      gathering: data.gathering,
      slugs: data.slugs,
      organizerToken: ((await login.json()) as { token: string }).token,
    }
    /** Titles of the benchmark's stored proposals. */
    const storedProposals = async () =>
      new Set(
        (
          (await (
            await fetch(
              `${base}/api/proposals?where[title][like]=Bench%20proposal&limit=1000000&depth=0&select[title]=true`,
              { headers: { authorization: `JWT ${fixture.organizerToken}` } },
            )
          ).json()) as { docs: { title: string }[] }
        ).docs.map((d) => d.title),
      )

    const rows: Row[] = []
    let baselineRps = 0
    let baselineAnswer = ''
    let lost: number | null = null
    for (const scenario of chosen) {
      const variant = scenario.variant ? variants.get(scenario.variant.name)! : null
      const target = scenario.baseline ? `http://127.0.0.1:${baselinePort}` : (variant?.url ?? base)
      const answer = await probe(scenario, target, fixture)
      if (scenario.baseline) baselineAnswer = answer
      if (scenario.name === 'rest-list') sameShape(baselineAnswer, answer, kind)
      // Each of a cycled set of pages once, then a short warm-up (JIT, connection pools); neither
      // is counted.
      await visitEach(scenario, target, fixture)
      await drive(scenario, target, fixture, 1)
      const created = new Set<number>()
      const stopWrites = scenario.writes ? submitEvery(target, scenario.writes.perSecond) : null
      const stopEdits = scenario.edits
        ? await editEvery(target, fixture, scenario.edits.perSecond)
        : null
      const r = await drive(scenario, target, fixture, o.seconds, created)
      const notes: string[] = []
      if (stopEdits) {
        // Every edit must be saved, or the row measured pages that were never invalidated.
        const edited = await stopEdits()
        if (edited.saved < edited.sent) {
          r.errors += edited.sent - edited.saved
          r.problems.push(
            `${edited.sent - edited.saved} of ${edited.sent} edits not saved (first: ${edited.firstFailure})`,
          )
        }
        notes.push(`${edited.sent} edits, ${edited.saved} saved`)
      }
      if (stopWrites) {
        // Every submission must be answered 201 and stored, as in submit-proposal.
        const answered = await stopWrites()
        const accepted = answered.filter((a) => a.status === 201)
        const stored = await storedProposals()
        const missing = accepted.filter((a) => !stored.has(`Bench proposal ${a.n}`)).length
        lost = (lost ?? 0) + missing
        const refused = answered.length - accepted.length
        if (refused > 0) {
          r.errors += refused
          r.problems.push(
            `${refused} of ${answered.length} proposals not answered 201 (first: ${answered.find((a) => a.status !== 201)?.status})`,
          )
        }
        notes.push(`${answered.length} proposals, ${accepted.length} × 201, ${missing} not stored`)
        const alone = rows.find((row) => row.scenario === scenario.writes!.alone)
        if (alone) notes.push(`${(r.rps / alone.rps).toFixed(2)}× ${alone.scenario} alone`)
      }
      if (scenario.variant) {
        const peer = rows.find((row) => row.scenario === scenario.variant!.peerOf)
        // Plain Payload is the peer's yardstick; another setting is measured against the peer.
        if (peer && scenario.variant.name === 'vanilla')
          notes.push(`${peer.scenario} is ${(peer.rps / r.rps).toFixed(1)}× this`)
        else if (peer) notes.push(`${(r.rps / peer.rps).toFixed(2)}× ${peer.scenario}`)
        notes.push(...variant!.notes)
        const each = residentMbEach(variant!.proc.pid!)
        if (each.length > 1) notes.push(`MB per process: ${each.join(', ')}`)
      }
      if (scenario.method === 'POST' && scenario.path(0, fixture) === '/api/proposals') {
        // Every proposal answered 201 must be stored, exactly under its title.
        const stored = await storedProposals()
        const missing = [...created].filter((n) => !stored.has(`Bench proposal ${n}`)).length
        lost = (lost ?? 0) + missing
        log(`${kind}: ${created.size} proposals answered 201, ${missing} of them not stored`)
      }
      if (scenario.baseline) baselineRps = r.rps
      rows.push({
        scenario: scenario.name,
        title: scenario.title,
        ...r,
        ratio: baselineRps > 0 ? r.rps / baselineRps : null,
        bytes: Buffer.byteLength(answer),
        notes,
        memoryMb: residentMb(
          (scenario.baseline ? baseline.proc : (variant?.proc ?? server.proc)).pid!,
        ),
      })
      log(
        `${kind}: ${scenario.name} ${r.rps.toFixed(0)} req/s, p99 ${r.p99} ms, ${r.errors} errors, ${rows.at(-1)!.memoryMb ?? '?'} MB`,
      )
      for (const problem of r.problems) log(`  ${problem}`)
    }
    const memoryMb = residentMb(server.proc.pid!)
    // After the rows and their memory figure: it runs in a worker process, but adds events.
    log(`${kind}: admin import of ${data.importedEvents} events, /readyz and saves alongside`)
    const adminImport = await measureAdminImport(base, fixture.organizerToken, data.importedEvents)
    log(
      `${kind}: admin import ${adminImport.status} in ${adminImport.seconds.toFixed(1)} s; /readyz at most ${adminImport.readyz.maxMs} ms`,
    )
    if (o.profile) {
      // node writes the profile when the process exits: stop the server the normal way.
      const exited = new Promise((resolve) => server.proc.once('exit', resolve))
      server.proc.kill('SIGTERM')
      await exited
      // CPU.<date>.<time>.<pid>.<thread>.<n>.cpuprofile: thread 0 is the main thread (the
      // others are tsx's module loader).
      const main = fs
        .readdirSync(PROFILES)
        .find((f) => f.includes(`.${server.proc.pid}.0.`) && f.endsWith('.cpuprofile'))
      const newest = main ? path.join(PROFILES, main) : '(not written)'
      log(`${kind}: CPU profile of the server: ${newest}`)
    }
    return {
      database: kind,
      scale: o.scale,
      seconds: o.seconds,
      dataset: data.counts,
      // A reused dataset was not imported in this run: no import time to report.
      importSeconds: o.from ? null : data.importSeconds,
      importedEvents: data.importedEvents,
      readySeconds: ready,
      startPhases,
      readyMemoryMb,
      memoryMb,
      heapMb: o.heap ?? null,
      proposalsLost: lost,
      adminImport,
      rows,
    }
  } finally {
    for (const p of processes) p.kill('SIGKILL')
    for (const stop of stops) stop()
    await db.drop()
  }
}

function adminImportLine(a: AdminImport) {
  return (
    `- admin import of ${a.events} events in its worker process: ${a.status} in ${a.seconds.toFixed(1)} s; ` +
    `/readyz during it: ${a.readyz.probes} probes, slowest ${a.readyz.maxMs} ms, ${a.readyz.failed} failed; ` +
    `an organizer's saves during it: ${a.saves.saved} of ${a.saves.sent} saved, slowest ${a.saves.maxMs} ms` +
    (a.saves.firstFailure ? ` (first failure: ${a.saves.firstFailure})` : '')
  )
}

function table(result: Awaited<ReturnType<typeof benchDatabase>>) {
  const lines = [
    `### ${result.database} (scale ${result.scale}, ${result.seconds} s per scenario, 20 connections${result.heapMb ? `, server heap limited to ${result.heapMb} MB` : ''})`,
    '',
    '| scenario | requests/s | p50 ms | p99 ms | × baseline | errors | MB after | bytes | notes |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    ...result.rows.map(
      (r) =>
        `| ${r.scenario} | ${r.rps.toFixed(0)} | ${r.p50} | ${r.p99} | ${r.ratio === null ? '' : r.ratio.toFixed(2)} | ${r.errors} | ${r.memoryMb ?? '?'} | ${r.bytes} | ${r.notes.join('; ')} |`,
    ),
    '',
    `- import of ${result.importedEvents} Hyperactive events: ${result.importSeconds === null ? 'not run (--from)' : `${result.importSeconds.toFixed(1)} s`}`,
    adminImportLine(result.adminImport),
    `- start of the built server until /readyz answers: ${result.readySeconds.toFixed(2)} s${result.startPhases ? ` (the server: ${result.startPhases})` : ''}`,
    `- resident memory of the server after the run: ${result.memoryMb ?? '?'} MB (when ready, before any request: ${result.readyMemoryMb ?? '?'} MB)`,
    `- proposals answered 201 but not stored: ${result.proposalsLost ?? '?'}`,
    `- dataset: ${Object.entries(result.dataset)
      .map(([k, v]) => `${v} ${k}`)
      .join(', ')}`,
  ]
  return lines.join('\n')
}

const o = options()
const reason = buildNeeded()
if (reason) {
  log(`building the production server first (${reason})`)
  const built = spawnSync('npm', ['run', 'build'], { cwd: projectRoot, stdio: 'inherit' })
  if (built.status !== 0) process.exit(built.status ?? 1)
}
const results = []
for (const kind of o.databases) results.push(await benchDatabase(kind, o))
const markdown = [
  `# Benchmark ${new Date().toISOString()}`,
  '',
  `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, Node ${process.version}${o.quick ? ' (quick mode: figures are not stable)' : ''}`,
  '',
  ...results.map(table),
  '',
].join('\n')
fs.mkdirSync(path.join(projectRoot, 'bench', 'results'), { recursive: true })
fs.writeFileSync(
  path.join(projectRoot, 'bench', 'results', 'latest.json'),
  JSON.stringify(results, null, 2),
)
fs.writeFileSync(path.join(projectRoot, 'bench', 'results', 'latest.md'), markdown)
console.log(markdown)
// A figure measured with errors is not a figure: say which, and fail.
const problems = results.flatMap((r) => [
  ...r.rows
    .filter((row) => row.errors > 0)
    .map(
      (row) => `${r.database} ${row.scenario}: ${row.errors} errors: ${row.problems.join('; ')}`,
    ),
  ...(r.proposalsLost
    ? [`${r.database}: ${r.proposalsLost} proposals answered 201 but not stored`]
    : []),
])
if (problems.length > 0) {
  console.error(`[bench] failed:\n  ${problems.join('\n  ')}`)
  process.exit(1)
}
process.exit(0)
