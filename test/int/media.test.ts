import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import sharp from 'sharp'

import { bootPayload, type TestPayload } from '../helpers/payload.js'

let ctx: TestPayload
let payload: Payload
let mediaDir: string

const file = (name: string, mimetype: string, data: Buffer) => ({
  name,
  mimetype,
  data,
  size: data.length,
})

const png = (width: number, height: number, noise = false) =>
  noise
    ? sharp(
        Buffer.from(
          Array.from({ length: width * height * 3 }, () => Math.floor(Math.random() * 256)),
        ),
        {
          raw: { width, height, channels: 3 },
        },
      )
        .png({ compressionLevel: 0 })
        .toBuffer()
    : sharp({ create: { width, height, channels: 3, background: '#7a1f3d' } })
        .png()
        .toBuffer()

beforeAll(async () => {
  mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dualpower-media-'))
  process.env.MEDIA_DIR = mediaDir
  process.env.MEDIA_MAX_MB = '1'
  ctx = await bootPayload()
  payload = ctx.payload
})

afterAll(async () => {
  await ctx?.teardown()
  fs.rmSync(mediaDir, { force: true, recursive: true })
})

describe('media uploads', () => {
  test('an image gets every size, social at exactly 1200×630, files in MEDIA_DIR', async () => {
    const doc = await payload.create({
      collection: 'media',
      data: { alt: 'Banner of the gathering at the dunes' },
      file: file('banner.png', 'image/png', await png(2400, 1600)),
    })
    expect(doc.width).toBe(2400)
    expect(doc.sizes?.thumbnail).toMatchObject({ width: 300, height: 300 })
    expect(doc.sizes?.card).toMatchObject({ width: 768, height: 512 })
    expect(doc.sizes?.hero).toMatchObject({ width: 1920, height: 1080 })
    expect(doc.sizes?.social).toMatchObject({ width: 1200, height: 630 })
    expect(typeof doc.id).toBe('string')
    for (const name of [doc.filename, doc.sizes?.social?.filename]) {
      expect(fs.existsSync(path.join(mediaDir, String(name)))).toBe(true)
    }
  })

  test('alt text is required and names the field', async () => {
    await expect(
      payload.create({
        collection: 'media',
        data: {} as { alt: string },
        file: file('no-alt.png', 'image/png', await png(40, 40)),
      }),
    ).rejects.toThrow(/Alt text|alt/)
  })

  test('a file type outside the list is refused with the accepted types', async () => {
    await expect(
      payload.create({
        collection: 'media',
        data: { alt: 'a script' },
        file: file('run.sh', 'text/x-shellscript', Buffer.from('#!/bin/sh\necho hi\n')),
      }),
    ).rejects.toMatchObject({
      data: {
        errors: [
          expect.objectContaining({
            path: 'file',
            message: expect.stringMatching(/accepted types are image\/jpeg/),
          }),
        ],
      },
    })
  })

  test('a file over MEDIA_MAX_MB is refused with its size and the limit', async () => {
    const big = await png(1000, 1000, true)
    expect(big.length).toBeGreaterThan(1_000_000)
    await expect(
      payload.create({
        collection: 'media',
        data: { alt: 'noise' },
        file: file('noise.png', 'image/png', big),
      }),
    ).rejects.toMatchObject({
      data: {
        errors: [
          expect.objectContaining({
            path: 'file',
            message: expect.stringMatching(/is 3\.\d MB; the limit is 1\.0 MB \(MEDIA_MAX_MB\)/),
          }),
        ],
      },
    })
    const { totalDocs } = await payload.count({
      collection: 'media',
      where: { filename: { equals: 'noise.png' } },
    })
    expect(totalDocs).toBe(0)
    expect(fs.readdirSync(mediaDir).filter((f) => f.startsWith('noise'))).toEqual([])
  })
})

describe('localization', () => {
  test('alt text is stored per locale and falls back to English', async () => {
    const doc = await payload.create({
      collection: 'media',
      locale: 'en',
      data: { alt: 'Child watch room' },
      file: file('childwatch.png', 'image/png', await png(60, 60)),
    })
    const fallback = await payload.findByID({ collection: 'media', id: doc.id, locale: 'es' })
    expect(fallback.alt).toBe('Child watch room')
    await payload.update({
      collection: 'media',
      id: doc.id,
      locale: 'es',
      data: { alt: 'Sala de cuidado infantil' },
    })
    expect((await payload.findByID({ collection: 'media', id: doc.id, locale: 'es' })).alt).toBe(
      'Sala de cuidado infantil',
    )
    expect((await payload.findByID({ collection: 'media', id: doc.id, locale: 'en' })).alt).toBe(
      'Child watch room',
    )
  })

  test('the admin speaks English and Spanish', () => {
    expect(Object.keys(payload.config.i18n.supportedLanguages).sort()).toEqual(['en', 'es'])
    expect(payload.config.localization && payload.config.localization.localeCodes).toEqual([
      'en',
      'es',
    ])
  })
})

describe('jobs queue', () => {
  test('a queued email is sent by the worker', async () => {
    const job = await payload.jobs.queue({
      task: 'sendEmail',
      input: {
        to: 'moderators@example.org',
        subject: 'Test',
        text: 'A new event waits for review.',
      },
    })
    const result = await payload.jobs.run()
    expect(result.jobStatus?.[String(job.id)]).toEqual({ status: 'success' })
    // Finished jobs are removed from the queue.
    expect((await payload.count({ collection: 'payload-jobs' })).totalDocs).toBe(0)
  })
})
