import type { CollectionBeforeOperationHook } from 'payload'

import { ValidationError } from 'payload'

import { ACCEPTED_MEDIA_TYPES, maxUploadBytes } from '../limits.js'

/**
 * Says in plain words why a file is refused (type or size), naming the field. It runs before
 * the operation, so nothing is resized or written to the media directory for a refused file.
 */
export const checkUpload: CollectionBeforeOperationHook<'media'> = ({ args, operation, req }) => {
  const file = req.file
  if (!file || (operation !== 'create' && operation !== 'update' && operation !== 'updateByID')) {
    return args
  }
  const errors: { message: string; path: string }[] = []
  if (!(ACCEPTED_MEDIA_TYPES as readonly string[]).includes(file.mimetype)) {
    errors.push({
      path: 'file',
      message: `"${file.name}" is ${file.mimetype || 'of an unknown type'}; accepted types are ${ACCEPTED_MEDIA_TYPES.join(', ')}`,
    })
  }
  const limit = maxUploadBytes()
  if (file.size > limit) {
    errors.push({
      path: 'file',
      message: `"${file.name}" is ${(file.size / 1e6).toFixed(1)} MB; the limit is ${(limit / 1e6).toFixed(1)} MB (MEDIA_MAX_MB)`,
    })
  }
  if (errors.length > 0) throw new ValidationError({ collection: 'media', errors }, req.t)
  return args
}
