import type { Field } from 'payload'

import type { Role } from '../../../src/access/roles.js'

/** A sidebar panel (no data of its own) that lists the document's moderation log. */
export const moderationHistoryField = (moderatorRoles: readonly Role[]): Field => ({
  name: 'moderationHistory',
  type: 'ui',
  admin: {
    position: 'sidebar',
    disableListColumn: true,
    components: {
      Field: {
        path: '/plugins/moderation/components/ModerationHistory.js#ModerationHistory',
        serverProps: { moderatorRoles: [...moderatorRoles] },
      },
    },
  },
})
