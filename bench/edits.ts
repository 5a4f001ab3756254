/**
 * An organizer editing while a scenario is timed: the events of the pages it reads, in turn,
 * `perSecond` times a second. Each edit changes the events' version, so every cached page and
 * every root field that read events is read afresh on its next visit.
 */
import type { Fixture } from './scenarios.js'

export type Edited = { sent: number; saved: number; firstFailure?: string }

/** The ids of the fixture's events, by slug, asked as the organizer. */
async function eventIds(base: string, fixture: Fixture): Promise<string[]> {
  const slugs = fixture.slugs.map((slug) => `where[slug][in]=${encodeURIComponent(slug)}`)
  const res = await fetch(
    `${base}/api/events?${slugs.join('&')}&limit=${fixture.slugs.length}&depth=0&select[slug]=true`,
    { headers: { authorization: `JWT ${fixture.organizerToken}` } },
  )
  if (!res.ok) throw new Error(`the events to edit: GET /api/events answered ${res.status}`)
  const { docs } = (await res.json()) as { docs: { id: string }[] }
  if (docs.length === 0) throw new Error('the events to edit: none of the fixture slugs found')
  return docs.map((doc) => doc.id)
}

/** Starts editing; the returned function stops, waits for the last answers and counts them. */
export async function editEvery(base: string, fixture: Fixture, perSecond: number) {
  const ids = await eventIds(base, fixture)
  const pending = new Set<Promise<void>>()
  const done: Edited = { sent: 0, saved: 0 }
  const timer = setInterval(() => {
    const n = done.sent++
    const sent = fetch(`${base}/api/events/${ids[n % ids.length]}?depth=0`, {
      method: 'PATCH',
      headers: {
        'content-type': 'application/json',
        authorization: `JWT ${fixture.organizerToken}`,
      },
      body: JSON.stringify({ title: `Edited by the benchmark (${n})` }),
    }).then(
      async (res) => {
        const body = await res.text()
        if (res.status === 200) done.saved++
        else done.firstFailure ??= `${res.status}: ${body.slice(0, 200)}`
      },
      (error: Error) => void (done.firstFailure ??= error.message),
    )
    pending.add(sent)
    void sent.finally(() => pending.delete(sent))
  }, 1000 / perSecond)
  return async (): Promise<Edited> => {
    clearInterval(timer)
    await Promise.all(pending)
    return done
  }
}
