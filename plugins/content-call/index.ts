import type { CollectionConfig, Config, Field, FieldAccess, Plugin } from 'payload'

import { requireMailTask } from '../shared/index.js'
import { DecisionEmails } from './collections/DecisionEmails.js'
import { ErasureLog } from './collections/ErasureLog.js'
import { Reviews } from './collections/Reviews.js'
import { createSessionEndpoint } from './endpoints/createSession.js'
import { proposalFields } from './fields/proposalFields.js'
import { callSettings } from './globals/CallSettings.js'
import { proposalsCollection } from './collections/Proposals.js'
import { CONTENT_CALL_OPTIONS, sanitizeOptions } from './defaults.js'
import { draftOnDecision, hiddenWhenBlind, rescoreOnCriteriaChange } from './hooks/decisionHooks.js'
import { confirmProposal, publicProposal } from './hooks/proposalHooks.js'
import {
  hideUnconfirmed,
  publicSignOn,
  sendSignOnConfirmation,
  signOnFields,
} from './hooks/signOnHooks.js'
import { eraseAccessNeedsTask, rescoreReviewsTask, sendDecisionEmailTask } from './jobs/tasks.js'
import type { ContentCallPluginOptions } from './types.js'
import { allow } from './utilities/roles.js'
import { readVocabulary } from './utilities/vocabulary.js'
import { describeFields } from '../shared/index.js'
import { CONTENT_CALL_DESCRIPTIONS } from './descriptions.js'

export { CALL_SETTINGS_SLUG } from './globals/CallSettings.js'
export { PROPOSALS_SLUG, REVIEW_STATES } from './collections/Proposals.js'
export { CONTENT_CALL_OPTIONS } from './defaults.js'
export { type CallSeed, seedCall } from './seed.js'
export type {
  ContentCallPluginOptions,
  ContentCallRoles,
  SanitizedContentCallOptions,
} from './types.js'
export { CLIENT_IP_HEADER, PRIVATE_LINK_EDIT, SUBMISSION_LOCALE } from './hooks/proposalHooks.js'
export { eraseAccessNeeds } from './services/erasure.js'
export {
  setSubmissionLimiter,
  type SubmissionLimiter,
  submissionLimiter,
  submissionLimiterFrom,
  submissionsPerHour,
} from './utilities/rateLimit.js'
export {
  setSpentStamps,
  type SpentStamps,
  spentStamps,
  STAMP_MAX_AGE_MS,
} from './utilities/spentStamps.js'

/** What reviewers in blind review do not see: who submitted and their organization. */
export const IDENTIFYING_FIELDS = [
  'submitterName',
  'submitterPronouns',
  'organizationName',
  'organization',
  'coFacilitators',
]

/** `fields` with `wrap` applied to the read access of every field named in `names`, at any depth of rows. */
function wrapRead(fields: Field[], names: string[], wrap: (a?: FieldAccess) => FieldAccess) {
  return fields.map((field): Field => {
    if ('name' in field && names.includes(field.name) && field.type !== 'ui') {
      const access = (field as { access?: { read?: FieldAccess } }).access
      return { ...field, access: { ...access, read: wrap(access?.read) } } as Field
    }
    if (field.type === 'row' || field.type === 'collapsible') {
      return { ...field, fields: wrapRead(field.fields, names, wrap) }
    }
    return field
  })
}

const organizers = allow('organizers')
const computed = { read: organizers, create: () => false, update: () => false }

/** Review figures, links and the session action the plugin adds to proposals. */
const reviewFields: Field[] = [
  {
    type: 'row',
    admin: { position: 'sidebar' },
    fields: [
      {
        name: 'reviewScore',
        type: 'number',
        index: true,
        label: { en: 'Score (weighted)', es: 'Puntuación (ponderada)' },
        admin: { readOnly: true },
        access: computed,
      },
      {
        name: 'reviewCount',
        type: 'number',
        defaultValue: 0,
        label: { en: 'Reviews', es: 'Revisiones' },
        admin: { readOnly: true },
        access: computed,
      },
    ],
  },
  {
    name: 'createSession',
    type: 'ui',
    admin: {
      position: 'sidebar',
      components: { Field: '/plugins/content-call/components/CreateSession.js#CreateSession' },
    },
  },
  {
    name: 'reviews',
    type: 'join',
    collection: 'reviews',
    on: 'proposal',
    label: { en: 'Reviews', es: 'Revisiones' },
    admin: { defaultColumns: ['reviewer', 'weightedScore', 'comment'] },
  },
  {
    name: 'decisionEmails',
    type: 'join',
    collection: 'decision-emails',
    on: 'proposal',
    label: { en: 'Decision emails', es: 'Correos de decisión' },
    admin: { defaultColumns: ['subject', 'status', 'sentAt'] },
  },
]

