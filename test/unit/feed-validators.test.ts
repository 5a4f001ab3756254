/**
 * Conditional answers of the feeds (plugins/publishing/utilities/http.ts): a date validates
 * only once the second it names is over, and If-None-Match wins over If-Modified-Since.
 */
import type { Request, Response } from 'express'

import { describe, expect, test } from '@jest/globals'

import { sendWithValidators } from '../../plugins/publishing/utilities/http.js'

function answer(lastModified: Date | null, headers: Record<string, string> = {}) {
  const sent: { status: number; headers: Record<string, string>; body?: string } = {
    status: 200,
    headers: {},
  }
  const res = {
    setHeader: (name: string, value: string) => void (sent.headers[name.toLowerCase()] = value),
    status: (code: number) => ((sent.status = code), res),
    end: () => res,
    type: () => res,
    send: (body: string) => ((sent.body = body), res),
  }
  const req = {
    headers: Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v])),
  }
  sendWithValidators(req as unknown as Request, res as unknown as Response, {
    body: '<rss/>',
    type: 'application/rss+xml',
    lastModified,
  })
  return sent
}

describe('Last-Modified', () => {
  test('a change in the current second gives no date: a later change in it would carry the same', () => {
    expect(answer(new Date()).headers['last-modified']).toBeUndefined()
  })

  test('once its second is over, the date is sent, to the second, and validates', () => {
    const changed = new Date(Date.now() - 5_000 + 0.5)
    const first = answer(changed)
    const date = first.headers['last-modified']!
    expect(Date.parse(date)).toBe(Math.floor(changed.getTime() / 1000) * 1000)
    expect(answer(changed, { 'If-Modified-Since': date }).status).toBe(304)
    const before = new Date(Date.parse(date) - 1000).toUTCString()
    expect(answer(changed, { 'If-Modified-Since': before }).status).toBe(200)
  })

  test('If-None-Match decides when both are sent', () => {
    const changed = new Date(Date.now() - 5_000)
    const { headers } = answer(changed)
    expect(
      answer(changed, {
        'If-None-Match': '"other"',
        'If-Modified-Since': headers['last-modified']!,
      }).status,
    ).toBe(200)
    expect(answer(changed, { 'If-None-Match': headers.etag! }).status).toBe(304)
  })
})
