import dns from 'node:dns'
import http from 'node:http'
import https from 'node:https'
import net from 'node:net'

import { RequestFilteringHttpAgent, RequestFilteringHttpsAgent } from 'request-filtering-agent'

import { type SignedHeaders } from '../utilities/signature.js'
import { addressRange, isPublicAddress } from '../utilities/targets.js'

/** How one attempt went. `retry: false` when trying again cannot help (a refused target). */
export type SendOutcome =
  | { ok: true; status: number; ms: number }
  | { ok: false; status: number | null; ms: number; error: string; retry: boolean }

const notAllowed = (address: string, host: string) =>
  Object.assign(
    new Error(
      `Address ${address} (host ${host}) is not allowed: a ${addressRange(address)} address`,
    ),
    { code: 'EADDRNOTPUBLIC' },
  )

/** DNS as usual, refusing every answer that is not a public address in any notation
 * (request-filtering-agent alone lets IPv4-compatible IPv6 such as `::7f00:1` through). */
const publicLookup: typeof dns.lookup = ((
  hostname: string,
  options: dns.LookupOptions,
  callback: (error: Error | null, address?: unknown, family?: number) => void,
) => {
  dns.lookup(hostname, options, (error, address, family) => {
    if (error) return callback(error)
    const list = Array.isArray(address) ? address : [{ address, family }]
    const blocked = list.find((a) => !isPublicAddress(a.address))
    if (blocked) return callback(notAllowed(blocked.address, hostname))
    callback(null, address, family)
  })
}) as typeof dns.lookup

// One agent per (scheme, private allowed): each checks the address it actually connects to, so
// a host that resolves to a private address later (DNS rebinding) is still refused.
const agents = {
  strict: {
    http: new RequestFilteringHttpAgent({ allowPrivateIPAddress: false, lookup: publicLookup }),
    https: new RequestFilteringHttpsAgent({ allowPrivateIPAddress: false, lookup: publicLookup }),
  },
  private: {
    http: new RequestFilteringHttpAgent({ allowPrivateIPAddress: true }),
    https: new RequestFilteringHttpsAgent({ allowPrivateIPAddress: true }),
  },
}

const SNIPPET = 300

/**
 * POSTs one signed delivery. Never throws: the outcome says what happened. Redirects are not
 * followed (a redirect could lead anywhere); the answer's body is read up to a short snippet
 * for the log and dropped.
 */
export function sendDelivery(options: {
  url: string
  body: string
  headers: SignedHeaders
  allowPrivate: boolean
  timeoutMs: number
}): Promise<SendOutcome> {
  const { url, body, headers, allowPrivate, timeoutMs } = options
  const started = Date.now()
  const ms = () => Date.now() - started
  return new Promise((resolve) => {
    let settled = false
    const finish = (outcome: SendOutcome) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      resolve(outcome)
    }
    const target = new URL(url)
    const host = target.hostname.replace(/^\[(.*)\]$/, '$1')
    if (!allowPrivate && net.isIP(host) && !isPublicAddress(host)) {
      const error = notAllowed(host, host).message
      return resolve({
        ok: false,
        status: null,
        ms: ms(),
        error: `Refused: ${error}`,
        retry: false,
      })
    }
    const secure = target.protocol === 'https:'
    const pool = allowPrivate ? agents.private : agents.strict
    const request = (secure ? https : http).request(target, {
      method: 'POST',
      agent: secure ? pool.https : pool.http,
      headers: {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(body),
        'user-agent': 'dualpower-cms-webhooks/1',
        ...headers,
      },
    })
    const timer = setTimeout(() => {
      request.destroy()
      finish({
        ok: false,
        status: null,
        ms: ms(),
        error: `No answer within ${timeoutMs / 1000} s (timeout)`,
        retry: true,
      })
    }, timeoutMs)
    request.on('response', (response) => {
      const status = response.statusCode ?? 0
      let snippet = ''
      response.setEncoding('utf8')
      response.on('data', (chunk: string) => {
        if (snippet.length < SNIPPET) snippet += chunk
      })
      response.on('end', () => {
        if (status >= 200 && status < 300) return finish({ ok: true, status, ms: ms() })
        const text = snippet.slice(0, SNIPPET).replace(/\s+/g, ' ').trim()
        const redirect =
          status >= 300 && status < 400 ? ' (redirects are not followed: use the final URL)' : ''
        finish({
          ok: false,
          status,
          ms: ms(),
          error: `HTTP ${status}${redirect}${text ? `: ${text}` : ''}`,
          retry: true,
        })
      })
      response.on('error', (error) =>
        finish({ ok: false, status, ms: ms(), error: error.message, retry: true }),
      )
    })
    request.on('error', (error: NodeJS.ErrnoException) => {
      const refused = /is not allowed/.test(error.message)
      finish({
        ok: false,
        status: null,
        ms: ms(),
        error: refused
          ? `Refused: ${error.message} Check “Allow private network” on the webhook only if this receiver is yours.`
          : `${error.code ? `${error.code}: ` : ''}${error.message}`,
        retry: !refused,
      })
    })
    request.end(body)
  })
}
