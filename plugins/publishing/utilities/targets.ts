import { lookup } from 'node:dns/promises'

import ipaddr from 'ipaddr.js'

/**
 * The range an address is in, as ipaddr.js names them (`unicast` is the public internet;
 * `private`, `loopback`, `linkLocal`, `uniqueLocal`, `carrierGradeNat`, `reserved`… are not).
 * IPv4 addresses written as IPv6 (`::ffff:127.0.0.1`) count as the IPv4 address.
 */
export const addressRange = (address: string): string => ipaddr.process(address).range()

export const isPublicAddress = (address: string) => addressRange(address) === 'unicast'

/** Why `value` cannot be a webhook target URL (its form alone), or null. */
export function urlProblem(value: unknown): string | null {
  if (typeof value !== 'string' || value.trim() === '') return 'Enter the URL deliveries go to'
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return `“${value}” is not a URL: write it in full, like https://example.org/hooks/cms`
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return `Webhooks are delivered over HTTPS or HTTP, not ${url.protocol.replace(':', '')}`
  }
  if (url.username || url.password) {
    return 'Put no user name or password in the URL: receivers check the signature instead'
  }
  return null
}

const hostOf = (url: URL) => url.hostname.replace(/^\[(.*)\]$/, '$1')

/**
 * Where a target URL leads, checked before it is saved: every address its host resolves to
 * must be public unless private networks are allowed. Deliveries check again when they
 * connect (the host may resolve differently later). Answers the problem, or null.
 */
export async function targetProblem(value: string, allowPrivate: boolean): Promise<string | null> {
  const problem = urlProblem(value)
  if (problem || allowPrivate) return problem
  const host = hostOf(new URL(value))
  let addresses: string[]
  if (ipaddr.isValid(host)) {
    addresses = [host]
  } else {
    try {
      addresses = (await lookup(host, { all: true, verbatim: true })).map((a) => a.address)
    } catch (error) {
      return `The host ${host} could not be found (${(error as NodeJS.ErrnoException).code ?? 'DNS error'}): check the URL`
    }
  }
  const blocked = addresses.find((address) => !isPublicAddress(address))
  if (!blocked) return null
  return (
    `${host === blocked ? blocked : `${host} (${blocked})`} is a ${addressRange(blocked)} address, ` +
    'not on the public internet: webhooks may only reach it when “Allow private network” is checked'
  )
}
