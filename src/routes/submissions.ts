import type { Express, NextFunction, Request, Response } from 'express'

import { CLIENT_IP_HEADER, submissionLimiter } from '../../plugins/content-call/index.js'

/** Set on a form POST that went over the per-client limit: the form action reports it. */
export const RATE_LIMITED_HEADER = 'x-dualpower-rate-limited'

/** Largest public submission body: the longest form is far below this. */
export const MAX_SUBMISSION_BYTES = 128 * 1024

/** The public forms (their POSTs are the forms' server actions). */
const FORM_PATHS = [
  /^\/(es\/)?propose\/?$/,
  /^\/(es\/)?propose\/manage\/[^/]+\/?$/,
  /^\/(es\/)?sign-on(\/confirm\/[^/]+)?\/?$/,
]
/** REST creates the public may use; GraphQL and REST are limited per client in the hooks. */
const API_PATHS = [/^\/api\/proposals\/?$/, /^\/api\/organizations\/?$/]

const isSpanish = (path: string) => path.startsWith('/es/')

/**
 * In front of Next: every request carries the client address the hooks use (any incoming
 * value is replaced), public submissions over 128 KB are refused before they are read, and
 * form POSTs over the per-client limit are marked so the form answers with the values kept.
 */
export function mountSubmissionGuards(app: Express) {
  app.use((req: Request, _res: Response, next: NextFunction) => {
    req.headers[CLIENT_IP_HEADER] = req.ip || req.socket.remoteAddress || 'unknown'
    delete req.headers[RATE_LIMITED_HEADER]
    next()
  })
  app.use(async (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'POST') return next()
    const form = FORM_PATHS.some((re) => re.test(req.path))
    const api = API_PATHS.some((re) => re.test(req.path))
    if (!form && !api) return next()
    const length = Number(req.headers['content-length'] || 0)
    if (length > MAX_SUBMISSION_BYTES) {
      const message = isSpanish(req.path)
        ? 'Lo que enviaste es demasiado grande (más de 128 KB). Acorta las respuestas más largas y vuelve a intentarlo.'
        : 'What you sent is too large (over 128 KB). Shorten the longest answers and try again.'
      res.status(413).setHeader('Connection', 'close')
      if (api) res.json({ errors: [{ message }] })
      else res.type('html').send(`<!doctype html><title>413</title><p>${message}</p>`)
      return
    }
    if (form) {
      const wait = await submissionLimiter().consume(String(req.headers[CLIENT_IP_HEADER]))
      if (wait > 0) {
        req.headers[RATE_LIMITED_HEADER] = String(wait)
        res.setHeader('Retry-After', String(wait))
      }
    }
    next()
  })
}
