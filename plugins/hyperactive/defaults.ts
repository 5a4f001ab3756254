import { DEFAULT_MAX_BYTES } from './utilities/parse.js'
import type { HyperactivePluginOptions } from './types.js'

export type SanitizedHyperactiveOptions = Required<HyperactivePluginOptions>

export function sanitizeOptions(
  options: HyperactivePluginOptions = {},
  siteZone = 'UTC',
): SanitizedHyperactiveOptions {
  const importTimeZone = options.importTimeZone ?? siteZone
  try {
    new Intl.DateTimeFormat('en', { timeZone: importTimeZone })
  } catch {
    throw new Error(`[hyperactive] importTimeZone "${importTimeZone}" is not a time zone`)
  }
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES
  if (!Number.isSafeInteger(maxBytes) || maxBytes <= 0) {
    throw new Error(`[hyperactive] maxBytes must be a positive number of bytes, not ${maxBytes}`)
  }
  return { importTimeZone, maxBytes }
}
