import type { CollectionAfterLoginHook, CollectionBeforeOperationHook } from 'payload'

import { APIError } from 'payload'
import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible'

import { CLIENT_IP_HEADER } from '../../../plugins/content-call/index.js'

/** Failed logins allowed per client address, and per account from one client, in `WINDOW_S`. */
export const LOGIN_FAILURES_PER_CLIENT = 20
export const LOGIN_FAILURES_PER_ACCOUNT = 5
const WINDOW_S = 15 * 60

type Throttle = Pick<RateLimiterAbstract, 'points' | 'get' | 'penalty' | 'reward' | 'delete'>
type Name = 'client' | 'account'
const POINTS: Record<Name, number> = {
  client: LOGIN_FAILURES_PER_CLIENT,
  account: LOGIN_FAILURES_PER_ACCOUNT,
}
const inMemory = (name: Name) => new RateLimiterMemory({ points: POINTS[name], duration: WINDOW_S })

// One pair per process: REST, GraphQL and the admin's login all run this module's one copy.
let throttles: Record<Name, Throttle> = { client: inMemory('client'), account: inMemory('account') }

/**
 * Door: counts every instance shares (REDIS_URL: src/sharedState.ts), made by `shared` for each
 * count's name, points and window. A shared count that cannot be reached falls back to this
 * process's own: logins keep working while Redis is away, still throttled.
 */
export function shareLoginThrottles(
  shared: (name: Name, points: number, seconds: number) => RateLimiterAbstract,
) {
  const orLocal = (name: Name): Throttle => {
    const [remote, local] = [shared(name, POINTS[name], WINDOW_S), inMemory(name)]
    const either = <T>(op: (limiter: RateLimiterAbstract) => Promise<T>) =>
      op(remote).catch((error: unknown) => {
        if (error instanceof RateLimiterRes) throw error
        return op(local)
      })
    return {
      points: remote.points,
      get: (key) => either((l) => l.get(key)),
      penalty: (key, points) => either((l) => l.penalty(key, points)),
      reward: (key, points) => either((l) => l.reward(key, points)),
      delete: (key) => either((l) => l.delete(key)),
    }
  }
  throttles = { client: orLocal('client'), account: orLocal('account') }
}

const keysOf = (req: { headers: Headers }, email: unknown) => {
  const client = req.headers.get(CLIENT_IP_HEADER) || 'local'
  const account = typeof email === 'string' ? email.toLowerCase().trim() : ''
  return { client, account: `${account}|${client}` }
}

const secondsLeft = (res: RateLimiterRes | null) =>
  res ? Math.max(1, Math.ceil(res.msBeforeNext / 1000)) : 1

/**
 * Logins are throttled by client and by account from that client, never by account alone: an
 * attacker cannot lock the real user out, and the answer is the same for an account that exists
 * and one that does not. Each attempt counts before the password is checked (so parallel
 * guesses count too); a successful login takes its attempt back (`forgiveLogin`).
 */
export const throttleLogin: CollectionBeforeOperationHook<'users'> = async ({
  args,
  operation,
  req,
}) => {
  if (operation !== 'login') return args
  const keys = keysOf(req, (args as { data?: { email?: unknown } }).data?.email)
  const { client, account } = throttles
  const [byClient, byAccount] = await Promise.all([
    client.get(keys.client),
    account.get(keys.account),
  ])
  const blocked = [byClient, byAccount].find(
    (res, i) => res && res.consumedPoints >= (i === 0 ? client.points : account.points),
  )
  if (blocked !== undefined) {
    const wait = secondsLeft(blocked)
    req.responseHeaders ??= new Headers()
    req.responseHeaders.set('Retry-After', String(wait))
    throw new APIError(
      `Too many failed logins from your connection. Try again in ${Math.ceil(wait / 60)} minute(s).`,
      429,
      undefined,
      true,
    )
  }
  await Promise.all([client.penalty(keys.client, 1), account.penalty(keys.account, 1)])
  return args
}

/** A successful login is not a failure: its attempt is taken back. */
export const forgiveLogin: CollectionAfterLoginHook = async ({ req, user }) => {
  const keys = keysOf(req, (user as { email?: unknown }).email)
  const { client, account } = throttles
  await Promise.all([client.reward(keys.client, 1), account.delete(keys.account)])
  return user
}
