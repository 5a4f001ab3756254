import type { Endpoint } from 'payload'

import { holds } from '../utilities/roles.js'
import { releaseDecisions } from '../services/decisions.js'

/**
 * `POST /api/decision-emails/release` with `{"ids": [...]}` or `{"all": true}`: organizers
 * release drafts; each is sent by its own job. Answers `{released, skipped}`.
 */
export const releaseEndpoint: Endpoint = {
  path: '/release',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return Response.json({ error: 'Log in to release emails.' }, { status: 401 })
    if (!holds(req, 'organizers')) {
      return Response.json(
        { error: 'Only organizers and admins release decision emails.' },
        { status: 403 },
      )
    }
    const body = (await req.json?.().catch(() => null)) as { ids?: unknown; all?: unknown } | null
    const ids = body?.ids
    const valid =
      body?.all === true ||
      (Array.isArray(ids) &&
        ids.length > 0 &&
        ids.length <= 1000 &&
        ids.every((id) => typeof id === 'string' && id.length > 0 && id.length <= 64))
    if (!valid) {
      return Response.json(
        {
          error:
            'Send {"ids": ["…"]} (1 to 1000 outbox ids) or {"all": true} to release every draft.',
          field: 'ids',
        },
        { status: 400 },
      )
    }
    const result = await releaseDecisions(
      req,
      body?.all === true ? 'all-drafts' : (ids as string[]),
    )
    return Response.json(result, { status: 200 })
  },
}
