import type { CollectionConfig } from 'payload'

import { allow } from '../utilities/roles.js'

export const ERASURE_LOG_SLUG = 'erasure-log'

/**
 * What the erasure job removed and when: which documents and which fields, never the erased
 * text. Written only by the job; organizers and admins read it; nobody edits or deletes it.
 */
export const ErasureLog: CollectionConfig = {
  slug: ERASURE_LOG_SLUG,
  labels: {
    singular: { en: 'Erasure record', es: 'Registro de borrado' },
    plural: { en: 'Erasure log', es: 'Registro de borrados' },
  },
  admin: {
    useAsTitle: 'summary',
    defaultColumns: ['summary', 'createdAt'],
    description: {
      en: 'Access needs and childcare requests are erased automatically after the gathering (see Content call → Gathering and privacy).',
      es: 'Las necesidades de accesibilidad y de cuidado infantil se borran automáticamente tras el encuentro (ver Convocatoria → Encuentro y privacidad).',
    },
  },
  access: {
    create: () => false,
    read: allow('organizers'),
    update: () => false,
    delete: () => false,
  },
  fields: [
    { name: 'summary', type: 'text', label: { en: 'Summary', es: 'Resumen' } },
    {
      name: 'gathering',
      type: 'relationship',
      relationTo: 'events',
      label: { en: 'Gathering', es: 'Encuentro' },
    },
    { name: 'cutoff', type: 'date', label: { en: 'Erase after', es: 'Borrar después de' } },
    {
      name: 'erased',
      type: 'array',
      label: { en: 'Erased', es: 'Borrado' },
      labels: {
        singular: { en: 'Erased document', es: 'Documento borrado' },
        plural: { en: 'Erased documents', es: 'Documentos borrados' },
      },
      fields: [
        { name: 'collection', type: 'text', label: { en: 'Collection', es: 'Colección' } },
        { name: 'documentId', type: 'text', label: { en: 'Document', es: 'Documento' } },
        { name: 'fields', type: 'text', label: { en: 'Fields', es: 'Campos' } },
      ],
    },
  ],
}
