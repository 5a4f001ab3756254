import path from 'node:path'

import type { Endpoint, PayloadRequest } from 'payload'

import { hasAnyRole } from '../../shared/index.js'
import type { SanitizedHyperactiveOptions } from '../defaults.js'
import {
  createRun,
  ImportBusyError,
  type ImportRun,
  readRun,
  runImport,
  runIsOver,
  runningImport,
} from '../services/importRun.js'
import { sizeProblem } from '../utilities/parse.js'

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

/** How often a request waiting for its import reads the run's row. */
const POLL_MS = 250

/** The run, read until it is over; `onChange` hears each new state of it. */
async function follow(
  req: PayloadRequest,
  id: string,
  onChange: (run: ImportRun) => void = () => {},
): Promise<ImportRun> {
  let last = ''
  for (;;) {
    const run = await readRun(req.payload, id)
    if (!run) throw new Error(`the import run ${id} was deleted while it ran`)
    const seen = `${run.status} ${run.done} ${run.written}`
    if (seen !== last) onChange(run)
    last = seen
    if (runIsOver(run) && run.summary) return run
    await new Promise((resolve) => setTimeout(resolve, POLL_MS))
  }
}

/**
 * `POST /api/events/import-hyperactive?file=NAME&dryRun=true`, body: the XML file. Organizers
 * and admins only. The file becomes an import run (`hyperactive-import-runs`), started outside
 * the request (the plugin's `startImport`: in the app, a worker process). With
 * `Prefer: respond-async` the answer is 202 and the run, to follow at its Location; asked with
 * `Accept: application/x-ndjson` it streams a progress line per change and then the summary;
 * otherwise it answers with the summary once the run is over (422 when it stopped on an error).
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
    // Refused before the file is read; createRun checks again once it is.
    const busy = await runningImport(req.payload)
    if (busy) return problem(409, new ImportBusyError(busy).message)
    const query = req.searchParams
    const file = path.basename(String(query.get('file') || 'upload.xml')).slice(0, 200)
    const dryRun = ['1', 'true'].includes(String(query.get('dryRun')))
    let input: Buffer
    try {
      input = Buffer.from(await readCapped(req, options.maxBytes))
    } catch (error) {
      const e = error as Error & { status?: number }
      return problem(e.status ?? 400, e.message)
    }
    if (input.length === 0) {
      return problem(400, 'The request has no file: send the XML file as the request body.')
    }
    let run: ImportRun
    try {
      run = await createRun(req.payload, { file, dryRun, user: req.user, input })
    } catch (error) {
      if (error instanceof ImportBusyError) return problem(409, error.message)
      throw error
    }
    const start =
      options.startImport ??
      ((payload, id) =>
        setImmediate(() => {
          runImport(payload, id).catch((error: Error) =>
            payload.logger.error(`[hyperactive] import run ${id}: ${error.message}`),
          )
        }))
    start(req.payload, run.id)

    if (/\brespond-async\b/.test(String(req.headers.get('prefer')))) {
      return Response.json(run, {
        status: 202,
        headers: { Location: `${req.payload.config.routes.api}/hyperactive-import-runs/${run.id}` },
      })
    }
    if (!String(req.headers.get('accept')).includes('application/x-ndjson')) {
      const { summary } = await follow(req, run.id)
      return Response.json(summary, { status: summary!.failed.length > 0 ? 422 : 200 })
    }
    const encoder = new TextEncoder()
    const stream = new ReadableStream<Uint8Array>({
      async start(controller) {
        const line = (value: unknown) =>
          controller.enqueue(encoder.encode(`${JSON.stringify(value)}\n`))
        try {
          const over = await follow(req, run.id, (r) => {
            // Nothing to say until the file is read and its size known.
            if (runIsOver(r) || r.status === 'queued' || r.total === 0) return
            line({
              progress: {
                phase: r.status,
                done: r.done,
                total: r.total,
                written: r.written,
                failed: r.failed,
              },
            })
          })
          line({ summary: over.summary })
        } catch (error) {
          line({ error: (error as Error).message })
        }
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
