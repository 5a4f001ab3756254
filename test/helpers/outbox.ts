import { createClient } from '@libsql/client'

export type QueuedEmail = { to: string; subject: string; text: string }

/**
 * The emails a server queued (sendEmail jobs; jobs do not run in tests), read from its SQLite
 * file: the job queue is not readable through any API.
 */
export async function queuedEmails(dbFile: string): Promise<QueuedEmail[]> {
  const client = createClient({ url: `file:${dbFile}` })
  try {
    const { rows } = await client.execute(
      "select input from payload_jobs where task_slug = 'sendEmail' order by created_at",
    )
    return rows.map((row) => JSON.parse(String(row.input)) as QueuedEmail)
  } finally {
    client.close()
  }
}

/** The link under `path` (e.g. `/propose/manage/`) in the newest email to `to`. */
export async function linkIn(
  dbFile: string,
  to: string,
  path = '/propose/manage/',
): Promise<string> {
  const mail = (await queuedEmails(dbFile)).filter((m) => m.to === to).at(-1)
  const escaped = path.replace(/[/]/g, '\\/')
  const link = mail?.text.match(new RegExp(`https?:\\/\\/\\S+${escaped}[A-Za-z0-9_-]{43}`))?.[0]
  if (!link) throw new Error(`no link to ${path} emailed to ${to}`)
  return link
}
