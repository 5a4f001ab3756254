import type { CollectionConfig, Field } from 'payload'

import { hasAnyRole } from '../../shared/index.js'
import type { SanitizedHyperactiveOptions } from '../defaults.js'
import { cancelEndpoint } from '../endpoints/cancelEndpoint.js'
import { RUNS_SLUG } from '../utilities/runStates.js'

export { RUNS_SLUG } from '../utilities/runStates.js'

const nobody = () => false
const readOnly = { readOnly: true }

const number = (name: string, en: string, es: string): Field => ({
  name,
  type: 'number',
  defaultValue: 0,
  label: { en, es },
  admin: readOnly,
})

/**
 * One row per import asked for (the admin action, the command): its file until it has run,
 * where it is (checking, then writing: records done, events written, records refused) and its
 * summary at the end. The worker writes it as it goes; the admin reads it to show progress.
 * A cancel is asked through `POST /api/hyperactive-import-runs/ID/cancel`.
 */
export const hyperactiveImportRuns = (options: SanitizedHyperactiveOptions): CollectionConfig => {
  const importers = ({ req }: { req: { user?: unknown } }) =>
    hasAnyRole(req.user, options.roles.import)
  return {
    slug: RUNS_SLUG,
    labels: {
      singular: { en: 'Import run', es: 'Importación en curso' },
      plural: { en: 'Import runs', es: 'Importaciones en curso' },
    },
    admin: {
      group: options.adminGroup,
      useAsTitle: 'file',
      defaultColumns: ['file', 'status', 'done', 'total', 'written', 'failed', 'createdAt'],
      description: {
        en: 'Each import asked for, and how far it got. Imports run one at a time, outside the site’s requests.',
        es: 'Cada importación pedida y hasta dónde llegó. Se hacen de una en una, fuera de las peticiones del sitio.',
      },
    },
    defaultSort: '-createdAt',
    // Written by the worker only: nothing for two editors to collide on.
    lockDocuments: false,
    access: { read: importers, create: nobody, update: nobody, delete: importers },
    endpoints: [cancelEndpoint(options)],
    fields: [
      { name: 'file', type: 'text', label: { en: 'File', es: 'Archivo' }, admin: readOnly },
      {
        name: 'dryRun',
        type: 'checkbox',
        label: { en: 'Check only', es: 'Solo comprobar' },
        admin: readOnly,
      },
      {
        name: 'status',
        type: 'select',
        index: true,
        required: true,
        defaultValue: 'queued',
        options: [
          { value: 'queued', label: { en: 'Waiting to start', es: 'Esperando' } },
          { value: 'checking', label: { en: 'Checking the file', es: 'Comprobando el archivo' } },
          { value: 'writing', label: { en: 'Writing events', es: 'Escribiendo eventos' } },
          { value: 'done', label: { en: 'Done', es: 'Terminada' } },
          { value: 'failed', label: { en: 'Stopped by an error', es: 'Detenida por un error' } },
          { value: 'cancelled', label: { en: 'Cancelled', es: 'Cancelada' } },
        ],
        label: { en: 'Status', es: 'Estado' },
        admin: readOnly,
      },
      {
        type: 'row',
        fields: [
          number('total', 'Events in the file', 'Eventos en el archivo'),
          number('done', 'Done in this step', 'Hechos en este paso'),
          number('written', 'Written', 'Escritos'),
          number('failed', 'Refused', 'Rechazados'),
        ],
      },
      {
        name: 'startedAt',
        type: 'date',
        label: { en: 'Started', es: 'Empezó' },
        admin: { ...readOnly, date: { pickerAppearance: 'dayAndTime' } },
      },
      {
        name: 'finishedAt',
        type: 'date',
        label: { en: 'Finished', es: 'Terminó' },
        admin: { ...readOnly, date: { pickerAppearance: 'dayAndTime' } },
      },
      {
        name: 'requestedBy',
        type: 'relationship',
        relationTo: 'users',
        label: { en: 'Asked for by', es: 'Pedida por' },
        admin: readOnly,
      },
      {
        name: 'cancelRequested',
        type: 'checkbox',
        label: { en: 'Cancel asked for', es: 'Cancelación pedida' },
        admin: readOnly,
      },
      {
        name: 'summary',
        type: 'json',
        label: { en: 'Summary', es: 'Resumen' },
        admin: readOnly,
      },
      // The file itself (base64, the bytes as sent), until the run ends: for the worker only.
      {
        name: 'xml',
        type: 'textarea',
        maxLength: Math.ceil(options.maxBytes / 3) * 4,
        access: { read: nobody, create: nobody, update: nobody },
        admin: { hidden: true },
      },
    ],
  }
}
