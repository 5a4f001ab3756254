import type { Request, Response } from 'express'

import { createHash } from 'node:crypto'

/** A strong validator from the exact bytes: any change to what a feed says changes it. */
export const etagOf = (body: string) =>
  `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`

/**
 * Answers with the feed, or 304 when the client's copy is current. `If-None-Match` wins over
 * `If-Modified-Since` (RFC 9110 §13.2.2). Feeds are the same for everyone (anonymous content
 * only), so shared caches may keep them for a minute.
 */
export function sendWithValidators(
  req: Request,
  res: Response,
  options: { body: string; type: string; lastModified: Date | null; cacheControl?: string },
) {
  const etag = etagOf(options.body)
  res.setHeader('ETag', etag)
  res.setHeader('Cache-Control', options.cacheControl ?? 'public, max-age=60')
  const second = options.lastModified
    ? Math.floor(options.lastModified.getTime() / 1000) * 1000
    : null
  // HTTP dates have no fractions: until the second a date names is over, a later change in it
  // would carry the same date. Such an answer goes without one (its ETag still validates).
  const modified = second !== null && Date.now() >= second + 1000 ? new Date(second) : null
  if (modified) res.setHeader('Last-Modified', modified.toUTCString())
  const ifNoneMatch = req.headers['if-none-match']
  const ifModifiedSince = req.headers['if-modified-since']
  let fresh = false
  if (ifNoneMatch) {
    fresh = ifNoneMatch
      .split(',')
      .map((tag) => tag.trim().replace(/^W\//, ''))
      .some((tag) => tag === etag || tag === '*')
  } else if (ifModifiedSince && modified) {
    const since = Date.parse(ifModifiedSince)
    fresh = !Number.isNaN(since) && modified.getTime() <= since
  }
  if (fresh) {
    res.status(304).end()
    return
  }
  res.type(options.type).send(options.body)
}
