import type { Field, FieldAccess, PayloadRequest } from 'payload'

import { sameContent } from '../utilities/sameContent.js'

/** `req.context` key: the fields a moderator tried to change in this write (see enforceState). */
export const MODERATOR_ATTEMPTS = 'moderation:moderator-attempts'

/** The fields a moderator who is not an editor tried to change in this request. */
export const moderatorAttempts = (req: PayloadRequest): string[] =>
  (req.context?.[MODERATOR_ATTEMPTS] as string[] | undefined) ?? []

/**
 * Update access for one field a moderator may not change: false for them, so the admin shows
 * it read-only; the collection's own rule for everyone else. Payload drops a refused value
 * before the collection's hooks run, so a changed one is noted for enforceState, which answers
 * 403 naming it instead of saving the rest as if nothing were asked.
 */
const lockedFor =
  (name: string, existing: FieldAccess | undefined, moderatorOnly: (user: unknown) => boolean) =>
  async (args: Parameters<FieldAccess>[0]): Promise<boolean> => {
    if (!moderatorOnly(args.req.user)) return existing ? existing(args) : true
    const sent = args.siblingData as Record<string, unknown> | undefined
    const before = args.doc as Record<string, unknown> | undefined
    if (sent && name in sent && !sameContent(sent[name], before?.[name])) {
      const attempts = moderatorAttempts(args.req)
      if (!attempts.includes(name)) {
        args.req.context = { ...args.req.context, [MODERATOR_ATTEMPTS]: [...attempts, name] }
      }
    }
    return false
  }

/**
 * The collection's fields with every data field a moderator may not change locked for them,
 * looking through rows, collapsibles and unnamed tabs (which hold no data of their own).
 * `allowed` are the fields moderators may change.
 */
export function lockForModerators(
  fields: Field[],
  allowed: ReadonlySet<string>,
  moderatorOnly: (user: unknown) => boolean,
): Field[] {
  return fields.map((field): Field => {
    if (field.type === 'row' || field.type === 'collapsible') {
      return { ...field, fields: lockForModerators(field.fields, allowed, moderatorOnly) }
    }
    if (field.type === 'tabs') {
      return {
        ...field,
        // A named tab nests its data and takes no access of its own: enforceState guards it.
        tabs: field.tabs.map((tab) =>
          'name' in tab && tab.name
            ? tab
            : { ...tab, fields: lockForModerators(tab.fields, allowed, moderatorOnly) },
        ),
      }
    }
    if (!('name' in field) || allowed.has(field.name) || field.type === 'ui') return field
    if (field.type === 'join') return field
    const existing = 'access' in field ? field.access?.update : undefined
    return {
      ...field,
      access: {
        ...('access' in field ? field.access : {}),
        update: lockedFor(field.name, existing, moderatorOnly),
      },
    } as Field
  })
}
