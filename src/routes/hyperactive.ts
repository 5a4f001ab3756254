import type { Express, Request, Response } from 'express'
import type { Payload } from 'payload'

import {
  ExportQueryError,
  exportEvents,
  type ExportQuery,
  parseExportQuery,
} from '../../plugins/hyperactive/index.js'
import { sendWithValidators } from '../../plugins/publishing/exports/feeds.js'
import { changedAt } from './feeds.js'

/** The request's user (session cookie, JWT or API key), or null for anonymous readers. */
async function userOf(payload: Payload, req: Request) {
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (typeof value === 'string') headers.set(name, value)
    else if (Array.isArray(value)) headers.set(name, value.join(', '))
  }
  const { user } = await payload.auth({ headers })
  return user ?? null
}

async function send(payload: Payload, req: Request, res: Response, query: ExportQuery) {
  const user = await userOf(payload, req)
  // Read before the events: a change made meanwhile makes the date older, never newer.
  const changed = await changedAt(payload, 'events', {
    upcoming: query.feedId === undefined && !query.importId && !query.from && !query.all,
  })
  const result = await exportEvents(payload, { user, query })
  res.setHeader('Vary', 'Cookie, Authorization')
  if (!result) {
    const what = query.importId ? `import ${query.importId}` : `event ${query.feedId}`
    res.status(404).type('text/plain').send(`No ${what} in this feed\n`)
    return
  }
  sendWithValidators(req, res, {
    body: result.xml,
    type: 'application/xml; charset=utf-8',
    lastModified: changed,
    // Staff see hidden states and notes: never let a shared cache keep their copy.
    cacheControl: user ? 'private, no-store' : undefined,
  })
}

/** `GET /events.xml` and `GET /events/:id.xml`: the Hyperactive XML feed (see DESIGN.md). */
export function mountHyperactiveRoutes(app: Express, payload: Payload) {
  app.get('/events.xml', async (req, res, next) => {
    try {
      await send(payload, req, res, parseExportQuery(req.query as Record<string, unknown>))
    } catch (error) {
      if (error instanceof ExportQueryError) {
        res.status(400).type('text/plain').send(`${error.message}\n`)
      } else next(error)
    }
  })
  app.get('/events/:id.xml', async (req, res, next) => {
    const id = req.params.id
    if (!/^[1-9]\d{0,15}$/.test(id)) {
      res.status(404).type('text/plain').send('Feed ids are positive whole numbers\n')
      return
    }
    try {
      await send(payload, req, res, { feedId: Number(id) })
    } catch (error) {
      next(error)
    }
  })
}
