import type { Field, FieldAccess } from 'payload'

/** Hyperactive's admin note: what moderators tell each other about an item, never public. */
export const adminNoteField = (moderatorsOnly: FieldAccess): Field => ({
  name: 'adminNote',
  type: 'richText',
  label: { en: 'Staff note (never public)', es: 'Nota interna (nunca pública)' },
  admin: {
    description: {
      en: 'Seen only by moderators, organizers and admins.',
      es: 'Solo la ven moderadores, organizadores y administradores.',
    },
  },
  access: { read: moderatorsOnly, create: moderatorsOnly, update: moderatorsOnly },
})
