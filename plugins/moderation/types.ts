import type { CollectionSlug } from 'payload'

import type { AdminLabel } from '../shared/index.js'
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
   * @default `editorRoles` into any state; `moderatorRoles` into any but pending
   */
  transitions?: Record<ModerationState, readonly string[]>
  /**
   * Roles that see every state and the staff note, and may change the state (by `transitions`).
   * @default ['admin', 'organizer', 'moderator']
   */
  moderatorRoles?: readonly string[]
  /**
   * Roles that edit content itself: besides the state they may change any field, and by the
   * default `transitions` send a document back to pending. Other moderators change only the
   * state and the staff note.
   * @default ['admin', 'organizer']
   */
  editorRoles?: readonly string[]
  /**
   * The admin group of the moderation log and the content filters.
   * @default { en: 'Settings', es: 'Configuración' }
   */
  adminGroup?: AdminLabel
  /**
   * Who is emailed when an item enters the queue, is hidden or is unhidden: these addresses.
   * @default every user holding one of `notifyRoles`
   */
  notifyRecipients?: readonly string[]
  /**
   * Whose users are emailed when `notifyRecipients` is not given.
   * @default ['moderator']
   */
  notifyRoles?: readonly string[]
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
