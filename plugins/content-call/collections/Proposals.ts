import type { CollectionConfig } from 'payload'

import type { Vocabulary } from '../types.js'
import { allow } from '../utilities/roles.js'

export const REVIEW_STATES = [
  'pending',
  'in-review',
  'accepted',
  'waitlisted',
  'rejected',
  'withdrawn',
] as const

/**
 * Private to organizers: contact details and needs a reviewer has no reason to see. The
 * submitter writes them when proposing (the content-call plugin decides what a public
 * submission may set); afterwards only organizers read or change them.
 */
const organizersOnly = {
  read: allow('organizers'),
  update: allow('organizers'),
}

/** Links organizers make: never set by a submitter. */
const organizersSet = { create: allow('organizers'), update: allow('organizers') }

export const PROPOSALS_SLUG = 'proposals'

/**
 * Content-call submissions, with the session vocabulary's formats and languages. The plugin
 * adds public submission, reviews and decisions (`index.ts`).
 */
export const proposalsCollection = ({ formats, languages }: Vocabulary): CollectionConfig => ({
  slug: PROPOSALS_SLUG,
  labels: {
    singular: { en: 'Proposal', es: 'Propuesta' },
    plural: { en: 'Proposals', es: 'Propuestas' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'format', 'reviewState', 'submitterName', 'createdAt'],
  },
  access: {
    read: allow('organizers', 'reviewers'),
    create: allow('organizers'),
    update: allow('organizers'),
    delete: allow('admins'),
  },
  fields: [
    {
      name: 'title',
      type: 'text',
      required: true,
      maxLength: 300,
      label: { en: 'Session title', es: 'Título de la sesión' },
    },
    {
      name: 'format',
      type: 'select',
      options: [...formats],
      label: { en: 'Format', es: 'Formato' },
    },
    {
      name: 'description',
      type: 'textarea',
      required: true,
      maxLength: 6000,
      label: { en: 'Description', es: 'Descripción' },
    },
    {
      name: 'audience',
      type: 'textarea',
      maxLength: 2000,
      label: { en: 'Who is it for?', es: '¿Para quién es?' },
    },
    {
      name: 'length',
      type: 'select',
      label: { en: 'Length', es: 'Duración' },
      options: ['30', '60', '90', '120'].map((m) => ({
        value: m,
        label: { en: `${m} minutes`, es: `${m} minutos` },
      })),
    },
    {
      name: 'languages',
      type: 'select',
      hasMany: true,
      options: [...languages],
      label: { en: 'Languages', es: 'Idiomas' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'submitterName',
          type: 'text',
          required: true,
          maxLength: 200,
          label: { en: 'Submitted by', es: 'Enviada por' },
        },
        {
          name: 'submitterPronouns',
          type: 'text',
          maxLength: 60,
          label: { en: 'Pronouns', es: 'Pronombres' },
        },
      ],
    },
    {
      name: 'submitterEmail',
      type: 'email',
      required: true,
      // Every public submission counts the proposals already sent from its address (the
      // call's limit per email): without an index that count reads the whole table, more
      // slowly as the call goes on.
      index: true,
      label: { en: 'Email (organizers only)', es: 'Correo (solo organización)' },
      access: organizersOnly,
    },
    {
      name: 'organizationName',
      type: 'text',
      maxLength: 200,
      label: { en: 'Organization (as written)', es: 'Organización (tal como la escribieron)' },
    },
    {
      name: 'organization',
      type: 'relationship',
      relationTo: 'organizations',
      label: { en: 'Organization', es: 'Organización' },
      access: organizersSet,
    },
    {
      name: 'coFacilitators',
      type: 'array',
      label: { en: 'Co-facilitators', es: 'Co-facilitadoras/es' },
      labels: {
        singular: { en: 'Co-facilitator', es: 'Co-facilitadora/e' },
        plural: { en: 'Co-facilitators', es: 'Co-facilitadoras/es' },
      },
      fields: [
        {
          name: 'name',
          type: 'text',
          required: true,
          maxLength: 200,
          label: { en: 'Name', es: 'Nombre' },
        },
        {
          name: 'email',
          type: 'email',
          label: { en: 'Email (organizers only)', es: 'Correo (solo organización)' },
          access: organizersOnly,
        },
      ],
    },
    {
      name: 'technicalNeeds',
      type: 'textarea',
      maxLength: 2000,
      label: { en: 'Technical needs', es: 'Necesidades técnicas' },
    },
    {
      name: 'accessNeeds',
      type: 'textarea',
      maxLength: 4000,
      label: {
        en: 'Access needs (organizers only)',
        es: 'Necesidades de accesibilidad (solo organización)',
      },
      access: organizersOnly,
    },
    {
      name: 'childcareRequest',
      type: 'textarea',
      maxLength: 2000,
      label: {
        en: 'Childcare request (organizers only)',
        es: 'Solicitud de cuidado infantil (solo organización)',
      },
      access: organizersOnly,
    },
    {
      name: 'consent',
      type: 'checkbox',
      required: true,
      label: {
        en: 'Agreed to the content call terms',
        es: 'Acepta las condiciones de la convocatoria',
      },
    },
    {
      name: 'reviewState',
      type: 'select',
      // Not `required`: GraphQL would then demand it from submitters, who may not set it.
      // It always has a value: the default, or what the content-call plugin forces.
      defaultValue: 'pending',
      index: true,
      options: REVIEW_STATES.map((s) => ({
        value: s,
        label: {
          pending: { en: 'Pending', es: 'Pendiente' },
          'in-review': { en: 'In review', es: 'En revisión' },
          accepted: { en: 'Accepted', es: 'Aceptada' },
          waitlisted: { en: 'Waitlisted', es: 'En lista de espera' },
          rejected: { en: 'Not accepted', es: 'No aceptada' },
          withdrawn: { en: 'Withdrawn', es: 'Retirada' },
        }[s],
      })),
      label: { en: 'Review state', es: 'Estado de revisión' },
      admin: { position: 'sidebar' },
      access: organizersSet,
    },
    {
      name: 'session',
      type: 'join',
      collection: 'sessions',
      on: 'proposal',
      label: { en: 'Session created from it', es: 'Sesión creada a partir de ella' },
    },
  ],
})
