import type { Access, FieldAccess } from 'payload'

import { type Role, userHasRole } from './roles.js'

/** Collection access: true when the logged-in user holds any of `roles`. */
export const hasRole =
  (...roles: Role[]): Access =>
  ({ req }) =>
    userHasRole(req.user, ...roles)

/** Field access: true when the logged-in user holds any of `roles`. */
export const fieldHasRole =
  (...roles: Role[]): FieldAccess =>
  ({ req }) =>
    userHasRole(req.user, ...roles)
