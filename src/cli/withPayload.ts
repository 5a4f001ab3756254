import '../preflight.js'

import { getPayload, type Payload } from 'payload'

import { closeDatabase } from '../db.js'
import { closeKeyValueStore } from '../kv.js'
import config from '../payload.config.js'

/**
 * Boots Payload for a command-line task (no HTTP server, no cron), runs `task`, closes the
 * database and returns the exit code. Expected errors print one line, not a stack. Callers
 * `process.exit()` with it: a PostgreSQL pool can keep an idle process alive after destroy().
 */
export async function runWithPayload(task: (payload: Payload) => Promise<number | void>) {
  let payload: Payload | undefined
  try {
    payload = await getPayload({ config })
    return (await task(payload)) ?? 0
  } catch (error) {
    console.error(error)
    return 1
  } finally {
    if (payload) {
      await closeKeyValueStore(payload.kv)
      await closeDatabase(payload).catch((error: unknown) =>
        console.error('closing the database failed:', error),
      )
    }
  }
}
