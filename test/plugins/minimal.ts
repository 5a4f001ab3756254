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

export type Alone = {
  payload: Payload
  /** A user holding `roles`, created once per name. */
  user: (roles: string[]) => Promise<TypedUser>
  close: () => Promise<void>
}

export async function alone(
  collections: CollectionConfig[],
  plugins: Plugin[],
  extra: { globals?: Parameters<typeof buildConfig>[0]['globals'] } = {},
): Promise<Alone> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dualpower-plugin-'))
  const config = await buildConfig({
    secret: 'plugin-test-secret',
    collections: [users, ...collections],
    globals: extra.globals ?? [],
    db: sqliteAdapter({ client: { url: `file:${path.join(dir, 'alone.db')}` }, idType: 'uuid' }),
    editor: lexicalEditor(),
    plugins,
    telemetry: false,
    jobs: { tasks: [], autoRun: [] },
    logger: { options: { level: 'warn' } },
  })
  const { getPayload } = await import('payload')
  const payload = await getPayload({ config })
  let n = 0
  return {
    payload,
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
