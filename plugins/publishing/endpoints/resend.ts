import type { Endpoint } from 'payload'

import { hasAnyRole } from '../../shared/index.js'
import { PUBLISHING_OPTIONS } from '../defaults.js'
import type { SanitizedPublishingOptions } from '../types.js'
import { resendDelivery } from '../services/webhooks.js'

/** `POST /api/webhook-deliveries/:id/resend` (admins): queues the delivery again with a full set of tries. */
export const resendEndpoint: Endpoint = {
  path: '/:id/resend',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return Response.json({ error: 'Log in to resend deliveries.' }, { status: 401 })
    const { adminRoles } = req.payload.config.custom[
      PUBLISHING_OPTIONS
    ] as SanitizedPublishingOptions
    if (!hasAnyRole(req.user, adminRoles)) {
      return Response.json({ error: 'Only admins resend webhook deliveries.' }, { status: 403 })
    }
    const id = String(req.routeParams?.id ?? '')
    const problem = await resendDelivery(req, id)
    if (problem === 'not-found') {
      return Response.json({ error: `No webhook delivery has the id “${id}”.` }, { status: 404 })
    }
    if (problem === 'pending') {
      return Response.json(
        { error: 'This delivery is still queued or retrying: it will be sent without a resend.' },
        { status: 409 },
      )
    }
    return Response.json({ id, status: 'queued' }, { status: 202 })
  },
}
