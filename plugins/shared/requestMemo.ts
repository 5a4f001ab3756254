import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

const PREFIX = 'dualpower:memo:'

type Memo = Map<string, Promise<unknown>>

const memoOf = (req: PayloadRequest, group: string, create: boolean): Memo | undefined => {
  const key = PREFIX + group
  const found = req.context[key] as Memo | undefined
  if (found || !create) return found
  const memo: Memo = new Map()
  req.context[key] = memo
  return memo
}

/**
 * Settings one request reads again for every document it saves (the webhooks listening to a
 * collection, the enabled content filters), read once per request instead. An import saves
 * thousands of events in one request and one transaction: each save asked for the same rows.
 *
 * The answer is kept in the request's context for as long as the request lives, so it is what
 * the settings were when the request first asked. A change to them through the same request
 * must call `forgetInRequest` (the settings' collections do, in their change hooks). A load
 * that fails is not kept.
 */
export function memoInRequest<T>(
  req: PayloadRequest,
  group: string,
  key: string,
  load: () => Promise<T>,
): Promise<T> {
  const memo = memoOf(req, group, true) as Memo
  const found = memo.get(key)
  if (found) return found as Promise<T>
  const loading = load().catch((error: unknown) => {
    if (memo.get(key) === loading) memo.delete(key)
    throw error
  })
  memo.set(key, loading)
  return loading
}

/** Forgets what this request read of `group` (its settings just changed). */
export function forgetInRequest(req: PayloadRequest, group: string) {
  memoOf(req, group, false)?.clear()
}

/**
 * The hooks a settings collection adds so that saves later in the same request (an import)
 * see its documents as they are now: any change or deletion forgets what the request read.
 */
export function forgetOnChange(group: string): {
  afterChange: CollectionAfterChangeHook[]
  afterDelete: CollectionAfterDeleteHook[]
} {
  const forget = ({ doc, req }: { doc: unknown; req: PayloadRequest }) => {
    forgetInRequest(req, group)
    return doc
  }
  return { afterChange: [forget], afterDelete: [forget] }
}
