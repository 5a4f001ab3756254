import type { CollectionConfig } from 'payload'

import { anyone } from '../../src/access/anyone.js'
import { hasRole } from '../../src/access/hasRole.js'
import { EDITOR_ROLES, MODERATOR_ROLES } from '../../src/access/roles.js'
import { groups } from '../../src/i18n/labels.js'
import { mediaDir } from '../../src/paths.js'
import { checkUpload } from './hooks/checkUpload.js'
import { ACCEPTED_MEDIA_TYPES } from './limits.js'

export const Media: CollectionConfig<'media'> = {
  slug: 'media',
  labels: {
    singular: { en: 'Media file', es: 'Archivo' },
    plural: { en: 'Media', es: 'Archivos' },
  },
  admin: {
    group: groups.publishing,
    defaultColumns: ['filename', 'alt', 'mimeType', 'filesize', 'updatedAt'],
  },
  access: {
    // Files are public once uploaded: they are only reachable through content that links them.
    read: anyone,
    create: hasRole(...MODERATOR_ROLES),
    update: hasRole(...MODERATOR_ROLES),
    delete: hasRole(...EDITOR_ROLES),
  },
  hooks: {
    beforeOperation: [checkUpload],
  },
  upload: {
    staticDir: mediaDir(),
    mimeTypes: [...ACCEPTED_MEDIA_TYPES],
    focalPoint: true,
    crop: true,
    adminThumbnail: 'thumbnail',
    imageSizes: [
      { name: 'thumbnail', width: 300, height: 300, position: 'centre' },
      { name: 'card', width: 768, height: 512, position: 'centre' },
      { name: 'hero', width: 1920, height: 1080, position: 'centre', withoutEnlargement: true },
      // Open Graph / social cards: exactly 1200×630.
      { name: 'social', width: 1200, height: 630, position: 'centre' },
    ],
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      required: true,
      localized: true,
      maxLength: 500,
      label: { en: 'Alt text', es: 'Texto alternativo' },
      admin: {
        description: {
          en: 'Describe the image for people who cannot see it (screen readers read this aloud). Required.',
          es: 'Describe la imagen para quien no puede verla (los lectores de pantalla la leen en voz alta). Obligatorio.',
        },
      },
    },
    {
      name: 'caption',
      type: 'text',
      localized: true,
      maxLength: 1000,
      label: { en: 'Caption / credit', es: 'Pie de foto / crédito' },
    },
  ],
}
