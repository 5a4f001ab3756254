/**
 * Webhooks' pure core: which events a change is, signatures (checked with the Standard Webhooks
 * reference library a receiver would use), target URLs, and one delivery attempt against a
 * real HTTP receiver on loopback.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { Webhook } from 'standardwebhooks'

import {
  newSecret,
  secretProblem,
  signDelivery,
} from '../../plugins/publishing/utilities/signature.js'
import { sendDelivery } from '../../plugins/publishing/services/send.js'
import { targetProblem, urlProblem } from '../../plugins/publishing/utilities/targets.js'
import {
  changeEvents,
  eventFor,
  type PublicSide,
} from '../../plugins/publishing/utilities/webhookEvents.js'

const seen = (state: string): PublicSide => ({ public: true, state })
const unseen = (state: string): PublicSide => ({ public: false, state })

describe('changeEvents: what a change is, most specific first', () => {
  test.each<[string, PublicSide | null, PublicSide | null, string[]]>([
    ['created pending', null, unseen('pending'), []],
    ['created published', null, seen('published'), ['published']],
    ['created featured', null, seen('featured'), ['published', 'featured']],
    ['pending → published', unseen('pending'), seen('published'), ['published']],
    ['hidden → promoted', unseen('hidden'), seen('promoted'), ['published']],
    ['pending → featured', unseen('pending'), seen('featured'), ['published', 'featured']],
    ['published, edited', seen('published'), seen('published'), ['updated']],
    ['published → promoted', seen('published'), seen('promoted'), ['updated']],
    ['promoted → featured', seen('promoted'), seen('featured'), ['featured', 'updated']],
    ['featured, edited', seen('featured'), seen('featured'), ['updated']],
    ['featured → published', seen('featured'), seen('published'), ['updated']],
    ['published → hidden', seen('published'), unseen('hidden'), ['hidden']],
    ['featured → pending', seen('featured'), unseen('pending'), ['hidden']],
    ['published, unlisted', seen('published'), unseen('published'), ['hidden']],
    ['pending, edited', unseen('pending'), unseen('pending'), []],
    ['pending → hidden', unseen('pending'), unseen('hidden'), []],
    ['deleted while visible', seen('published'), null, ['deleted']],
    ['deleted while hidden', unseen('hidden'), null, []],
  ])('%s', (_name, before, after, expected) => {
    expect(changeEvents(before, after)).toEqual(expected)
  })

  test('each webhook gets the first event it subscribes to, or none', () => {
    expect(eventFor(['published', 'featured'], ['featured', 'published'])).toBe('published')
    expect(eventFor(['published', 'featured'], ['featured'])).toBe('featured')
    expect(eventFor(['featured', 'updated'], ['updated'])).toBe('updated')
    expect(eventFor(['hidden'], ['published', 'updated'])).toBeNull()
  })
})

describe('signatures (Standard Webhooks)', () => {
  test('a new secret is whsec_ + 32 random bytes, different every time', () => {
    const a = newSecret()
    expect(a).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/)
    expect(secretProblem(a)).toBeNull()
    expect(newSecret()).not.toBe(a)
  })

  test.each([
    ['no prefix', 'c2VjcmV0c2VjcmV0c2VjcmV0c2VjcmV0', 'starts with “whsec_”'],
    ['too short', 'whsec_c2hvcnQ=', '24 to 64 random bytes'],
    ['not base64', 'whsec_not base64 at all, not even close!!', '24 to 64 random bytes'],
  ])('a bad secret is refused: %s', (_name, secret, message) => {
    expect(secretProblem(secret)).toContain(message)
  })

  test('the reference verifier accepts our signature and rejects a changed body', () => {
    const secret = newSecret()
    const body = JSON.stringify({ event: 'published', id: 'x', doc: { title: 'Asamblea ñ' } })
    const headers = signDelivery(secret, 'delivery-1', body)
    expect(headers['webhook-signature']).toMatch(/^v1,[A-Za-z0-9+/]+=*$/)
    expect(new Webhook(secret).verify(body, headers)).toEqual(JSON.parse(body))
    expect(() => new Webhook(secret).verify(body.replace('x', 'y'), headers)).toThrow()
    expect(() => new Webhook(newSecret()).verify(body, headers)).toThrow()
  })
})

describe('target URLs', () => {
  test.each([
    ['', 'Enter the URL'],
    ['example.org/hook', 'is not a URL'],
    ['ftp://example.org/hook', 'not ftp'],
    ['https://user:pw@example.org/hook', 'no user name or password'],
  ])('%j is refused', (url, message) => {
    expect(urlProblem(url)).toContain(message)
  })

  test.each([
    ['http://127.0.0.1:8080/hook', 'loopback'],
    ['http://[::1]/hook', 'loopback'],
    ['http://[::ffff:127.0.0.1]/hook', 'loopback'],
    ['http://10.1.2.3/hook', 'private'],
    ['http://192.168.1.10/hook', 'private'],
    ['http://169.254.169.254/latest/meta-data', 'linkLocal'],
    ['http://100.64.0.1/hook', 'carrierGradeNat'],
    ['http://0.0.0.0/hook', 'unspecified'],
    ['http://[fd00::1]/hook', 'uniqueLocal'],
    ['http://localhost:3000/hook', 'loopback'],
    // IPv6 notations that carry a non-public IPv4 address.
    ['http://[::a9fe:a9fe]/latest/meta-data', 'linkLocal'],
    ['http://[::127.0.0.1]/hook', 'loopback'],
    ['http://[::7f00:1]/hook', 'loopback'],
    ['http://[0:0:0:0:0:0:a00:1]/hook', 'private'],
    ['http://[::ffff:0:7f00:1]/hook', 'loopback'],
    ['http://[::ffff:a9fe:a9fe]/hook', 'linkLocal'],
    ['http://[64:ff9b::a9fe:a9fe]/hook', 'linkLocal'],
    ['http://[64:ff9b:1::c0a8:101]/hook', 'private'],
    ['http://[2002:7f00:1::1]/hook', 'loopback'],
    ['http://[2001:0:4136:e378:8000:63bf:80ff:fffe]/hook', 'loopback'],
  ])('%s is refused unless private networks are allowed', async (url, range) => {
    const problem = await targetProblem(url, false)
    expect(problem).toContain(`${range} address`)
    expect(problem).toContain('Allow private network')
    expect(await targetProblem(url, true)).toBeNull()
  })

  test('a public address is accepted, in IPv4 and IPv6', async () => {
    expect(await targetProblem('https://93.184.215.14/hook', false)).toBeNull()
    expect(await targetProblem('https://[2606:4700::1111]/hook', false)).toBeNull()
    expect(await targetProblem('https://[::ffff:93.184.215.14]/hook', false)).toBeNull()
  })

  test.each([
    ['http://[::7f00:1]:9/hook'],
    ['http://[::a9fe:a9fe]/hook'],
    ['http://[64:ff9b::7f00:1]/hook'],
  ])('a delivery to %s is refused when it connects, not retried', async (url) => {
    const outcome = await sendDelivery({
      url,
      body: '{}',
      headers: {} as never,
      allowPrivate: false,
      timeoutMs: 2000,
    })
    expect(outcome).toMatchObject({ ok: false, retry: false })
    expect(outcome.ok ? '' : outcome.error).toMatch(/Refused: .*is not allowed/)
  })

  test('a host that does not resolve is named', async () => {
    expect(await targetProblem('https://no-such-host.invalid/hook', false)).toContain(
      'no-such-host.invalid could not be found',
    )
  })
})

describe('sendDelivery against a receiver on loopback', () => {
  type Received = { headers: http.IncomingHttpHeaders; body: string }
  const received: Received[] = []
  let reply: (res: http.ServerResponse) => void = (res) => res.writeHead(204).end()
  let server: http.Server
  let url: string

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      let body = ''
      req.setEncoding('utf8')
      req.on('data', (chunk) => (body += chunk))
      req.on('end', () => {
        received.push({ headers: req.headers, body })
        reply(res)
      })
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`
  })
  afterAll(async () => {
    server.closeAllConnections()
    await new Promise((resolve) => server.close(resolve))
  })

  const secret = newSecret()
  const body = JSON.stringify({ event: 'updated', id: 'abc' })
  const send = (allowPrivate: boolean, timeoutMs = 5000) =>
    sendDelivery({
      url,
      body,
      headers: signDelivery(secret, 'd1', body),
      allowPrivate,
      timeoutMs,
    })

  test('a loopback target is refused at connection time without the allowance', async () => {
    const before = received.length
    const outcome = await send(false)
    expect(outcome).toMatchObject({ ok: false, retry: false, status: null })
    expect(!outcome.ok && outcome.error).toContain('Refused')
    expect(received.length).toBe(before)
  })

  test('with the allowance the body arrives signed', async () => {
    reply = (res) => res.writeHead(204).end()
    const outcome = await send(true)
    expect(outcome).toMatchObject({ ok: true, status: 204 })
    const got = received.at(-1)!
    expect(got.body).toBe(body)
    expect(got.headers['content-type']).toBe('application/json')
    expect(got.headers['webhook-id']).toBe('d1')
    expect(new Webhook(secret).verify(got.body, got.headers as Record<string, string>)).toEqual(
      JSON.parse(body),
    )
  })

  test('an error answer is a failure to retry, with the code and the start of the text', async () => {
    reply = (res) => res.writeHead(500, { 'content-type': 'text/plain' }).end('database down\n')
    const outcome = await send(true)
    expect(outcome).toMatchObject({ ok: false, status: 500, retry: true })
    expect(!outcome.ok && outcome.error).toBe('HTTP 500: database down')
  })

  test('a redirect is not followed', async () => {
    reply = (res) => res.writeHead(302, { location: 'http://169.254.169.254/' }).end()
    const outcome = await send(true)
    expect(outcome).toMatchObject({ ok: false, status: 302 })
    expect(!outcome.ok && outcome.error).toContain('redirects are not followed')
  })

  test('a receiver that never answers times out', async () => {
    reply = () => undefined
    const outcome = await send(true, 300)
    expect(outcome).toMatchObject({ ok: false, status: null, retry: true })
    expect(!outcome.ok && outcome.error).toBe('No answer within 0.3 s (timeout)')
    expect(outcome.ms).toBeGreaterThanOrEqual(290)
  })

  test('a closed port is a connection error to retry', async () => {
    const closed = http.createServer()
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
    const port = (closed.address() as AddressInfo).port
    await new Promise((resolve) => closed.close(resolve))
    const outcome = await sendDelivery({
      url: `http://127.0.0.1:${port}/`,
      body,
      headers: signDelivery(secret, 'd2', body),
      allowPrivate: true,
      timeoutMs: 2000,
    })
    expect(outcome).toMatchObject({ ok: false, retry: true })
    expect(!outcome.ok && outcome.error).toContain('ECONNREFUSED')
  })
})
