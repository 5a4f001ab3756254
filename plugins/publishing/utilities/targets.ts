import { lookup } from 'node:dns/promises'

import ipaddr from 'ipaddr.js'

type IPv6 = ReturnType<typeof ipaddr.IPv6.parse>
type IPv4 = ReturnType<typeof ipaddr.IPv4.parse>

const v4 = (high: number, low: number): IPv4 =>
  new ipaddr.IPv4([high >> 8, high & 0xff, low >> 8, low & 0xff])

/**
 * The IPv4 address an IPv6 address carries, in every notation that leads to one: IPv4-mapped
 * (`::ffff:a.b.c.d`), IPv4-compatible (`::a.b.c.d`, `::7f00:1`), IPv4-translated
 * (`::ffff:0:a.b.c.d`), NAT64 (`64:ff9b::/96`, `64:ff9b:1::/48`), 6to4 (`2002::/16`) and
 * Teredo (`2001::/32`, its client address inverted). Null for an address that carries none.
 */
export function embeddedIPv4(address: IPv6): IPv4 | null {
  const p = address.parts
  const zeros = (from: number, to: number) => p.slice(from, to).every((part) => part === 0)
  if (zeros(0, 5) && (p[5] === 0 || p[5] === 0xffff)) return v4(p[6]!, p[7]!)
  if (zeros(0, 4) && p[4] === 0xffff && p[5] === 0) return v4(p[6]!, p[7]!)
  if (p[0] === 0x64 && p[1] === 0xff9b && (p[2] === 0 || p[2] === 1)) return v4(p[6]!, p[7]!)
  if (p[0] === 0x2002) return v4(p[1]!, p[2]!)
  if (p[0] === 0x2001 && p[1] === 0) return v4(p[6]! ^ 0xffff, p[7]! ^ 0xffff)
  return null
}

/**
 * The range an address is in, as ipaddr.js names them (`unicast` is the public internet;
 * `private`, `loopback`, `linkLocal`, `uniqueLocal`, `carrierGradeNat`, `reserved`… are not).
 * An IPv6 address that carries an IPv4 address is in that address's range when that one is not
 * public (`::a9fe:a9fe` is `linkLocal`, as 169.254.169.254 is).
 */
export function addressRange(address: string): string {
  const ip = ipaddr.process(address)
  const own = ip.range()
  if (ip.kind() === 'ipv6' && own !== 'unspecified' && own !== 'loopback') {
    const inner = embeddedIPv4(ip as IPv6)
    if (inner && inner.range() !== 'unicast') return inner.range()
  }
  return own
}

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
