import type { Access } from 'payload'

import { isStaffUser } from './roles.js'

/** Anyone holding a role: the people who may open the admin. */
export const isStaff: Access = ({ req }) => isStaffUser(req.user)
