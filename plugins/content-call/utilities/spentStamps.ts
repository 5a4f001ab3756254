import { LRUCache } from 'lru-cache'

/** How long a rendered form may be sent: a stamp older than this is refused as stale. */
export const STAMP_MAX_AGE_MS = 24 * 60 * 60 * 1000

/**
 * Form stamps already used for a submission. A stamp is spent at its first use, so one render
 * of a form sends one submission, whatever path or client replays it. Kept until the stamp
 * would be stale anyway; the bound keeps a flood from growing the process.
 */
export interface SpentStamps {
  /** True the first time a stamp is spent, false when it was spent before. */
  spend(stamp: string): Promise<boolean>
}

export function memorySpentStamps(max = 200_000): SpentStamps {
  const spent = new LRUCache<string, true>({ max, ttl: STAMP_MAX_AGE_MS })
  return {
    spend: async (stamp) => {
      if (spent.has(stamp)) return false
      spent.set(stamp, true)
      return true
    },
  }
}

// One store per process, shared by the form actions and the Payload hooks.
let shared: SpentStamps | undefined

export const spentStamps = (): SpentStamps => (shared ??= memorySpentStamps())

/** Replaces the store, so that several instances share one (the app's REDIS_URL). */
export const setSpentStamps = (stamps: SpentStamps) => {
  shared = stamps
}
