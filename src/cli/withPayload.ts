import type { Payload } from 'payload'

/**
 * Boots Payload for a command-line task (no HTTP server, no cron), runs `task`, closes the
 * database and returns the exit code. Configuration errors print one line, not a stack.
 */
export async function runWithPayload(task: (payload: Payload) => Promise<number | void>) {
  let payload: Payload | undefined
  try {
    const { getPayload } = await import('payload')
    const { default: config } = await import('../payload.config.js')
    payload = await getPayload({ config })
    return (await task(payload)) ?? 0
  } catch (error) {
    const err = error as Error
    if (err?.name === 'DatabaseUrlError' || err?.name === 'UsageError') console.error(err.message)
    else console.error(err)
    return 1
  } finally {
    await payload
      ?.destroy()
      .catch((error: unknown) => console.error('closing the database failed:', error))
  }
}

/** A mistake in the command line: printed as it is, with exit code 2 where the CLI decides. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UsageError'
  }
}
