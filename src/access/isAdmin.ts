import { fieldHasRole, hasRole } from './hasRole.js'

export const isAdmin = hasRole('admin')
export const isAdminField = fieldHasRole('admin')
