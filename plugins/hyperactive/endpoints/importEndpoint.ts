import path from 'node:path'

import type { Endpoint, PayloadRequest } from 'payload'

import { hasAnyRole } from '../../shared/index.js'
import type { SanitizedHyperactiveOptions } from '../defaults.js'
import { emptySummary, importEvents, type ImportSummary } from '../services/importEvents.js'
import { sizeProblem } from '../utilities/parse.js'

/** Roles that may import: those who may set any workflow state and create events. */

/** One import at a time per process: SQLite has one writer, and a file is one transaction. */
let running: { file: string; done: number; total: number } | null = null

const problem = (status: number, message: string) =>
  Response.json({ errors: [{ message }] }, { status })

/** The request body, refused as soon as it passes `maxBytes` (before it is all read). */
async function readCapped(req: PayloadRequest, maxBytes: number): Promise<Buffer | string> {
  const body = req.body as ReadableStream<Uint8Array> | null | undefined
  if (!body) return ''
  const chunks: Uint8Array[] = []
  let size = 0
  const reader = body.getReader()
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > maxBytes) {
      await reader.cancel()
      throw Object.assign(new Error(sizeProblem(size, maxBytes) ?? 'file too large'), {
        status: 413,
      })
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks)
}

/**
 * `POST /api/events/import-hyperactive?file=NAME&dryRun=true`, body: the XML file. Organizers
 * and admins only. Answers with the import summary as JSON (422 when the file was refused,
 * nothing written), or, when asked with `Accept: application/x-ndjson`, streams one progress
 * line per 100 events and then the summary, so a large file shows how far it got.
 */
export const importEndpoint = (options: SanitizedHyperactiveOptions): Endpoint => ({
  path: '/import-hyperactive',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return problem(401, 'Log in as an organizer or admin to import events.')
    if (!hasAnyRole(req.user, options.roles.import)) {
      return problem(403, 'Only organizers and admins may import events.')
    }
    const length = Number(req.headers.get('content-length') ?? 0)
    const tooLarge = sizeProblem(length, options.maxBytes)
    if (tooLarge) return problem(413, tooLarge)
    if (running) {
      return problem(
        409,
        `Another import is running (${running.file}: ${running.done} of ${running.total} events). Try again when it has finished.`,
      )
    }
    const query = req.searchParams
    const file = path.basename(String(query.get('file') || 'upload.xml')).slice(0, 200)
    const dryRun = ['1', 'true'].includes(String(query.get('dryRun')))
    running = { file, done: 0, total: 0 }
    let input: Buffer | string
    try {
      input = await readCapped(req, options.maxBytes)
    } catch (error) {
      running = null
      const e = error as Error & { status?: number }
      return problem(e.status ?? 400, e.message)
    }
    if (input.length === 0) {
      running = null
      return problem(400, 'The request has no file: send the XML file as the request body.')
    }
    const run = (onProgress?: (done: number, total: number) => void) =>
      importEvents(req.payload, input, {
        file,
        dryRun,
        timeZone: options.importTimeZone,
        maxBytes: options.maxBytes,
        user: req.user,
        progressEvery: 100,
        onProgress: (done, total) => {
          if (running) Object.assign(running, { done, total })
          onProgress?.(done, total)
        },
      })
        .catch((error: Error): ImportSummary => {
          const summary = emptySummary(file, dryRun)
          summary.failed.push({ message: error.message })
          return summary
        })
        .finally(() => {
          running = null
        })

    if (!String(req.headers.get('accept')).includes('application/x-ndjson')) {
      const summary = await run()
      return Response.json(summary, { status: summary.failed.length > 0 ? 422 : 200 })
    }
    const encoder = new TextEncoder()
    const stream = new ReadableStream<Uint8Array>({
      async start(controller) {
        const line = (value: unknown) =>
          controller.enqueue(encoder.encode(`${JSON.stringify(value)}\n`))
        const summary = await run((done, total) => line({ progress: { done, total } }))
        line({ summary })
        controller.close()
      },
    })
    return new Response(stream, {
      headers: {
        'Content-Type': 'application/x-ndjson; charset=utf-8',
        'Cache-Control': 'no-store',
      },
    })
  },
})
