/** S3_* read from the environment: what each setting gives, and a clear line for each mistake. */
import { describe, expect, test } from '@jest/globals'

import { objectStorageFromEnv } from '../../src/objectStorage.js'

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
