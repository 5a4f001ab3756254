import type { AdminLabel } from '../shared/index.js'

/** Who does what in the content call, by the role names in `user.roles`. */
export type ContentCallRoles = {
  /**
   * Manage everything: delete proposals and decision emails, change any review.
   * @default ['admin']
   */
  admins?: readonly string[]
  /**
   * Run the call: edit proposals and the call's settings, read private details (contact,
   * access needs), decide, release decision emails, make sessions.
   * @default ['admin', 'organizer']
   */
  organizers?: readonly string[]
  /**
   * Review proposals (in blind review without who submitted them) and keep their own reviews.
   * @default ['reviewer']
   */
  reviewers?: readonly string[]
  /**
   * Moderate public content: they see confirmed sign-ons only (an unconfirmed one is the
   * submitter's private business until they click their link).
   * @default ['moderator']
   */
  moderators?: readonly string[]
}

/**
 * Options of `contentCallPlugin`. The plugin adds the `proposals` collection (with reviews,
 * decision emails and the erasure log) and the `call-settings` global, and extends the app's
 * `organizations` (public sign-on) and `sessions` (made from accepted proposals), which must
 * exist, with `people` and `events`. The choices of a proposal's format and languages are the
 * options of the `sessions` collection's `format` and `languages` select fields; the kinds of a
 * sign-on are those of the `organizations` collection's `kind` field, so the vocabulary has
 * one home.
 */
export type ContentCallPluginOptions = {
  roles?: ContentCallRoles
  /**
   * The admin group of the plugin's collections and its settings.
   * @default { en: 'Content call', es: 'Convocatoria' }
   */
  adminGroup?: AdminLabel
}

/** A choice of a select field, labelled in the admin's languages. */
export type Choice = { value: string; label: string | Record<string, string> }

/** The choices the call shares with the app, read from the app's own select fields. */
export type Vocabulary = {
  /** `sessions.format` */
  formats: readonly Choice[]
  /** `sessions.languages` */
  languages: readonly Choice[]
  /** `organizations.kind` */
  organizationKinds: readonly Choice[]
}

export type SanitizedContentCallOptions = {
  roles: Required<{ [K in keyof ContentCallRoles]: readonly string[] }>
  adminGroup: AdminLabel
  vocabulary: Vocabulary
}
