/**
 * Answers of the site's root fields (src/graphql/public.ts runs each apart), each kept with the
 * versions of the groups whose tables it read (./reads.ts). An edit invalidates every page the
 * response cache holds, since pages are keyed by one change token; a page then rendered again
 * reads afresh only the root fields whose tables changed. The posts on the home page stay as
 * they were when an event is edited, and an event page keeps its frame when a post is.
 *
 * Anonymous readers only: a preview runs as its staff member and is never kept. Lives in the
 * response cache's store, under its memory limit and time to live.
 */
import type { ExecutionResult } from 'graphql'
import type { Payload } from 'payload'

import type { Versions } from './changeToken.js'
import { tableGroups } from './changeVersions.js'
import { sharedResponseCache } from './graphql.js'
import { readsOf, watchReads } from './reads.js'

/** Larger answers are returned and not kept. */
const MAX_PART_BYTES = 1024 * 1024

/** Runs one part (its cache key, how to execute it) and gives its answer as JSON text. */
export type PartRunner = (key: string, execute: () => Promise<ExecutionResult>) => Promise<string>

type Entry = { depends: [string, number][]; answer: string }

let groupsOf: { payload: Payload; groups: Promise<Map<string, string> | null> } | undefined

const groupsFor = (payload: Payload) => {
  if (groupsOf?.payload !== payload) groupsOf = { payload, groups: tableGroups(payload) }
  return groupsOf.groups
}

/** A part that answered with GraphQL errors; they are in `result`. */
export class PartError extends Error {
  constructor(readonly result: ExecutionResult) {
    super('a root field answered with errors')
  }
}

const answerOf = (result: ExecutionResult) => {
  if (result.errors?.length) throw new PartError(result)
  return JSON.stringify(result.data ?? {})
}

/**
 * What runs a query's parts: through the cache when the server shares one and the database's
 * reads can be watched, otherwise each part as it is. Read it before running any part.
 */
export async function queryParts(payload: Payload, anonymous: boolean): Promise<PartRunner> {
  const direct: PartRunner = async (_key, execute) => answerOf(await execute())
  const cache = sharedResponseCache()
  if (!anonymous || !cache || !watchReads(payload.db as never)) return direct
  let versions: Versions
  let groups: Map<string, string> | null
  try {
    ;[versions, groups] = await Promise.all([cache.token.versions(), groupsFor(payload)])
  } catch (error) {
    cache.onError?.(`response cache (root fields): ${(error as Error).message}`)
    return direct
  }
  if (!groups) return direct
  const tables = groups
  const report = (message: string) => cache.onError?.(`response cache (root fields): ${message}`)
  return async (key, execute) => {
    const stored = `${versions.epoch}\npart\n${key}`
    try {
      const hit = await cache.store.get(stored)
      if (hit) {
        const entry = JSON.parse(hit.body.toString('utf8')) as Entry
        if (entry.depends.every(([group, version]) => versions.of[group] === version)) {
          return entry.answer
        }
      }
    } catch (error) {
      report((error as Error).message)
      return direct(key, execute)
    }
    const { value: result, reads } = await readsOf(execute)
    const answer = answerOf(result)
    const read = new Set<string>()
    for (const name of reads.names) {
      const group = tables.get(name)
      if (group) read.add(group)
    }
    const depends = [...read].map((group): [string, number] => [group, versions.of[group]!])
    // Unseen reads, or a group the versions do not hold yet (a table added since), are not kept.
    if (!reads.unknown && depends.every(([, version]) => version !== undefined)) {
      const body = Buffer.from(JSON.stringify({ depends, answer } satisfies Entry))
      if (body.length <= MAX_PART_BYTES) {
        Promise.resolve()
          .then(() =>
            cache.store.set(
              stored,
              { status: 200, headers: {}, body, storedAt: Date.now() },
              cache.ttlMs,
            ),
          )
          .catch((error: Error) => report(error.message))
      }
    }
    return answer
  }
}
