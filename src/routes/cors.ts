import type { Express, NextFunction, Request, Response } from 'express'

/** Origins allowed to send credentials (cookies) to the API: CORS_ORIGINS, comma-separated. */
export function corsOriginsFromEnv(raw = process.env.CORS_ORIGINS ?? ''): string[] {
  return raw
    .split(',')
    .map((value) => value.trim())
    .filter(Boolean)
    .map((value) => {
      let url: URL
      try {
        url = new URL(value)
      } catch {
        throw new Error(
          `CORS_ORIGINS: "${value}" is not an origin (write it like https://example.org)`,
        )
      }
      if (url.origin === 'null' || url.pathname !== '/' || url.search || url.hash) {
        throw new Error(`CORS_ORIGINS: "${value}" is not an origin (scheme, host and port only)`)
      }
      return url.origin
    })
}

/** Paths other sites may read: the API, feeds and public pages, never the admin. */
const isShared = (req: Request) =>
  req.path.startsWith('/api/') || req.method === 'GET' || req.method === 'HEAD'

/**
 * Cross-origin reads: any site may read what anonymous readers get (`*`, no credentials, so a
 * browser never attaches the visitor's session); the origins in CORS_ORIGINS may also send
 * credentials. Preflights are answered here, before Next.
 */
export function mountCors(app: Express, origins = corsOriginsFromEnv()) {
  const trusted = new Set(origins)
  app.use((req: Request, res: Response, next: NextFunction) => {
    const origin = req.headers.origin
    if (!origin || req.path.startsWith('/admin') || !isShared(req)) return next()
    // Next sets its own `Vary` when it answers: `Origin` is added as the headers go out.
    const writeHead = res.writeHead
    res.writeHead = function (this: Response, ...args: unknown[]) {
      res.vary('Origin')
      return (writeHead as (...a: unknown[]) => Response).apply(this, args)
    } as typeof res.writeHead
    const credentialed = trusted.has(origin)
    res.setHeader('Access-Control-Allow-Origin', credentialed ? origin : '*')
    if (credentialed) res.setHeader('Access-Control-Allow-Credentials', 'true')
    res.setHeader('Access-Control-Expose-Headers', 'Retry-After, Last-Modified, ETag, X-Cache')
    if (req.method === 'OPTIONS' && req.headers['access-control-request-method']) {
      res.setHeader(
        'Access-Control-Allow-Methods',
        credentialed ? 'GET, HEAD, POST, PATCH, PUT, DELETE' : 'GET, HEAD, POST',
      )
      res.setHeader('Access-Control-Allow-Headers', 'Content-Type, Authorization, Accept-Language')
      res.setHeader('Access-Control-Max-Age', '600')
      res.status(204).end()
      return
    }
    next()
  })
}
