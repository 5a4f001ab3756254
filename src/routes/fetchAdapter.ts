/** Between Express and the Fetch API that Payload's handlers take and return. */
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type { ReadableStream as NodeReadableStream } from 'node:stream/web'

import type { Request, Response } from 'express'

/**
 * The request's headers as the Fetch API has them. From `req.headers`, not the raw ones: the
 * guards replace what a client may not set (the client address the limits count by).
 */
export function fetchHeaders(req: Request): Headers {
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (typeof value === 'string') headers.set(name, value)
    else if (Array.isArray(value)) headers.set(name, value.join(', '))
  }
  return headers
}

/** The Fetch request Next would have built: the same URL and headers, the body as a stream. */
export function fetchRequest(req: Request): globalThis.Request {
  const withBody = req.method !== 'GET' && req.method !== 'HEAD'
  return new Request(`${req.protocol}://${req.get('host') ?? 'localhost'}${req.originalUrl}`, {
    method: req.method,
    headers: fetchHeaders(req),
    // Streamed, not buffered: the guards count its bytes as it is read, Payload limits uploads.
    ...(withBody ? { body: Readable.toWeb(req) as ReadableStream, duplex: 'half' } : {}),
  } as RequestInit)
}

/** Writes a Fetch response to Express: status, headers (each cookie its own line), body. */
export async function sendFetchResponse(response: globalThis.Response, res: Response) {
  if (res.headersSent || res.destroyed) {
    // Already answered (a body refused as too large): nothing more may be written.
    await response.body?.cancel().catch(() => {})
    return
  }
  res.status(response.status)
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') res.setHeader(name, value)
  })
  const cookies = response.headers.getSetCookie()
  if (cookies.length > 0) res.setHeader('set-cookie', cookies)
  if (!response.body) {
    res.end()
    return
  }
  await pipeline(Readable.fromWeb(response.body as NodeReadableStream), res).catch(() => {
    // The client went away mid-answer; its socket is already closed.
  })
}
