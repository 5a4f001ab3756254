import type { Access, CollectionConfig } from 'payload'

import { forgetOnChange, hasAnyRole } from '../../shared/index.js'
import { CONTENT_FILTERS_MEMO, CONTENT_FILTERS_SLUG } from '../defaults.js'
import type { SanitizedModerationOptions } from '../types.js'
import { patternProblem } from '../utilities/filters.js'

/** Hyperactive's content filters: patterns that hold or hide public and imported content. */
export const contentFilters = (
  options: Pick<SanitizedModerationOptions, 'moderatorRoles' | 'adminGroup'>,
): CollectionConfig => {
  const moderators: Access = ({ req }) => hasAnyRole(req.user, options.moderatorRoles)
  return {
    slug: CONTENT_FILTERS_SLUG,
    labels: {
      singular: { en: 'Content filter', es: 'Filtro de contenido' },
      plural: { en: 'Content filters', es: 'Filtros de contenido' },
    },
    admin: {
      group: options.adminGroup,
      useAsTitle: 'name',
      defaultColumns: ['name', 'action', 'enabled'],
    },
    access: { read: moderators, create: moderators, update: moderators, delete: moderators },
    // Saves later in the same request (an import) are checked against the filters as they are.
    hooks: forgetOnChange(CONTENT_FILTERS_MEMO),
    fields: [
      {
        name: 'name',
        type: 'text',
        required: true,
        maxLength: 120,
        label: { en: 'Name', es: 'Nombre' },
      },
      {
        name: 'expressions',
        type: 'array',
        required: true,
        minRows: 1,
        maxRows: 200,
        label: {
          en: 'Regular expressions (case-insensitive)',
          es: 'Expresiones regulares (sin distinguir mayúsculas)',
        },
        labels: {
          singular: { en: 'Expression', es: 'Expresión' },
          plural: { en: 'Expressions', es: 'Expresiones' },
        },
        fields: [
          {
            name: 'pattern',
            type: 'text',
            required: true,
            label: { en: 'Pattern', es: 'Patrón' },
            validate: (value: unknown) => {
              const problem = patternProblem(String(value ?? ''))
              return problem ? `This pattern ${problem}.` : true
            },
          },
        ],
      },
      {
        name: 'action',
        type: 'select',
        required: true,
        defaultValue: 'hold',
        options: [
          {
            value: 'hold',
            label: { en: 'Hold for review (pending)', es: 'Retener para revisión (pendiente)' },
          },
          { value: 'hide', label: { en: 'Hide', es: 'Ocultar' } },
        ],
        label: { en: 'On a match', es: 'Si coincide' },
      },
      {
        name: 'enabled',
        type: 'checkbox',
        defaultValue: true,
        label: { en: 'Enabled', es: 'Activo' },
      },
    ],
  }
}
