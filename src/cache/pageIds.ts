import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'

import { projectRoot } from '../paths.js'

/**
 * The page's ids without Payload's read of each document.
 *
 * Asking `payload.find` for `select: { id: true }` still walks every field of the collection
 * for each document after the query (`afterRead`: field access, hooks, the select applied),
 * about half of such a page's time. The walk cannot change which documents are on the page (it
 * maps each document; it never drops or adds one), so the ids are taken where the adapter
 * returns them, and Payload's find goes on with an empty list. Everything before the query is
 * Payload's own: read access, the where and sort checks for anonymous readers, the visibility
 * rules combined into the query.
 *
 * Only the one query a request marks in its context is touched, recognised by collection, by
 * its id-only select and by its limit and page, and only once.
 *
 * This wraps the database adapter's `find`, which is not a documented extension point, so it
 * is installed only on the Payload versions it was checked against (`PAGE_IDS_CHECKED`, by
 * test/int/page-ids.test.ts); on any other the lists read ids through Payload's own path, and
 * the server says so once. Upgrading Payload: run that test, then widen the range.
 */
export const PAGE_IDS = 'dualpower:page-ids'
export type PageIds = {
  collection: string
  limit?: number
  page?: number
  ids?: (string | number)[]
}

/** The Payload minor versions whose adapter `find(args) → { docs }` this seam was checked on. */
export const PAGE_IDS_CHECKED = ['3.90']

const TAKES_PAGE_IDS = Symbol.for('dualpower.takesPageIds')

/** The installed Payload's version (its package.json: the `payload` the server runs). */
export const installedPayloadVersion = (): string =>
  JSON.parse(
    fs.readFileSync(path.join(projectRoot, 'node_modules', 'payload', 'package.json'), 'utf8'),
  ).version

/** Why the seam may not be installed on this Payload and adapter, or null when it may. */
export function pageIdsSeamProblem(version: string, db: { find?: unknown }): string | null {
  const minor = version.split('.').slice(0, 2).join('.')
  if (!PAGE_IDS_CHECKED.includes(minor)) {
    return `Payload ${version} is not one the page-ids seam was checked on (${PAGE_IDS_CHECKED.join(', ')}); lists read ids through Payload's own path`
  }
  if (typeof db.find !== 'function') return `the database adapter has no find()`
  return null
}

const onlyId = (select: unknown) =>
  typeof select === 'object' &&
  select !== null &&
  Object.keys(select).length === 1 &&
  (select as Record<string, unknown>).id === true

/** Installs the seam once per adapter; answers why not when it may not be. */
export function takePageIds(payload: Payload, version = installedPayloadVersion()): string | null {
  type Adapter = Payload['db']
  const db = payload.db as Adapter & { [TAKES_PAGE_IDS]?: true }
  if (db[TAKES_PAGE_IDS]) return null
  const problem = pageIdsSeamProblem(version, db)
  if (problem) return problem
  db[TAKES_PAGE_IDS] = true
  const find = db.find
  db.find = async function (this: Adapter, args: Parameters<Adapter['find']>[0]) {
    const result = await find.call(this, args)
    const mark = args.req?.context?.[PAGE_IDS] as PageIds | undefined
    if (
      mark &&
      !mark.ids &&
      args.collection === mark.collection &&
      onlyId(args.select) &&
      args.limit === mark.limit &&
      (args.page ?? 1) === (mark.page ?? 1)
    ) {
      mark.ids = result.docs.map((doc) => (doc as { id: string | number }).id)
      return { ...result, docs: [] }
    }
    return result
  } as Adapter['find']
  return null
}
