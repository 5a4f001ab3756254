import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { hasAnyRole } from '../../shared/index.js'
import { memoInRequest } from '../../shared/index.js'
import {
  CONTENT_FILTERS_MEMO,
  CONTENT_FILTERS_SLUG,
  MODERATION_IMPORT,
  MODERATION_NOTE,
  MODERATION_TRUSTED,
} from '../defaults.js'
import type { SanitizedModerationOptions } from '../types.js'
import { type ContentFilter, matchFilters } from '../utilities/filters.js'

/** The fields a filter reads (title, summary, body and byline, and their equivalents). */
const CHECKED_FIELDS = [
  'title',
  'name',
  'summary',
  'excerpt',
  'abstract',
  'body',
  'description',
  'publishedBy',
]

/**
 * The enabled content filters, as the matcher reads them: read once per request (an import
 * checks thousands of events in one; the filters' own change hooks forget the answer).
 */
export function loadContentFilters(req: PayloadRequest): Promise<ContentFilter[]> {
  return memoInRequest(req, CONTENT_FILTERS_MEMO, 'enabled', async () => {
    const { docs } = await req.payload.find({
      collection: CONTENT_FILTERS_SLUG,
      where: { enabled: { equals: true } },
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    return (
      docs as unknown as {
        name: string
        action: 'hold' | 'hide'
        expressions?: { pattern: string }[]
      }[]
    ).map((f) => ({
      name: f.name,
      action: f.action,
      expressions: (f.expressions ?? []).map((e) => e.pattern),
    }))
  })
}

/**
 * For other plugins' public content (proposals, which have their own workflow): the first
 * enabled filter matching one of `fields`, by name and field, or null.
 */
export async function matchContentFilters(
  req: PayloadRequest,
  fields: Record<string, unknown>,
): Promise<{ filter: string; action: 'hold' | 'hide'; field: string } | null> {
  const match = matchFilters(await loadContentFilters(req), fields)
  return match
    ? { filter: match.filter.name, action: match.filter.action, field: match.field }
    : null
}

/**
 * Runs the content filters over public and imported content: a match holds it (pending) or
 * hides it, and the log entry names the filter. `autoModerationChecked` records the check ran.
 */
export const applyFilters =
  (options: SanitizedModerationOptions): CollectionBeforeChangeHook =>
  async ({ data, originalDoc, req }) => {
    if (!options.enabled) return data
    const imported = req.context?.[MODERATION_IMPORT] === true
    // Trusted code keeps its state, except imports that ask for the check (not yet checked).
    if (req.context?.[MODERATION_TRUSTED] === true && !imported) return data
    const fromPublic = !hasAnyRole(req.user, options.moderatorRoles)
    if (!imported && !fromPublic) return data

    const filters = await loadContentFilters(req)
    const fields = Object.fromEntries(
      CHECKED_FIELDS.map((name) => [name, data[name] ?? originalDoc?.[name]]),
    )
    const match = matchFilters(filters, fields)
    data.autoModerationChecked = true
    if (match) {
      data.moderationStatus = match.filter.action === 'hide' ? 'hidden' : 'pending'
      req.context[MODERATION_NOTE] = `content filter "${match.filter.name}" matched ${match.field}`
      req.payload.logger.info(
        `[moderation] ${req.context[MODERATION_NOTE]}: ${data.moderationStatus}`,
      )
    }
    return data
  }
