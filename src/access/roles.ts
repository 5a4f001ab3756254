/** The roles a user can hold, most powerful first. Contract: see shared/DESIGN.md. */
export const ROLES = ['admin', 'organizer', 'moderator', 'reviewer'] as const
export type Role = (typeof ROLES)[number]

type MaybeUser = { roles?: (Role | string)[] | null } | null | undefined

export const userHasRole = (user: MaybeUser, ...roles: Role[]): boolean =>
  Boolean(user?.roles?.some((role) => (roles as string[]).includes(role)))

/** Who writes content: besides the workflow state they may change any field. */
export const EDITOR_ROLES: readonly Role[] = ['admin', 'organizer']

/** Who moderates (Hyperactive's "see admin note"): sees every workflow state and staff notes. */
export const MODERATOR_ROLES: readonly Role[] = ['admin', 'organizer', 'moderator']

export const isModeratorUser = (user: MaybeUser): boolean => userHasRole(user, ...MODERATOR_ROLES)

/** Staff are everyone who works in the admin: every role. */
export const isStaffUser = (user: MaybeUser): boolean => userHasRole(user, ...ROLES)
