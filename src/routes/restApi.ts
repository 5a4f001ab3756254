/**
 * Payload's REST API, served by Express directly rather than through Next's route handler.
 *
 * `src/app/(payload)/api/[...slug]/route.ts` only hands the request to Payload's
 * `handleEndpoints`; going through Next on the way adds its routing, tracing and stream
 * conversions to every API request (figures: docs/benchmark.md). This calls the same handler
 * with the same Fetch request and the same endpoint path (each segment decoded, then encoded
 * again, as Next's catch-all gives it), so answers, status codes, cookies and errors are
 * Payload's own. What needs Next stays with it: GraphQL and its playground (their own routes),
 * `/og` (Next's image renderer), HEAD, and any path Next would first normalise or refuse
 * (empty segments, a trailing slash, malformed escapes).
 */
import compression from 'compression'
import type { Express } from 'express'
import { handleEndpoints, type Payload } from 'payload'

import { fetchRequest, sendFetchResponse } from './fetchAdapter.js'

const DIRECT_METHODS = new Set(['GET', 'POST', 'PATCH', 'PUT', 'DELETE', 'OPTIONS'])
const NEXT_ROUTES = new Set(['graphql', 'graphql-playground', 'og'])

/** The endpoint path Next's `[...slug]` route passes to Payload, or null to leave it to Next. */
export function endpointPath(api: string, pathname: string): string | null {
  if (!pathname.startsWith(`${api}/`)) return null
  const segments = pathname.slice(api.length + 1).split('/')
  if (segments.some((segment) => segment === '')) return null
  let decoded: string[]
  try {
    decoded = segments.map((segment) => decodeURIComponent(segment))
  } catch {
    return null
  }
  if (NEXT_ROUTES.has(decoded[0]!)) return null
  return `${api}/${decoded.map((segment) => encodeURIComponent(segment)).join('/')}`
}

export function mountRestApi(app: Express, payload: Payload) {
  const api = payload.config.routes.api
  // Next compressed these answers before; the same library and defaults keep that.
  const compress = compression()
  app.use(api, (req, res, next) => {
    const path = DIRECT_METHODS.has(req.method)
      ? endpointPath(api, req.originalUrl.split('?')[0]!)
      : null
    if (path === null) {
      next()
      return
    }
    compress(req, res, () => {
      handleEndpoints({ config: payload.config, path, request: fetchRequest(req) })
        .then((response) => sendFetchResponse(response, res))
        .catch((error: unknown) => {
          payload.logger.error({ err: error, msg: `${req.method} ${req.originalUrl} failed` })
          if (!res.headersSent) {
            res.status(500).json({ errors: [{ message: 'Something went wrong.' }] })
          }
        })
    })
  })
}
