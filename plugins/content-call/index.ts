import type { Config, Plugin } from 'payload'

import { proposalFields } from './fields/proposalFields.js'
import { CallSettings } from './globals/CallSettings.js'
import { confirmProposal, publicProposal } from './hooks/proposalHooks.js'
import {
  hideUnconfirmed,
  publicSignOn,
  sendSignOnConfirmation,
  signOnFields,
} from './hooks/signOnHooks.js'

export { CALL_SETTINGS_SLUG } from './globals/CallSettings.js'
export { CLIENT_IP_HEADER, PRIVATE_LINK_EDIT, SUBMISSION_LOCALE } from './hooks/proposalHooks.js'
export {
  setSubmissionLimiter,
  type SubmissionLimiter,
  submissionLimiter,
} from './utilities/rateLimit.js'

/**
 * The content call: its settings (a global organizers edit), public submission of proposals
 * through the form, REST and GraphQL with only the submitter's fields kept, and the private
 * link each submitter gets by email.
 */
export const contentCallPlugin =
  (): Plugin =>
  (config: Config): Config => {
    for (const slug of ['proposals', 'organizations']) {
      if (!config.collections?.some((c) => c.slug === slug)) {
        throw new Error(`[content-call] the "${slug}" collection does not exist`)
      }
    }
    return {
      ...config,
      globals: [...(config.globals ?? []), CallSettings],
      collections: (config.collections ?? []).map((collection) =>
        collection.slug === 'organizations'
          ? {
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
          : collection.slug !== 'proposals'
            ? collection
            : {
                ...collection,
                // Anyone may propose; what they may set is decided in `publicProposal`.
                access: { ...collection.access, create: () => true },
                fields: [...collection.fields, ...proposalFields],
                hooks: {
                  ...collection.hooks,
                  beforeChange: [publicProposal, ...(collection.hooks?.beforeChange ?? [])],
                  afterChange: [...(collection.hooks?.afterChange ?? []), confirmProposal],
                },
              },
      ),
    }
  }
