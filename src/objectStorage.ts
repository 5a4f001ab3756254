/**
 * S3_*: media in S3-compatible object storage (AWS S3, MinIO, Garage, Ceph, R2…) through
 * Payload's @payloadcms/storage-s3, so that every instance on every machine serves the same
 * files. Unset, uploads stay in MEDIA_DIR as before.
 *
 * Files are still served by the app at /api/media/file/NAME, through the media collection's
 * access rules, so the bucket can stay private; image sizes and the focal point are made by
 * Payload before the upload, as with files on disk.
 */
import type {
  CollectionAfterChangeHook,
  CollectionConfig,
  CollectionSlug,
  Config,
  Plugin,
} from 'payload'

import { cloudStoragePlugin } from '@payloadcms/plugin-cloud-storage'
import { initClientUploads } from '@payloadcms/plugin-cloud-storage/utilities'

export type ObjectStorageSettings = {
  bucket: string
  region: string
  endpoint?: string
  forcePathStyle: boolean
  credentials?: { accessKeyId: string; secretAccessKey: string }
}

const BOOLEAN = { true: true, false: false } as const

/** The settings S3_* give, or null without S3_BUCKET; a setting that cannot work stops the start. */
export function objectStorageFromEnv(
  env: Record<string, string | undefined> = process.env,
): ObjectStorageSettings | null {
  const value = (name: string) => env[name]?.trim() || undefined
  const bucket = value('S3_BUCKET')
  const others = ['S3_ENDPOINT', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY']
  if (!bucket) {
    const orphan = others.find((name) => value(name))
    if (orphan) throw new Error(`S3_BUCKET must be set when ${orphan} is (media stay on disk)`)
    return null
  }
  if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket)) {
    throw new Error(
      `S3_BUCKET must be a bucket name: 3 to 63 lowercase letters, digits, dots or hyphens (got ${bucket})`,
    )
  }
  const endpoint = value('S3_ENDPOINT')
  if (endpoint && !/^https?:\/\/[^/\s]+/.test(endpoint)) {
    throw new Error(`S3_ENDPOINT must be a URL such as https://s3.example.org (got ${endpoint})`)
  }
  const accessKeyId = value('S3_ACCESS_KEY_ID')
  const secretAccessKey = value('S3_SECRET_ACCESS_KEY')
  if (Boolean(accessKeyId) !== Boolean(secretAccessKey)) {
    throw new Error(
      `S3_${accessKeyId ? 'SECRET_ACCESS_KEY' : 'ACCESS_KEY_ID'} must be set with S3_${accessKeyId ? 'ACCESS_KEY_ID' : 'SECRET_ACCESS_KEY'} (or leave both unset for the AWS SDK's own credentials)`,
    )
  }
  const pathStyle = value('S3_FORCE_PATH_STYLE')?.toLowerCase()
  if (pathStyle !== undefined && !(pathStyle in BOOLEAN)) {
    throw new Error(`S3_FORCE_PATH_STYLE must be true or false (got ${pathStyle})`)
  }
  return {
    bucket,
    region: value('S3_REGION') ?? 'us-east-1',
    endpoint,
    // Servers other than AWS mostly want bucket names in the path, not in the host name.
    forcePathStyle:
      pathStyle === undefined ? Boolean(endpoint) : BOOLEAN[pathStyle as keyof typeof BOOLEAN],
    credentials: accessKeyId ? { accessKeyId, secretAccessKey: secretAccessKey! } : undefined,
  }
}

/** The admin component the S3 plugin registers; in the import map whether S3 is set or not. */
const S3_CLIENT_HANDLER = '@payloadcms/storage-s3/client#S3ClientUploadHandler'

/**
 * The storage plugin for the upload collections named. It is in the config whether S3 is set or
 * not, inserting its fields either way: setting S3_BUCKET never asks for a migration.
 */
export function objectStorage(
  collections: string[],
  settings: ObjectStorageSettings | null = objectStorageFromEnv(),
): Plugin {
  return async (incoming) => {
    const config = settings
      ? // Loaded only when used: the AWS SDK adds about 0.6 s to every start.
        await (
          await import('@payloadcms/storage-s3')
        ).s3Storage({
          alwaysInsertFields: true,
          bucket: settings.bucket,
          // An empty prefix, not none: the plugin then inserts its prefix field as it does when
          // off (alwaysInsertFields), and files stay at the top of the bucket.
          collections: Object.fromEntries(collections.map((slug) => [slug, { prefix: '' }])),
          config: {
            region: settings.region,
            endpoint: settings.endpoint,
            forcePathStyle: settings.forcePathStyle,
            credentials: settings.credentials,
          },
        })(incoming)
      : storageOff(collections, incoming)
    return {
      ...config,
      collections: config.collections?.map((collection) =>
        collections.includes(collection.slug)
          ? undoFailedCreates(lockStorageFields(collection))
          : collection,
      ),
    }
  }
}

/** What the S3 plugin does when it is off (its fields and admin component), without the SDK. */
function storageOff(collections: string[], incoming: Config): Config {
  initClientUploads({
    clientHandler: S3_CLIENT_HANDLER,
    collections: Object.fromEntries(collections.map((slug) => [slug, true])),
    config: incoming,
    enabled: false,
    serverHandler: () => new Response(null, { status: 404 }),
    serverHandlerPath: '/storage-s3-generate-signed-url',
  })
  return cloudStoragePlugin({
    enabled: false,
    alwaysInsertFields: true,
    collections: Object.fromEntries(collections.map((slug) => [slug, { adapter: null }])),
  })(incoming) as Config
}

/** The plugin's own fields: where an upload's objects live. */
const STORAGE_FIELDS = ['prefix', '_objectKey']

/**
 * Nobody sets where a file's objects live through the API: a prefix sent with an upload would
 * store it elsewhere in the bucket, and a replaced file deletes the objects under the prefix
 * the document names. The plugin sets them itself, through the Local API.
 */
function lockStorageFields(collection: CollectionConfig): CollectionConfig {
  const never = () => false
  return {
    ...collection,
    fields: collection.fields.map((field) =>
      field.type === 'text' && STORAGE_FIELDS.includes(field.name)
        ? { ...field, access: { ...field.access, create: never, update: never } }
        : field,
    ),
  }
}

/**
 * The files reach the bucket after the document is written (the plugin's afterChange hook). With
 * a transaction (PostgreSQL) a failed upload rolls the document back; without one (SQLite) the
 * document would stay, pointing at no file: it is removed, and the create fails as before.
 */
function undoFailedCreates(collection: CollectionConfig): CollectionConfig {
  const wrap =
    (hook: CollectionAfterChangeHook): CollectionAfterChangeHook =>
    async (args) => {
      try {
        return await hook(args)
      } catch (error) {
        // Payload leaves a promise of null there when the adapter has no transactions.
        if (args.operation === 'create' && !(await args.req.transactionID)) {
          await args.req.payload.db.deleteOne({
            collection: collection.slug as CollectionSlug,
            where: { id: { equals: args.doc.id } },
          })
        }
        throw error
      }
    }
  return {
    ...collection,
    hooks: { ...collection.hooks, afterChange: collection.hooks?.afterChange?.map(wrap) },
  }
}
