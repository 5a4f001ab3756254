import { LRUCache } from 'lru-cache'

/** One stored answer: what the app sent, byte for byte, with the headers that describe it. */
export type CachedResponse = {
  status: number
  headers: Record<string, string | string[]>
  body: Buffer
  /** Date.now() when it was stored (sent back as `Age`). */
  storedAt: number
}

/**
 * Where cached answers live. The default keeps them in this process; when several app
 * instances serve one database, give every instance the same shared store (Redis, Memcached…)
 * through `startServer({ cacheStore })`. Keys already carry the database's change token, so a
 * store never needs to be told about changes: an answer is found again only while nothing was
 * written.
 */
export interface ResponseCacheStore {
  get(key: string): Promise<CachedResponse | undefined> | CachedResponse | undefined
  set(key: string, value: CachedResponse, ttlMs: number): Promise<void> | void
  /** Frees what the store holds (connections, memory) on shutdown. */
  close?(): Promise<void> | void
  /**
   * Shared stores only: claims the making of `key`'s answer for every instance for at most
   * `ms`; the claim's token for the one that gets it, else null. `claimed` says whether someone
   * still holds it; `release` lets go of that claim (and of no later one) once the answer is
   * stored, or could not be.
   */
  claim?(key: string, ms: number): Promise<string | null>
  claimed?(key: string): Promise<boolean>
  release?(key: string, token: string): Promise<void>
}

/** Approximate bytes an entry costs: its body plus its headers. */
const entrySize = (value: CachedResponse) =>
  value.body.length + 64 + JSON.stringify(value.headers).length

/** The in-process default: least recently used answers go first once `maxBytes` is reached. */
export class MemoryResponseStore implements ResponseCacheStore {
  private readonly lru: LRUCache<string, CachedResponse>

  constructor(maxBytes: number) {
    this.lru = new LRUCache<string, CachedResponse>({
      maxSize: maxBytes,
      sizeCalculation: entrySize,
      // An answer bigger than a quarter of the cache would push out everything else.
      maxEntrySize: Math.max(1, Math.floor(maxBytes / 4)),
    })
  }

  get(key: string) {
    return this.lru.get(key)
  }

  set(key: string, value: CachedResponse, ttlMs: number) {
    this.lru.set(key, value, { ttl: ttlMs })
  }

  /** Entries and bytes held (for tests and logs). */
  get stats() {
    return { entries: this.lru.size, bytes: this.lru.calculatedSize }
  }

  close() {
    this.lru.clear()
  }
}

/** The promise's value, or undefined if it takes longer than `ms`. */
function within<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms)
  })
  return Promise.race([promise, late]).finally(() => clearTimeout(timer))
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** How often an instance waiting for another's answer looks for it in the shared store. */
const LOOK_EVERY_MS = 20

/**
 * Across the instances that share a store able to claim keys (Redis): the first to miss makes
 * the answer and the others wait for it in the store, as requests of one process wait for each
 * other (`answersInFlight`). Gives the answer made elsewhere, or the `release` the maker calls
 * once its answer is stored or found not shareable. If the other instance gives up, takes
 * longer than `waitMs`, or the store fails, the caller makes its own.
 */
export async function leadAcross(
  store: ResponseCacheStore,
  key: string,
  waitMs: number,
): Promise<{ made?: CachedResponse; release: () => Promise<void> }> {
  const none = { release: async () => {} }
  if (!store.claim || !store.claimed || !store.release) return none
  const { claimed, release } = store as Required<ResponseCacheStore>
  try {
    const token = await store.claim(key, waitMs)
    if (token !== null) {
      return { release: () => release.call(store, key, token).catch(() => {}) }
    }
    const deadline = Date.now() + waitMs
    while (Date.now() < deadline) {
      await sleep(LOOK_EVERY_MS)
      // The claim is read before the answer: a maker stores, then lets go, so an answer stored
      // just before the claim went is still found by the read after it.
      const held = await claimed.call(store, key)
      const made = await store.get(key)
      if (made) return { made, release: none.release }
      if (!held) break
    }
  } catch {
    // The store's trouble is reported where it is read; this answer is made here.
  }
  return none
}

/**
 * Answers being made, by key: when a burst asks for the same answer just after a change (or at
 * start), the first request makes it and the others wait for it instead of each making it again
 * (a feed of 300 sessions, 20 times over). Both cache layers use it (./middleware.ts,
 * ./graphql.ts).
 */
export function answersInFlight(waitMs: number) {
  const inflight = new Map<string, Promise<CachedResponse | undefined>>()
  return {
    /**
     * Nothing when nobody is making `key`'s answer (said at once, so that the caller can lead
     * before another request looks); otherwise that answer, if it comes within the wait and may
     * be shared, else undefined, and a stuck answer stops holding the key.
     */
    waitFor(key: string): Promise<CachedResponse | undefined> | undefined {
      const pending = inflight.get(key)
      if (!pending) return undefined
      return within(pending, waitMs).then((made) => {
        if (!made && inflight.get(key) === pending) inflight.delete(key)
        return made
      })
    },
    /**
     * Marks the caller as making `key`'s answer when nobody else is; returns what to call with
     * the answer (undefined when it may not be shared) once it is made.
     */
    lead(key: string): (entry: CachedResponse | undefined) => void {
      if (inflight.has(key)) return () => {}
      let settle!: (entry: CachedResponse | undefined) => void
      const made = new Promise<CachedResponse | undefined>((resolve) => (settle = resolve))
      inflight.set(key, made)
      return (entry) => {
        if (inflight.get(key) === made) inflight.delete(key)
        settle(entry)
      }
    },
  }
}
