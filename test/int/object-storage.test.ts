/**
 * S3_*: media in S3-compatible object storage, through the compiled server and an S3 server on
 * this machine. Uploads land in the bucket with every image size and nothing in MEDIA_DIR; the
 * app serves them under the media collection's access rules; a refused or anonymous upload puts
 * nothing in the bucket; a deleted file leaves it; a bucket that cannot be reached leaves no
 * document without its file.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import sharp from 'sharp'

import { type ApiClient, apiClient, type Json } from '../helpers/api.js'
import { type S3Server, startS3Server } from '../helpers/s3.js'
import { type ServerProcess, startSeededServer } from '../helpers/server.js'

let s3: S3Server
let server: ServerProcess
let close: () => Promise<void>
let client: ApiClient
let mediaDir: string

beforeAll(async () => {
  s3 = await startS3Server()
  mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dualpower-media-unused-'))
  const started = await startSeededServer(undefined, { ...s3.env, MEDIA_DIR: mediaDir })
  server = started.server
  close = started.close
  client = apiClient(server.url)
  await client.login('moderator', 'organizer')
}, 180_000)

afterAll(async () => {
  await close?.()
  await s3?.close()
  if (mediaDir) fs.rmSync(mediaDir, { recursive: true, force: true })
})

const image = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: '#2d6a4f' } })
    .png()
    .toBuffer()

/** A multipart upload as the admin sends it: the file and the fields as `_payload`. */
const upload = async (
  who: string | undefined,
  name: string,
  type: string,
  bytes: Buffer,
  fields: Json,
) => {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), name)
  form.append('_payload', JSON.stringify(fields))
  const res = await fetch(`${server.url}/api/media`, {
    method: 'POST',
    body: form,
    headers: who ? { Authorization: client.authorization(who) } : {},
  })
  return { status: res.status, body: (await res.json()) as Json }
}

type Sizes = Record<string, { filename: string; url: string; width: number; height: number }>

describe('media in object storage', () => {
  let doc: Json & { filename: string; url: string; sizes: Sizes }

  test('an upload lands in the bucket with every size and its focal point; none on disk', async () => {
    const sent = await upload('moderator', 'dunes.png', 'image/png', await image(2400, 1600), {
      alt: 'The dunes at dawn',
      focalX: 30,
      focalY: 70,
    })
    expect(sent.status).toBe(201)
    doc = sent.body.doc as typeof doc
    expect(doc).toMatchObject({ focalX: 30, focalY: 70, width: 2400, height: 1600 })
    expect(doc.sizes.social).toMatchObject({ width: 1200, height: 630 })
    const names = [doc.filename, ...Object.values(doc.sizes).map((size) => size.filename)]
    expect(names).toHaveLength(5)
    expect(await s3.keys()).toEqual([...names].sort())
    expect(fs.readdirSync(mediaDir)).toEqual([])
    expect(doc.url).toBe(`/api/media/file/${doc.filename}`)
  })

  test('the app serves the stored bytes, anonymous, for the file and each size', async () => {
    for (const [name, url] of [
      [doc.filename, doc.url],
      [doc.sizes.social.filename, doc.sizes.social.url],
      [doc.sizes.thumbnail.filename, doc.sizes.thumbnail.url],
    ]) {
      const res = await fetch(`${server.url}${url}`)
      expect(res.status).toBe(200)
      expect(res.headers.get('content-type')).toMatch(/^image\/png/)
      const served = Buffer.from(await res.arrayBuffer())
      expect(served.equals(await s3.object(name))).toBe(true)
    }
    const social = await fetch(`${server.url}${doc.sizes.social.url}`)
    const { width, height } = await sharp(Buffer.from(await social.arrayBuffer())).metadata()
    expect({ width, height }).toEqual({ width: 1200, height: 630 })
  })

  test('an anonymous upload and a refused type put nothing in the bucket', async () => {
    const before = await s3.keys()
    const anonymous = await upload(undefined, 'anon.png', 'image/png', await image(40, 40), {
      alt: 'Not allowed',
    })
    expect([401, 403]).toContain(anonymous.status)
    const refused = await upload('moderator', 'notes.txt', 'text/plain', Buffer.from('hello'), {
      alt: 'Notes',
    })
    expect(refused.status).toBe(400)
    expect(JSON.stringify(refused.body)).toContain('notes.txt')
    expect(await s3.keys()).toEqual(before)
  })

  test('where the objects live is not for the API to say', async () => {
    const sent = await upload('moderator', 'elsewhere.png', 'image/png', await image(70, 70), {
      alt: 'Sent with a prefix of its own',
      prefix: 'other-app',
      _objectKey: 'other-app/elsewhere.png',
    })
    expect(sent.status).toBe(201)
    const placed = sent.body.doc as typeof doc & { prefix: string; _objectKey: unknown }
    expect([placed.prefix, placed._objectKey ?? null]).toEqual(['', null])
    expect(await s3.keys()).toContain(placed.filename)
    expect((await s3.keys()).some((key) => key.startsWith('other-app'))).toBe(false)
    const moved = await client.call('moderator', `/api/media/${placed.id}`, {
      method: 'PATCH',
      body: JSON.stringify({ prefix: 'other-app' }),
    })
    expect(moved.status).toBe(200)
    expect((moved.body.doc as { prefix: string }).prefix).toBe('')
    expect((await fetch(`${server.url}${placed.url}`)).status).toBe(200)
  })

  test('a file missing from the bucket is a 404, not a server error', async () => {
    const sent = await upload('moderator', 'gone.png', 'image/png', await image(50, 50), {
      alt: 'Soon gone',
    })
    const gone = sent.body.doc as typeof doc
    await s3.remove(gone.filename)
    expect((await fetch(`${server.url}${gone.url}`)).status).toBe(404)
  })

  test('deleting a media document removes its objects', async () => {
    const deleted = await client.call('organizer', `/api/media/${doc.id}`, { method: 'DELETE' })
    expect(deleted.status).toBe(200)
    const keys = await s3.keys()
    for (const name of [doc.filename, ...Object.values(doc.sizes).map((s) => s.filename)])
      expect(keys).not.toContain(name)
    expect((await fetch(`${server.url}${doc.url}`)).status).toBe(404)
  })

  test('with the bucket unreachable an upload fails and leaves no document behind', async () => {
    const count = async () =>
      (await client.call('moderator', '/api/media?limit=0&depth=0')).body.totalDocs as number
    const before = await count()
    await s3.stop()
    try {
      const sent = await upload('moderator', 'offline.png', 'image/png', await image(60, 60), {
        alt: 'Sent while the bucket is away',
      })
      expect(sent.status).toBeGreaterThanOrEqual(500)
      expect(await count()).toBe(before)
    } finally {
      await s3.start()
    }
    const again = await upload('moderator', 'online.png', 'image/png', await image(60, 60), {
      alt: 'Sent once it is back',
    })
    expect(again.status).toBe(201)
    expect(await count()).toBe(before + 1)
  }, 60_000)
})
