import type { Express, NextFunction, Request, Response } from 'express'
import type { Payload } from 'payload'

import { CLIENT_IP_HEADER } from '../../plugins/content-call/index.js'
import { fetchHeaders } from './fetchAdapter.js'

/** Largest request body from anyone not signed in as staff: the longest form is far below it. */
export const MAX_PUBLIC_BODY_BYTES = 128 * 1024

const isSpanish = (path: string) => path.startsWith('/es/')

/** Whether a request carries credentials at all (a session cookie, a JWT or an API key). */
const hasCredentials = (req: Request) =>
  Boolean(req.headers.authorization) || /(?:^|;\s*)payload-token=/.test(req.headers.cookie ?? '')

function refuseTooLarge(req: Request, res: Response) {
  if (res.headersSent) {
    req.socket.destroy()
    return
  }
  const message = isSpanish(req.path)
    ? `Lo que enviaste es demasiado grande (más de ${MAX_PUBLIC_BODY_BYTES / 1024} KB). Acorta las respuestas más largas y vuelve a intentarlo.`
    : `What you sent is too large (over ${MAX_PUBLIC_BODY_BYTES / 1024} KB). Shorten the longest answers and try again.`
  res.status(413).setHeader('Connection', 'close')
  if (req.path.startsWith('/api/')) res.json({ errors: [{ message }] })
  else res.type('html').send(`<!doctype html><title>413</title><p>${message}</p>`)
  // Whatever the client still sends is not read: the connection ends with the answer.
  res.once('finish', () => req.socket.destroy())
}

/**
 * Counts the bytes of a request body as they arrive, without reading it for anyone: Next and
 * Payload read the stream as usual, and the request is refused with 413 the moment it passes
 * `limit`, whatever its transfer encoding (a declared length is refused before a byte is read).
 */
function capBody(req: Request, res: Response, limit: number): boolean {
  const declared = Number(req.headers['content-length'] ?? 0)
  if (declared > limit) {
    refuseTooLarge(req, res)
    return false
  }
  let seen = 0
  const push = req.push.bind(req)
  req.push = (chunk: unknown, encoding?: BufferEncoding) => {
    if (chunk !== null && chunk !== undefined) {
      seen += Buffer.isBuffer(chunk) ? chunk.length : Buffer.byteLength(String(chunk))
      if (seen > limit) {
        req.push = () => false
        refuseTooLarge(req, res)
        return false
      }
    }
    return push(chunk, encoding)
  }
  return true
}

/**
 * In front of Next: every request carries the client address the hooks and actions count limits
 * by (any incoming value is replaced), and every request body from anyone who is not signed-in
 * staff is limited to 128 KB by bytes read — every path, API and server action alike. Staff
 * bodies (uploads, imports) are bounded by the endpoints that take them.
 */
export function mountRequestGuards(app: Express, payload: Payload) {
  app.use(async (req: Request, res: Response, next: NextFunction) => {
    req.headers[CLIENT_IP_HEADER] = req.ip || req.socket.remoteAddress || 'unknown'
    // Node's parser delivers exactly a declared length (and refuses a request that declares
    // both a length and chunks), so only larger or chunked bodies need a look.
    const chunked = req.headers['transfer-encoding'] !== undefined
    if (!chunked && !(Number(req.headers['content-length']) > MAX_PUBLIC_BODY_BYTES)) {
      return next()
    }
    if (hasCredentials(req)) {
      try {
        const { user } = await payload.auth({ headers: fetchHeaders(req) })
        if (user) return next()
      } catch (error) {
        payload.logger.warn(`credentials on ${req.method} ${req.path} not checked: ${error}`)
      }
    }
    if (capBody(req, res, MAX_PUBLIC_BODY_BYTES)) next()
  })
}
