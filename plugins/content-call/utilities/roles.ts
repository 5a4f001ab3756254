import type { Payload } from 'payload'

import { hasAnyRole } from '../../shared/index.js'
import { CONTENT_CALL_OPTIONS } from '../defaults.js'
import type { SanitizedContentCallOptions } from '../types.js'

export type CallRole = keyof SanitizedContentCallOptions['roles']

/** The plugin's options as the config holds them (set once by `contentCallPlugin`). */
export const callOptions = (payload: Payload): SanitizedContentCallOptions =>
  payload.config.custom?.[CONTENT_CALL_OPTIONS] as SanitizedContentCallOptions

type WithUser = { user?: unknown; payload: Payload }

/** True when the request's user holds a role of any of `who`. */
export const holds = (req: WithUser, ...who: CallRole[]): boolean => {
  const { roles } = callOptions(req.payload)
  return who.some((w) => hasAnyRole(req.user, roles[w]))
}

/** Access (collection or field) for the holders of `who`'s roles. */
export const allow =
  (...who: CallRole[]) =>
  ({ req }: { req: WithUser }): boolean =>
    holds(req, ...who)
