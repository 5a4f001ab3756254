import type { Field } from 'payload'

/** A sidebar panel (no data of its own) that lists the document's moderation log. */
export const moderationHistoryField = (moderatorRoles: readonly string[]): Field => ({
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
