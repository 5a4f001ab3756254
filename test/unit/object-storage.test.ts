/** S3_* read from the environment: what each setting gives, and a clear line for each mistake. */
import { describe, expect, test } from '@jest/globals'

import type { Config, Field } from 'payload'

import { objectStorage, objectStorageFromEnv } from '../../src/objectStorage.js'

describe('objectStorageFromEnv', () => {
  test('without S3_BUCKET media stay on disk', () => {
    expect(objectStorageFromEnv({})).toBeNull()
    expect(objectStorageFromEnv({ S3_BUCKET: '  ', S3_REGION: 'eu-west-1' })).toBeNull()
  })

  test('AWS: the region, host-style addressing, the SDK’s own credentials', () => {
    expect(objectStorageFromEnv({ S3_BUCKET: 'dualpower-media', S3_REGION: 'eu-west-1' })).toEqual({
      bucket: 'dualpower-media',
      region: 'eu-west-1',
      endpoint: undefined,
      forcePathStyle: false,
      credentials: undefined,
    })
  })

  test('another server: its endpoint, bucket in the path, both keys', () => {
    expect(
      objectStorageFromEnv({
        S3_BUCKET: 'media.gathering',
        S3_ENDPOINT: 'https://garage.example.org:3900',
        S3_ACCESS_KEY_ID: 'GK123',
        S3_SECRET_ACCESS_KEY: 'secret',
      }),
    ).toEqual({
      bucket: 'media.gathering',
      region: 'us-east-1',
      endpoint: 'https://garage.example.org:3900',
      forcePathStyle: true,
      credentials: { accessKeyId: 'GK123', secretAccessKey: 'secret' },
    })
    const hostStyle = objectStorageFromEnv({
      S3_BUCKET: 'media',
      S3_ENDPOINT: 'https://s3.example.org',
      S3_FORCE_PATH_STYLE: 'FALSE',
    })
    expect(hostStyle?.forcePathStyle).toBe(false)
  })

  test.each([
    [{ S3_ENDPOINT: 'http://127.0.0.1:9000' }, /^S3_BUCKET must be set when S3_ENDPOINT is/],
    [{ S3_SECRET_ACCESS_KEY: 'x' }, /^S3_BUCKET must be set when S3_SECRET_ACCESS_KEY is/],
    [{ S3_BUCKET: 'Media Files' }, /^S3_BUCKET must be a bucket name.*got Media Files/],
    [{ S3_BUCKET: 'ab' }, /^S3_BUCKET must be a bucket name/],
    [{ S3_BUCKET: 'media', S3_ENDPOINT: 'minio:9000' }, /^S3_ENDPOINT must be a URL.*minio:9000/],
    [{ S3_BUCKET: 'media', S3_ACCESS_KEY_ID: 'k' }, /^S3_SECRET_ACCESS_KEY must be set with/],
    [{ S3_BUCKET: 'media', S3_SECRET_ACCESS_KEY: 's' }, /^S3_ACCESS_KEY_ID must be set with/],
    [{ S3_BUCKET: 'media', S3_FORCE_PATH_STYLE: 'yes' }, /^S3_FORCE_PATH_STYLE must be true or/],
  ])('%j is refused by name', (env, message) => {
    expect(() => objectStorageFromEnv(env)).toThrow(message)
  })
})

describe('objectStorage', () => {
  const incoming = (): Config =>
    ({
      collections: [
        {
          slug: 'media',
          upload: { imageSizes: [{ name: 'thumbnail', width: 300, height: 300 }] },
          fields: [{ name: 'alt', type: 'text' }],
        },
        { slug: 'posts', fields: [{ name: 'title', type: 'text' }] },
      ],
    }) as Config
  const names = (fields: Field[]): unknown[] =>
    fields.map((f) => {
      const name = 'name' in f ? f.name : f.type
      return 'fields' in f && f.fields ? { [name]: names(f.fields) } : name
    })
  const settings = objectStorageFromEnv({
    S3_BUCKET: 'media',
    S3_ENDPOINT: 'http://127.0.0.1:9',
    S3_ACCESS_KEY_ID: 'k',
    S3_SECRET_ACCESS_KEY: 's',
  })

  test('on or off, the media collection has the same fields and the admin the same component', async () => {
    const [off, on] = await Promise.all([
      objectStorage(['media'], null)(incoming()),
      objectStorage(['media'], settings)(incoming()),
    ])
    const media = (config: Config) => config.collections!.find((c) => c.slug === 'media')!
    expect(names(media(off).fields)).toEqual(names(media(on).fields))
    expect(names(media(off).fields)).toEqual(
      expect.arrayContaining(['alt', 'url', 'prefix', '_objectKey']),
    )
    expect(Object.keys(off.admin?.dependencies ?? {})).toEqual(
      Object.keys(on.admin?.dependencies ?? {}),
    )
    expect(off.collections!.find((c) => c.slug === 'posts')!.fields).toHaveLength(1)
    // Where an upload's objects live is the plugin's to set, never the API's.
    for (const config of [off, on]) {
      for (const name of ['prefix', '_objectKey']) {
        const field = media(config).fields.find((f) => 'name' in f && f.name === name)!
        const access = (field as { access?: Record<string, () => boolean> }).access
        expect([name, access?.create?.(), access?.update?.()]).toEqual([name, false, false])
      }
    }
    // Off, files stay on disk; on, the plugin takes them.
    expect(media(off).upload).not.toHaveProperty('disableLocalStorage', true)
    expect(media(on).upload).toHaveProperty('disableLocalStorage', true)
  })
})
