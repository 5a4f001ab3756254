// Imports nothing: start.ts loads it before the preflight has run.

/** Exits with one readable line for configuration errors, a stack trace only for the rest. */
export function exitOnStartupError(error: unknown): never {
  const err = error as Error
  const message = err?.message ?? ''
  // A setting refused names its variable first (`WEB_CONCURRENCY must be …`).
  if (
    err?.name === 'DatabaseUrlError' ||
    /PAYLOAD_SECRET is required/.test(message) ||
    /^[A-Z][A-Z0-9_]+ must /.test(message)
  ) {
    console.error(`dualpower-cms: ${err.message}`)
  } else {
    console.error('dualpower-cms: could not start:', err)
  }
  process.exit(1)
}
