import type { FieldAccess } from 'payload'

import { fieldHasRole, hasRole } from './hasRole.js'
import { EDITOR_ROLES, isStaffUser } from './roles.js'

/** Who writes content: organizers and admins (moderators change workflow state only). */
export const isEditor = hasRole(...EDITOR_ROLES)

/** Private details of people (contact, access needs): organizers and admins only. */
export const isOrganizerField = fieldHasRole(...EDITOR_ROLES)

/** Anything staff may read, nobody anonymous. */
export const isStaffField: FieldAccess = ({ req }) => isStaffUser(req.user)
