import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import { APIError } from 'payload'

import { releaseEndpoint } from '../endpoints/release.js'
import { DECISIONS } from '../utilities/decisions.js'
import { allow } from '../utilities/roles.js'

export const DECISION_EMAILS_SLUG = 'decision-emails'

export const OUTBOX_STATES = ['draft', 'released', 'sent', 'failed', 'superseded'] as const

const systemOnly = { create: () => false, update: () => false }

/** Only a draft's subject and text can be edited; once released it is a record. */
const onlyDrafts: CollectionBeforeChangeHook = ({ data, operation, originalDoc }) => {
  const edits = (['subject', 'body'] as const).filter(
    (key) => data[key] !== undefined && data[key] !== originalDoc?.[key],
  )
  if (operation === 'update' && originalDoc?.status !== 'draft' && edits.length > 0) {
    throw new APIError(
      `This email is ${originalDoc?.status} and can no longer be edited: only drafts can.`,
      409,
    )
  }
  return data
}

/**
 * The outbox of decision emails: one draft per proposal decision, written from the call's
 * templates in the submitter's language, editable until an organizer releases it. Releasing
 * queues the send; the entry then records when, by whom, and how the send went.
 */
export const DecisionEmails: CollectionConfig = {
  slug: DECISION_EMAILS_SLUG,
  labels: {
    singular: { en: 'Decision email', es: 'Correo de decisión' },
    plural: { en: 'Decision emails', es: 'Correos de decisión' },
  },
  admin: {
    useAsTitle: 'subject',
    defaultColumns: ['subject', 'decision', 'to', 'status', 'sentAt'],
    description: {
      en: 'Nothing here is sent until you release it. Edit a draft to personalise it, then select drafts and release them.',
      es: 'Nada se envía hasta que lo liberes. Edita un borrador para personalizarlo y luego selecciona y libera los borradores.',
    },
    components: {
      beforeListTable: ['/plugins/content-call/components/ReleaseDecisions.js#ReleaseDecisions'],
    },
  },
  access: {
    create: () => false,
    read: allow('organizers'),
    update: allow('organizers'),
    delete: allow('admins'),
  },
  endpoints: [releaseEndpoint],
  hooks: { beforeChange: [onlyDrafts] },
  fields: [
    {
      name: 'proposal',
      type: 'relationship',
      relationTo: 'proposals',
      required: true,
      index: true,
      label: { en: 'Proposal', es: 'Propuesta' },
      admin: { readOnly: true },
      access: systemOnly,
    },
    {
      type: 'row',
      fields: [
        {
          name: 'decision',
          type: 'select',
          required: true,
          options: DECISIONS.map((d) => ({
            value: d,
            label: {
              accepted: { en: 'Accepted', es: 'Aceptada' },
              waitlisted: { en: 'Waitlisted', es: 'En lista de espera' },
              rejected: { en: 'Not accepted', es: 'No aceptada' },
            }[d],
          })),
          label: { en: 'Decision', es: 'Decisión' },
          admin: { readOnly: true },
          access: systemOnly,
        },
        {
          name: 'to',
          type: 'email',
          required: true,
          label: { en: 'To', es: 'Para' },
          admin: { readOnly: true },
          access: systemOnly,
        },
        {
          name: 'language',
          type: 'select',
          options: [
            { value: 'en', label: 'English' },
            { value: 'es', label: 'Español' },
          ],
          label: { en: 'Language', es: 'Idioma' },
          admin: { readOnly: true },
          access: systemOnly,
        },
      ],
    },
    {
      name: 'subject',
      type: 'text',
      required: true,
      maxLength: 300,
      label: { en: 'Subject', es: 'Asunto' },
    },
    {
      name: 'body',
      type: 'textarea',
      required: true,
      maxLength: 10000,
      label: { en: 'Text', es: 'Texto' },
      admin: { rows: 14 },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'draft',
      index: true,
      options: OUTBOX_STATES.map((s) => ({
        value: s,
        label: {
          draft: { en: 'Draft', es: 'Borrador' },
          released: { en: 'Released, sending', es: 'Liberado, enviándose' },
          sent: { en: 'Sent', es: 'Enviado' },
          failed: { en: 'Failed', es: 'Falló' },
          superseded: { en: 'Superseded', es: 'Reemplazado' },
        }[s],
      })),
      label: { en: 'Status', es: 'Estado' },
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: {
          en: '“Superseded”: the decision changed before this draft was released.',
          es: '«Reemplazado»: la decisión cambió antes de liberar este borrador.',
        },
      },
      access: systemOnly,
    },
    {
      name: 'releasedAt',
      type: 'date',
      label: { en: 'Released', es: 'Liberado' },
      admin: {
        position: 'sidebar',
        readOnly: true,
        date: { pickerAppearance: 'dayAndTime', displayFormat: 'PPp', timeFormat: 'p' },
      },
      access: systemOnly,
    },
    {
      name: 'releasedBy',
      type: 'relationship',
      relationTo: 'users',
      label: { en: 'Released by', es: 'Liberado por' },
      admin: { position: 'sidebar', readOnly: true },
      access: systemOnly,
    },
    {
      name: 'sentAt',
      type: 'date',
      index: true,
      label: { en: 'Sent', es: 'Enviado' },
      admin: {
        position: 'sidebar',
        readOnly: true,
        date: { pickerAppearance: 'dayAndTime', displayFormat: 'PPp', timeFormat: 'p' },
      },
      access: systemOnly,
    },
    {
      name: 'attempts',
      type: 'number',
      defaultValue: 0,
      label: { en: 'Send attempts', es: 'Intentos de envío' },
      admin: { position: 'sidebar', readOnly: true },
      access: systemOnly,
    },
    {
      name: 'messageId',
      type: 'text',
      label: {
        en: 'Message number at the mail server',
        es: 'Número del mensaje en el servidor de correo',
      },
      admin: { position: 'sidebar', readOnly: true },
      access: systemOnly,
    },
    {
      name: 'lastError',
      type: 'text',
      label: { en: 'Last error', es: 'Último error' },
      admin: { position: 'sidebar', readOnly: true },
      access: systemOnly,
    },
  ],
}