/** What the content call adds to a session made from a proposal. */
const sessionFields: Field[] = [
  {
    name: 'facilitatorNeeds',
    type: 'textarea',
    maxLength: 8000,
    label: {
      en: 'Facilitators’ access, childcare and technical needs (organizers only)',
      es: 'Necesidades de accesibilidad, cuidado infantil y técnicas de quienes facilitan (solo organización)',
    },
    admin: {
      description: {
        en: 'Carried over from the proposal. Erased automatically after the gathering.',
        es: 'Copiadas de la propuesta. Se borran automáticamente tras el encuentro.',
      },
    },
    access: { read: organizers, create: organizers, update: organizers },
  },
]

function extendProposals(collection: CollectionConfig): CollectionConfig {
  return {
    ...collection,
    // Anyone may propose; what they may set is decided in `publicProposal`.
    access: { ...collection.access, create: () => true },
    admin: {
      ...collection.admin,
      defaultColumns: ['title', 'reviewState', 'reviewScore', 'reviewCount', 'track', 'createdAt'],
    },
    endpoints: [...(collection.endpoints || []), createSessionEndpoint],
    // Organizers sort by score, and Payload adds `-createdAt` after it: with only the score's
    // index, every unscored proposal (most of them) tied and was sorted with its whole document
    // built. Walked backwards this gives `-reviewScore` whole.
    indexes: [...(collection.indexes ?? []), { fields: ['reviewScore', 'createdAt'] }],
    fields: [
      ...wrapRead(collection.fields, IDENTIFYING_FIELDS, hiddenWhenBlind),
      ...proposalFields,
      ...reviewFields,
    ],
    hooks: {
      ...collection.hooks,
      beforeChange: [publicProposal, ...(collection.hooks?.beforeChange ?? [])],
      afterChange: [...(collection.hooks?.afterChange ?? []), confirmProposal, draftOnDecision],
    },
  }
}

function extendSessions(collection: CollectionConfig): CollectionConfig {
  return {
    ...collection,
    fields: [
      // One session per proposal, guaranteed by the database too.
      ...collection.fields.map((field) =>
        'name' in field && field.name === 'proposal'
          ? ({ ...field, unique: true } as Field)
          : field,
      ),
      ...sessionFields,
    ],
  }
}

/**
 * The content call: its settings (a global organizers edit), public submission of proposals
 * and sign-ons, reviews with weighted criteria and blind mode, decision emails through an
 * outbox organizers release, sessions from accepted proposals, and the erasure of access
 * needs after the gathering.
 */
export const contentCallPlugin =
  (incoming: ContentCallPluginOptions = {}): Plugin =>
  (config: Config): Config => {
    for (const slug of ['organizations', 'sessions', 'people', 'events']) {
      if (!config.collections?.some((c) => c.slug === slug)) {
        throw new Error(`[content-call] the "${slug}" collection does not exist`)
      }
    }
    // Every message (confirmations, decisions) goes out through the app's mail task.
    requireMailTask('content-call', config)
    const options = {
      ...sanitizeOptions(incoming),
      vocabulary: readVocabulary(config.collections ?? []),
    }
    const grouped = <T extends { admin?: object }>(entity: T): T => ({
      ...entity,
      admin: { ...entity.admin, group: options.adminGroup },
    })
    const settings = callSettings(options.vocabulary)
    return describeFields(CONTENT_CALL_DESCRIPTIONS)({
      ...config,
      custom: { ...config.custom, [CONTENT_CALL_OPTIONS]: options },
      globals: [
        ...(config.globals ?? []),
        grouped({
          ...settings,
          hooks: { ...settings.hooks, afterChange: [rescoreOnCriteriaChange] },
        }),
      ],
      jobs: {
        ...config.jobs,
        tasks: [
          ...(config.jobs?.tasks ?? []),
          sendDecisionEmailTask,
          rescoreReviewsTask,
          eraseAccessNeedsTask,
        ],
      },
      collections: [
        ...(config.collections ?? []).map((collection) => {
          switch (collection.slug) {
            case 'organizations':
              return {
                ...collection,
                // Anyone may sign on; `publicSignOn` decides what they may set.
                access: {
                  ...collection.access,
                  create: () => true,
                  read: hideUnconfirmed(collection.access?.read),
                },
                fields: [...collection.fields, ...signOnFields],
                hooks: {
                  ...collection.hooks,
                  beforeChange: [publicSignOn, ...(collection.hooks?.beforeChange ?? [])],
                  afterChange: [...(collection.hooks?.afterChange ?? []), sendSignOnConfirmation],
                },
              }
            case 'sessions':
              return extendSessions(collection)
            default:
              return collection
          }
        }),
        grouped(extendProposals(proposalsCollection(options.vocabulary))),
        grouped(Reviews),
        grouped(DecisionEmails),
        grouped(ErasureLog),
      ],
    })
  }
