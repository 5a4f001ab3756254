import type { Access, CollectionConfig, DefaultValue, PayloadRequest } from 'payload'

import { checkReview, refreshAfterDelete, refreshProposal } from '../hooks/reviewHooks.js'
import { loadCriteria } from '../services/reviews.js'
import { allow, holds } from '../utilities/roles.js'
import { SCORE_MAX, SCORE_MIN } from '../utilities/scores.js'

export const REVIEWS_SLUG = 'reviews'

/** Organizers and admins see every review; a reviewer only their own. */
const ownUnlessOrganizer: Access = ({ req }) => {
  if (!req.user) return false
  if (holds(req, 'organizers')) return true
  if (holds(req, 'reviewers')) return { reviewer: { equals: req.user.id } }
  return false
}

/** Everyone edits and deletes only their own reviews; admins any. */
const ownUnlessAdmin: Access = ({ req }) => {
  if (!req.user) return false
  if (holds(req, 'admins')) return true
  if (holds(req, 'organizers', 'reviewers')) return { reviewer: { equals: req.user.id } }
  return false
}

/** A new review starts with one row per criterion of the call, in its order. */
const criteriaRows = (async ({ req }: { req: PayloadRequest }) =>
  (await loadCriteria(req)).map((c) => ({ criterion: c.key }))) as unknown as DefaultValue

/**
 * Scores and comments on proposals, one review per reviewer and proposal. The weighted score is
 * computed from the call's criteria; the proposal carries the mean of its reviews.
 */
export const Reviews: CollectionConfig = {
  slug: REVIEWS_SLUG,
  labels: {
    singular: { en: 'Review', es: 'Revisión' },
    plural: { en: 'Reviews', es: 'Revisiones' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'weightedScore', 'reviewer', 'updatedAt'],
    description: {
      en: 'Score each criterion from 1 (weak) to 5 (strong). Reviewers see only their own reviews.',
      es: 'Puntúa cada criterio de 1 (flojo) a 5 (fuerte). Cada revisor/a ve solo sus revisiones.',
    },
  },
  access: {
    create: allow('organizers', 'reviewers'),
    read: ownUnlessOrganizer,
    update: ownUnlessAdmin,
    delete: ownUnlessAdmin,
  },
  indexes: [{ fields: ['proposal', 'reviewer'], unique: true }],
  hooks: {
    beforeChange: [checkReview],
    afterChange: [refreshProposal],
    afterDelete: [refreshAfterDelete],
  },
  fields: [
    {
      name: 'proposal',
      type: 'relationship',
      relationTo: 'proposals',
      required: true,
      index: true,
      label: { en: 'Proposal', es: 'Propuesta' },
    },
    {
      name: 'scores',
      type: 'array',
      label: { en: 'Scores', es: 'Puntuaciones' },
      labels: {
        singular: { en: 'Score', es: 'Puntuación' },
        plural: { en: 'Scores', es: 'Puntuaciones' },
      },
      defaultValue: criteriaRows,
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'criterion',
              type: 'text',
              required: true,
              maxLength: 60,
              label: { en: 'Criterion', es: 'Criterio' },
              admin: { readOnly: true },
            },
            {
              name: 'score',
              type: 'number',
              required: true,
              min: SCORE_MIN,
              max: SCORE_MAX,
              label: { en: 'Score (1–5)', es: 'Puntuación (1–5)' },
            },
          ],
        },
      ],
    },
    {
      name: 'comment',
      type: 'textarea',
      maxLength: 8000,
      label: { en: 'Comment for the organizers', es: 'Comentario para la organización' },
    },
    {
      name: 'weightedScore',
      type: 'number',
      index: true,
      label: { en: 'Weighted score', es: 'Puntuación ponderada' },
      admin: { readOnly: true, position: 'sidebar' },
      access: { create: () => false, update: () => false },
    },
    {
      name: 'reviewer',
      type: 'relationship',
      relationTo: 'users',
      index: true,
      label: { en: 'Reviewer', es: 'Revisor/a' },
      admin: {
        readOnly: true,
        position: 'sidebar',
        description: { en: 'Set to whoever writes the review.', es: 'Quien escribe la revisión.' },
      },
    },
    {
      name: 'title',
      type: 'text',
      label: { en: 'Review of', es: 'Revisión de' },
      admin: { hidden: true },
      access: { create: () => false, update: () => false },
    },
  ],
}
