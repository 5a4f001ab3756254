/**
 * The admin import as an organizer starts it (`Prefer: respond-async`), timed until its run is
 * over, while the site is asked what it is asked during an import: /readyz ten times a second
 * (as a load balancer would), and an organizer's save once a second (a post). Reports the
 * import's time, the slowest /readyz and the saves, each of which must be answered 201.
 */
import { generateHyperactiveEvents } from './fixtures/hyperactiveEvents.js'

export type AdminImport = {
  events: number
  seconds: number
  status: string
  readyz: { probes: number; maxMs: number; failed: number }
  saves: { sent: number; saved: number; maxMs: number; firstFailure: string | null }
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Runs `task` every `everyMs` until `stop` says so, timing each. */
async function every(
  everyMs: number,
  stop: () => boolean,
  task: () => Promise<boolean>,
): Promise<{ count: number; ok: number; maxMs: number; firstFailure: string | null }> {
  const tally = { count: 0, ok: 0, maxMs: 0, firstFailure: null as string | null }
  while (!stop()) {
    const started = performance.now()
    try {
      if (await task()) tally.ok++
    } catch (error) {
      tally.firstFailure ??= (error as Error).message
    }
    const ms = performance.now() - started
    tally.count++
    tally.maxMs = Math.max(tally.maxMs, Math.round(ms))
    await wait(Math.max(0, everyMs - ms))
  }
  return tally
}

export async function measureAdminImport(
  base: string,
  token: string,
  count: number,
): Promise<AdminImport> {
  const auth = { authorization: `JWT ${token}` }
  // Ids of their own: these events are new to the dataset.
  const xml = generateHyperactiveEvents(count, 5_000_000)
  const started = performance.now()
  const res = await fetch(`${base}/api/events/import-hyperactive?file=bench-admin.xml`, {
    method: 'POST',
    headers: { ...auth, 'content-type': 'application/xml', prefer: 'respond-async' },
    body: xml,
  })
  if (res.status !== 202) throw new Error(`the admin import answered ${res.status}`)
  const { id } = (await res.json()) as { id: string }
  let status = 'queued'
  const over = () => ['done', 'failed', 'cancelled'].includes(status)
  const follow = (async () => {
    while (!over()) {
      await wait(250)
      const run = await fetch(`${base}/api/hyperactive-import-runs/${id}?depth=0`, {
        headers: auth,
      })
      status = ((await run.json()) as { status: string }).status
    }
    return (performance.now() - started) / 1000
  })()
  let n = 0
  const [seconds, readyz, saves] = await Promise.all([
    follow,
    every(100, over, async () => (await fetch(`${base}/readyz`)).ok),
    every(1000, over, async () => {
      const save = await fetch(`${base}/api/posts`, {
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/json' },
        body: JSON.stringify({ title: `Saved during the bench import ${++n}` }),
      })
      if (save.status !== 201) throw new Error(`a save answered ${save.status}`)
      return true
    }),
  ])
  return {
    events: count,
    seconds,
    status,
    readyz: { probes: readyz.count, maxMs: readyz.maxMs, failed: readyz.count - readyz.ok },
    saves: {
      sent: saves.count,
      saved: saves.ok,
      maxMs: saves.maxMs,
      firstFailure: saves.firstFailure,
    },
  }
}
