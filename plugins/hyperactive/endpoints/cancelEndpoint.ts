import type { Endpoint } from 'payload'

import { hasAnyRole } from '../../shared/index.js'
import type { SanitizedHyperactiveOptions } from '../defaults.js'
import { cancelRun } from '../services/importRun.js'

const problem = (status: number, message: string) =>
  Response.json({ errors: [{ message }] }, { status })

/**
 * `POST /api/hyperactive-import-runs/ID/cancel`: organizers and admins. A run still waiting
 * ends at once; a running one stops before its next batch (what it wrote stays). Answers with
 * the run as it is now.
 */
export const cancelEndpoint = (options: SanitizedHyperactiveOptions): Endpoint => ({
  path: '/:id/cancel',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return problem(401, 'Log in as an organizer or admin to cancel an import.')
    if (!hasAnyRole(req.user, options.roles.import)) {
      return problem(403, 'Only organizers and admins may cancel an import.')
    }
    const id = String(req.routeParams?.id ?? '')
    const run = await cancelRun(req.payload, id)
    if (!run) return problem(404, `There is no import run ${id}.`)
    return Response.json(run)
  },
})
