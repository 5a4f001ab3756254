import { createHmac, randomBytes } from 'node:crypto'

/**
 * Signatures follow the Standard Webhooks specification (standardwebhooks.com), so receivers
 * can verify with any of its libraries: the secret is `whsec_` + base64 key bytes, and each
 * delivery carries `webhook-id`, `webhook-timestamp` (Unix seconds) and `webhook-signature`
 * (`v1,` + base64 HMAC-SHA256 over `id.timestamp.body`).
 */
export const SECRET_PREFIX = 'whsec_'

export const newSecret = () => SECRET_PREFIX + randomBytes(32).toString('base64')

/** Why a secret cannot be used, or null. */
export function secretProblem(secret: string): string | null {
  if (!secret.startsWith(SECRET_PREFIX)) {
    return `A secret starts with “${SECRET_PREFIX}” followed by base64 (leave it empty to get a new one)`
  }
  const encoded = secret.slice(SECRET_PREFIX.length)
  const bytes = Buffer.from(encoded, 'base64')
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(encoded) || bytes.length < 24 || bytes.length > 64) {
    return 'After “whsec_” a secret is 24 to 64 random bytes in base64 (leave it empty to get a new one)'
  }
  return null
}

export type SignedHeaders = {
  'webhook-id': string
  'webhook-timestamp': string
  'webhook-signature': string
}

export function signDelivery(
  secret: string,
  id: string,
  body: string,
  at: Date = new Date(),
): SignedHeaders {
  const timestamp = String(Math.floor(at.getTime() / 1000))
  const key = Buffer.from(secret.slice(SECRET_PREFIX.length), 'base64')
  const signature = createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64')
  return {
    'webhook-id': id,
    'webhook-timestamp': timestamp,
    'webhook-signature': `v1,${signature}`,
  }
}
