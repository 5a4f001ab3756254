/** How loud one request's log line is: what an operator acts on stands out. */
export type RequestLogLevel = 'debug' | 'info' | 'warn' | 'error'

// The site's and admin's own files, icons and uploads: served by the hundred per page view.
const ASSETS = [
  /^\/_next\/(static|image)\//,
  /^\/(favicon\.ico|icon\.svg)$/,
  /^\/api\/media\/file\//,
]

/**
 * 5xx is the server's failure (error); a refused flood or an oversized body (429, 413) is worth a
 * look (warn); an asset served well is noise (debug, shown with LOG_LEVEL=debug); the rest is
 * the record of what was asked (info).
 */
export function requestLogLevel(path: string, status: number): RequestLogLevel {
  if (status >= 500) return 'error'
  if (status === 429 || status === 413) return 'warn'
  if (status < 400 && ASSETS.some((asset) => asset.test(path))) return 'debug'
  return 'info'
}

const LEVELS: readonly RequestLogLevel[] = ['debug', 'info', 'warn', 'error']

/** LOG_LEVEL: the quietest line the server writes (default info). */
export function logLevelFromEnv(env: NodeJS.ProcessEnv = process.env): RequestLogLevel {
  const value = env.LOG_LEVEL?.trim().toLowerCase()
  if (!value) return 'info'
  if ((LEVELS as readonly string[]).includes(value)) return value as RequestLogLevel
  throw new Error(`LOG_LEVEL must be one of ${LEVELS.join(', ')}; it is "${env.LOG_LEVEL}"`)
}
