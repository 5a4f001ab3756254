/** Users as the plugins see them: a list of role names, whatever the app calls them. */
export type UserWithRoles = { roles?: readonly string[] | null } | null | undefined

/** True when the user holds one of `roles` (an app's policy, given to a plugin as an option). */
export const hasAnyRole = (user: unknown, roles: readonly string[]): boolean =>
  Boolean((user as UserWithRoles)?.roles?.some((role) => roles.includes(role)))
