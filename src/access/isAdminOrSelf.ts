import type { Access } from 'payload'

import { userHasRole } from './roles.js'

/** Admins see every user; everyone else only their own account (a `Where` the database applies). */
export const isAdminOrSelf: Access = ({ req }) => {
  if (!req.user) return false
  if (userHasRole(req.user, 'admin')) return true
  return { id: { equals: req.user.id } }
}
