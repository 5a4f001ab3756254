import { beginTransaction as drizzleBeginTransaction } from '@payloadcms/drizzle'
import { initTransaction, type Payload, type PayloadRequest } from 'payload'

/**
 * One transaction for the whole file. The SQLite adapter runs without transactions unless
 * configured (its default, kept for the rest of the app); the import opens one anyway, with
 * the same drizzle machinery the other SQL adapters use, so a file is never half written.
 */
export async function beginImportTransaction(payload: Payload, req: PayloadRequest) {
  await initTransaction(req)
  // Without transactions the adapter leaves a promise of `null` here, not an id.
  if (await req.transactionID) return
  // payload.db is typed as the generic adapter; this runs only on the drizzle ones.
  const id = await drizzleBeginTransaction.call(payload.db as never, {})
  if (!id) throw new Error('the database could not open a transaction for the import')
  req.transactionID = id
}
