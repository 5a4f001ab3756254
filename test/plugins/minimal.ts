/**
 * A plugin alone: Payload with only the collections a plugin needs (written here, not the
 * app's) and the plugin under test, on a fresh SQLite file. No app module is imported, so a
 * plugin that reached into the app would fail here before any assertion.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import {
  buildConfig,
  type CollectionConfig,
  type Payload,
  type Plugin,
  type TypedUser,
} from 'payload'

/** Users with free-form role names: each test names roles the app does not have. */
export const users: CollectionConfig = {
  slug: 'users',
  auth: true,
  access: { read: ({ req }) => Boolean(req.user) },
  fields: [{ name: 'roles', type: 'text', hasMany: true }],
}

/** A small public collection: the app's access (anyone reads, signed-in users write). */
export const notes = (
  slug = 'notes',
  extra: CollectionConfig['fields'] = [],
): CollectionConfig => ({
  slug,
  access: { read: () => true, create: () => true, update: ({ req }) => Boolean(req.user) },
  fields: [{ name: 'title', type: 'text', required: true }, ...extra],
})

/** What the host's `sendEmail` task was given, in order. */
export type Sent = { to: string; subject: string }

/** The host's mail task the plugins queue notices on: here it records what it is given. */
export const recordingMailTask = (outbox: Sent[]) => ({
  slug: 'sendEmail',
  inputSchema: [
    { name: 'to', type: 'text', required: true },
    { name: 'subject', type: 'text', required: true },
    { name: 'text', type: 'textarea', required: true },
  ],
  handler: async ({ input }: { input: Sent }) => {
    outbox.push({ to: input.to, subject: input.subject })
    return { output: {} }
  },
})

export type Alone = {
  payload: Payload
  /** A user holding `roles`, created once per name. */
  user: (roles: string[]) => Promise<TypedUser>
  /** Mail the plugins sent through the host's `sendEmail` task (after `payload.jobs.run()`). */
  outbox: Sent[]
  close: () => Promise<void>
}

export async function alone(
  collections: CollectionConfig[],
  plugins: Plugin[],
  extra: { globals?: Parameters<typeof buildConfig>[0]['globals'] } = {},
): Promise<Alone> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dualpower-plugin-'))
  const outbox: Sent[] = []
  const config = await buildConfig({
    secret: 'plugin-test-secret',
    collections: [users, ...collections],
    globals: extra.globals ?? [],
    db: sqliteAdapter({ client: { url: `file:${path.join(dir, 'alone.db')}` }, idType: 'uuid' }),
    editor: lexicalEditor(),
    plugins,
    telemetry: false,
    jobs: { tasks: [recordingMailTask(outbox) as never], autoRun: [] },
    logger: { options: { level: 'warn' } },
  })
  const { getPayload } = await import('payload')
  const payload = await getPayload({ config })
  let n = 0
  return {
    payload,
    outbox,
    user: async (roles) => {
      n += 1
      const doc = await payload.create({
        collection: 'users' as never,
        data: { email: `u${n}@example.org`, password: 'alone-password-1', roles } as never,
      })
      return { ...(doc as object), collection: 'users' } as TypedUser
    },
    close: async () => {
      await payload.destroy()
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}
