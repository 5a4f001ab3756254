import type { CollectionSlug } from 'payload'

import type { Role } from '../../src/access/roles.js'
import type { ModerationState } from './utilities/states.js'

export type ModeratedCollectionOptions = {
  /**
   * State of a document created by staff who may publish. Content from anyone else (public
   * forms, anonymous API) always starts `pending`, whatever it sends.
   * @default 'pending'
   */
  staffDefault?: ModerationState
}

export type ModerationPluginOptions = {
  /** The collections that get the workflow, each with its own defaults. */
  collections: Partial<Record<CollectionSlug, ModeratedCollectionOptions>>
  /**
   * States anonymous and unprivileged readers may see.
   * @default ['published', 'promoted', 'featured']
   */
  visibleStates?: readonly ModerationState[]
  /**
   * Roles that may move a document into each state.
   * @default DEFAULT_TRANSITION_ROLES (organizers and admins: any; moderators: not back to pending)
   */
  transitions?: Record<ModerationState, readonly Role[]>
  /**
   * Roles that see every state and may moderate.
   * @default ['admin', 'organizer', 'moderator']
   */
  moderatorRoles?: readonly Role[]
  /**
   * Who is emailed when an item enters the queue, is hidden or is unhidden.
   * @default every user with the moderator role
   */
  notifyRecipients?: readonly string[]
  /**
   * When false the fields and the log stay (the schema does not change) but nothing is enforced.
   * @default true
   */
  enabled?: boolean
}

export type SanitizedModerationOptions = Required<
  Omit<ModerationPluginOptions, 'notifyRecipients'>
> &
  Pick<ModerationPluginOptions, 'notifyRecipients'>
