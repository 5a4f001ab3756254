import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

/** An unguessable private-link token (256 bits) and the hash that is stored instead of it. */
export function newToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url')
  return { token, hash: hashToken(token) }
}

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex')

/** A token is 43 base64url characters; anything else is not worth a database query. */
export const looksLikeToken = (value: unknown): value is string =>
  typeof value === 'string' && /^[A-Za-z0-9_-]{43}$/.test(value)

/**
 * When a form was rendered, signed so it cannot be backdated: `<ms>.<nonce>.<hmac>`. The form
 * sends it back; a submission faster than the call's minimum fill time is refused, and each
 * stamp is good for one submission (`spendFormStamp`).
 */
export function formStamp(secret: string, now = Date.now()): string {
  const value = `${now}.${randomBytes(12).toString('base64url')}`
  return `${value}.${sign(secret, value)}`
}

/** The render time of a valid stamp, or null for a missing, forged or malformed one. */
export function readFormStamp(secret: string, stamp: unknown): number | null {
  if (typeof stamp !== 'string') return null
  const [ms, nonce, mac] = stamp.split('.')
  if (!ms || !nonce || !mac || !/^\d{10,16}$/.test(ms) || !/^[\w-]{16}$/.test(nonce)) return null
  const expected = Buffer.from(sign(secret, `${ms}.${nonce}`))
  const given = Buffer.from(mac)
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null
  return Number(ms)
}

const sign = (secret: string, value: string) =>
  createHmac('sha256', secret).update(`form-stamp:${value}`).digest('base64url')
