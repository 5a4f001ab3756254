import type { CollectionConfig } from 'payload'

import { hasAnyRole } from '../../shared/index.js'
import { MODERATION_LOG_SLUG } from '../defaults.js'
import type { SanitizedModerationOptions } from '../types.js'
import { MODERATION_STATES } from '../utilities/states.js'

const stateOptions = MODERATION_STATES.map((s) => ({ label: s, value: s }))

/** One entry per state change, written by the plugin only: readable by staff, never editable. */
export const moderationLog = (
  options: Pick<SanitizedModerationOptions, 'moderatorRoles' | 'adminGroup'>,
): CollectionConfig => ({
  slug: MODERATION_LOG_SLUG,
  labels: {
    singular: { en: 'Moderation log entry', es: 'Entrada del registro de moderación' },
    plural: { en: 'Moderation log', es: 'Registro de moderación' },
  },
  admin: {
    group: options.adminGroup,
    useAsTitle: 'summary',
    defaultColumns: ['summary', 'collectionSlug', 'from', 'to', 'user', 'createdAt'],
  },
  access: {
    read: ({ req }) => hasAnyRole(req.user, options.moderatorRoles),
    create: () => false,
    update: () => false,
    delete: () => false,
  },
  defaultSort: '-createdAt',
  fields: [
    { name: 'summary', type: 'text', label: { en: 'Change', es: 'Cambio' } },
    {
      name: 'collectionSlug',
      type: 'text',
      index: true,
      label: { en: 'Collection', es: 'Colección' },
    },
    { name: 'documentId', type: 'text', index: true, label: { en: 'Document', es: 'Documento' } },
    { name: 'from', type: 'select', options: stateOptions, label: { en: 'From', es: 'De' } },
    {
      name: 'to',
      type: 'select',
      options: stateOptions,
      required: true,
      label: { en: 'To', es: 'A' },
    },
    { name: 'user', type: 'relationship', relationTo: 'users', label: { en: 'By', es: 'Por' } },
    { name: 'note', type: 'textarea', label: { en: 'Note', es: 'Nota' } },
  ],
})
