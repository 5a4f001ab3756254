import type { CollectionConfig, Field } from 'payload'

import { hasAnyRole } from '../../shared/index.js'
import type { SanitizedHyperactiveOptions } from '../defaults.js'

export const IMPORTS_SLUG = 'hyperactive-imports'

const nobody = () => false

const COUNTS = [
  ['events', 'Events', 'Eventos'],
  ['created', 'Created', 'Creados'],
  ['updated', 'Updated', 'Actualizados'],
  ['unchanged', 'Unchanged', 'Sin cambios'],
] as const
const count = (name: string, en: string, es: string): Field => ({
  name,
  type: 'number',
  label: { en, es },
  admin: { readOnly: true },
})

/**
 * One row per file imported (dry runs leave none): who, when, what it changed, conflicts with
 * edits made here, and the file's events in its own order, so `/events.xml?import=ID` can give
 * the file back as it came. Written by the importer only.
 */
export const hyperactiveImports = (options: SanitizedHyperactiveOptions): CollectionConfig => {
  const staff = ({ req }: { req: { user?: unknown } }) => hasAnyRole(req.user, options.roles.staff)
  return {
    slug: IMPORTS_SLUG,
    labels: {
      singular: { en: 'Hyperactive import', es: 'Importación de Hyperactive' },
      plural: { en: 'Hyperactive imports', es: 'Importaciones de Hyperactive' },
    },
    admin: {
      group: options.adminGroup,
      useAsTitle: 'file',
      defaultColumns: [
        'file',
        'createdAt',
        'importedBy',
        'events',
        'created',
        'updated',
        'conflicts',
      ],
      description: {
        en: 'Each imported file. Its events as the file listed them: /events.xml?import=ID (staff get every state).',
        es: 'Cada archivo importado. Sus eventos en el orden del archivo: /events.xml?import=ID (el equipo ve todos los estados).',
      },
    },
    defaultSort: '-createdAt',
    access: { read: staff, create: nobody, update: nobody, delete: staff },
    fields: [
      {
        name: 'file',
        type: 'text',
        label: { en: 'File', es: 'Archivo' },
        admin: { readOnly: true },
      },
      {
        name: 'sha256',
        type: 'text',
        index: true,
        label: { en: 'SHA-256 of the file', es: 'SHA-256 del archivo' },
        admin: { readOnly: true },
      },
      {
        name: 'importedBy',
        type: 'relationship',
        relationTo: 'users',
        label: { en: 'Imported by', es: 'Importado por' },
        admin: { readOnly: true },
      },
      { type: 'row', fields: COUNTS.map(([name, en, es]) => count(name, en, es)) },
      {
        name: 'conflicts',
        type: 'json',
        label: {
          en: 'Edits made here that were kept although the file differs, by event',
          es: 'Cambios hechos aquí que se conservaron aunque el archivo difiere, por evento',
        },
        admin: { readOnly: true },
      },
      // `<event>` (one record) or `<events type="array">`: how the file is given back.
      { name: 'single', type: 'checkbox', admin: { hidden: true } },
      { name: 'feedIds', type: 'json', admin: { hidden: true } },
    ],
  }
}
