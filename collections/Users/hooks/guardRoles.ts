import type { CollectionBeforeOperationHook } from 'payload'

import { APIError } from 'payload'

import { userHasRole } from '../../../src/access/roles.js'

const sameRoles = (a: unknown, b: unknown) =>
  JSON.stringify([...((a as string[]) ?? [])].sort()) ===
  JSON.stringify([...((b as string[]) ?? [])].sort())

/**
 * Only admins change roles. Payload's field access would silently drop the value; an explicit
 * 403 tells the person why nothing happened. The first user ever created becomes an admin
 * (that is how a fresh install gets its first account through /admin/create-first-user).
 */
export const guardRoles: CollectionBeforeOperationHook<'users'> = async ({
  args,
  operation,
  req,
}) => {
  if (operation !== 'create' && operation !== 'update' && operation !== 'updateByID') return args
  const data = args.data as { roles?: string[] } | undefined
  if (operation === 'create') {
    const { totalDocs } = await req.payload.count({
      collection: 'users',
      overrideAccess: true,
      req,
    })
    if (totalDocs === 0) {
      ;(args as { data?: unknown }).data = { ...data, roles: ['admin'] }
      return args
    }
  }
  if (!data || !('roles' in data) || args.overrideAccess) return args
  if (userHasRole(req.user, 'admin')) return args
  if (operation === 'update' || operation === 'updateByID') {
    const id = (args as { id?: number | string }).id ?? req.user?.id
    if (id !== undefined) {
      const current = await req.payload
        .findByID({ collection: 'users', depth: 0, id, overrideAccess: true, req })
        .catch(() => null)
      if (current && sameRoles(current.roles, data.roles)) return args
    }
  }
  throw new APIError('Only an admin can change a user\'s roles (field "roles").', 403)
}
