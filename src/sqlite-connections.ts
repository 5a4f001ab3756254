/**
 * @libsql/client gives its connection to each transaction and opens a new one for what comes
 * next (its sqlite3.js, `transaction()`), without the pragmas Payload set on the first. After
 * the first Hyperactive import (the one caller of transactions on SQLite) the server's
 * connection waited for no lock (`busy_timeout` 0): a write meeting another process's write
 * (the import command, a jobs worker) failed at once with SQLITE_BUSY instead of waiting.
 */
import type { DatabaseAdapterObj } from 'payload'

type Client = {
  transaction: (mode?: never) => Promise<unknown>
  execute: (sql: string) => Promise<unknown>
}

/** The per-connection settings the SQLite adapter gives its first connection. */
export const connectionPragmas = (settings: {
  busyTimeoutMs: number
  synchronous: string
  journalSizeLimit: number
}) => [
  `PRAGMA busy_timeout = ${settings.busyTimeoutMs}`,
  `PRAGMA synchronous = ${settings.synchronous}`,
  `PRAGMA journal_size_limit = ${settings.journalSizeLimit}`,
]

/**
 * Gives every connection the client opens after a transaction the same pragmas. The client's
 * methods run their bodies synchronously up to their first await, so the new connection is
 * opened and set before any other statement can reach it.
 */
export function keepConnectionPragmas(client: Client, pragmas: string[]): void {
  const transaction = client.transaction.bind(client)
  client.transaction = (mode) => {
    const started = transaction(mode)
    const applied = pragmas.map((pragma) => client.execute(pragma))
    return Promise.all([started, ...applied]).then(([tx]) => tx)
  }
}

// A reconnect (hot reload) keeps its client: it is wrapped once.
const kept = new WeakSet<object>()

/** The SQLite adapter, its client keeping `pragmas` on every connection it opens. */
export function withConnectionPragmas(
  pragmas: string[],
  adapter: DatabaseAdapterObj,
): DatabaseAdapterObj {
  return {
    ...adapter,
    init: (args) => {
      const db = adapter.init(args)
      const connect = db.connect
      db.connect = async function (this: typeof db, options) {
        await connect?.call(this, options)
        const { client } = this as unknown as { client?: Client }
        if (client && !kept.has(client)) {
          kept.add(client)
          keepConnectionPragmas(client, pragmas)
        }
      }
      return db
    },
  }
}
