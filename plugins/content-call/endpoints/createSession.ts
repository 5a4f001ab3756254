import type { Endpoint } from 'payload'

import { commitTransaction, initTransaction, killTransaction } from 'payload'

import { holds } from '../utilities/roles.js'
import { createSessionFromProposal, findSession, type SessionResult } from '../services/sessions.js'

/**
 * `POST /api/proposals/:id/session`: organizers turn an accepted proposal into its session.
 * 201 with the session; 409 when it is not accepted, no gathering is set, or the session
 * exists already (the answer names it).
 */
export const createSessionEndpoint: Endpoint = {
  path: '/:id/session',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return Response.json({ error: 'Log in to create sessions.' }, { status: 401 })
    if (!holds(req, 'organizers')) {
      return Response.json(
        { error: 'Only organizers and admins create sessions from proposals.' },
        { status: 403 },
      )
    }
    const id = String(req.routeParams?.id ?? '')
    // All or nothing: the people it adds and the session.
    const owns = await initTransaction(req)
    let result: SessionResult
    try {
      result = await createSessionFromProposal(req, id)
      if (owns) await commitTransaction(req)
    } catch (error) {
      if (owns) await killTransaction(req)
      // Two clicks at once: the unique index let the other through.
      const winner = await findSession(req, id)
      if (!winner) throw error
      result = {
        ok: false,
        status: 409,
        error: 'This proposal already has its session.',
        session: winner,
      }
    }
    return result.ok
      ? Response.json({ session: result.session }, { status: 201 })
      : Response.json({ error: result.error, session: result.session }, { status: result.status })
  },
}
