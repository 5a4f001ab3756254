import type { FieldAccess } from 'payload'

import { fieldHasRole, hasRole } from './hasRole.js'
import { isStaffUser } from './roles.js'

/** Who writes content: organizers and admins (moderators change workflow state only). */
export const isEditor = hasRole('admin', 'organizer')

/** Private details of people (contact, access needs): organizers and admins only. */
export const isOrganizerField = fieldHasRole('admin', 'organizer')

/** Anything staff may read, nobody anonymous. */
export const isStaffField: FieldAccess = ({ req }) => isStaffUser(req.user)
