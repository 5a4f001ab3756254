import fs from 'node:fs'
import path from 'node:path'

import {
  emptySummary,
  HYPERACTIVE_OPTIONS,
  importEvents,
  type ImportSummary,
  type SanitizedHyperactiveOptions,
  sizeProblem,
} from '../../plugins/hyperactive/index.js'
import { runWithPayload } from './withPayload.js'

const USAGE = 'usage: npm run import:hyperactive -- FILE [--dry-run] [--json]'

const args = process.argv.slice(2)
const flags = new Set(args.filter((a) => a.startsWith('--')))
const files = args.filter((a) => !a.startsWith('--'))
const unknown = [...flags].filter((f) => f !== '--dry-run' && f !== '--json')
if (unknown.length > 0 || files.length !== 1) {
  console.error(unknown.length > 0 ? `unknown option ${unknown[0]}\n${USAGE}` : USAGE)
  process.exit(2)
}
const file = files[0] as string
if (!fs.existsSync(file) || !fs.statSync(file).isFile()) {
  console.error(`${file}: no such file`)
  process.exit(2)
}
const json = flags.has('--json')

const describe = (s: ImportSummary) =>
  s.failed.length > 0
    ? `${s.file}: nothing imported (${s.events} events in the file).\n` +
      s.failed
        .map(
          (f) =>
            `  failed${f.id ? ` event ${f.id}` : ''}${f.line ? ` (line ${f.line})` : ''}: ${f.message}`,
        )
        .join('\n')
    : `${s.file}${s.dryRun ? ' (dry run: nothing written)' : ''}: ${s.events} events — ` +
      `${s.created} created, ${s.updated} updated, ${s.unchanged} unchanged, 0 failed` +
      (s.organizationsCreated ? `; ${s.organizationsCreated} new organizations to name` : '') +
      (s.placesCreated ? `; ${s.placesCreated} new places` : '') +
      (s.seriesCreated ? `; ${s.seriesCreated} new series` : '') +
      (s.forModeration && !s.dryRun
        ? `; ${s.forModeration} pending or hidden, listed in one email to the moderators`
        : '') +
      (s.conflicts.length > 0
        ? `\n  edited here and different from the file (the edits were kept): ${s.conflicts.length}\n` +
          s.conflicts.map((c) => `    event ${c.id}: ${c.fields.join(', ')}`).join('\n')
        : '') +
      (s.importId
        ? `\n  export this file back: npm run export:hyperactive -- --import ${s.importId}`
        : '')

/** npm run import:hyperactive -- FILE [--dry-run] [--json] */
process.exit(
  await runWithPayload(async (payload) => {
    const options = payload.config.custom?.[HYPERACTIVE_OPTIONS] as SanitizedHyperactiveOptions
    // A file over the limit is refused before a byte of it is read.
    const tooLarge = sizeProblem(fs.statSync(file).size, options.maxBytes)
    if (tooLarge) {
      const summary = emptySummary(path.basename(file), flags.has('--dry-run'))
      summary.failed.push({ message: tooLarge })
      console.log(json ? JSON.stringify(summary, null, 2) : describe(summary))
      return 1
    }
    const started = Date.now()
    const summary = await importEvents(payload, fs.readFileSync(file), {
      file: path.basename(file),
      dryRun: flags.has('--dry-run'),
      timeZone: options.importTimeZone,
      maxBytes: options.maxBytes,
      // Nothing else runs in this process: let SQLite's statements be freed as it goes.
      yieldEvery: 25,
      onProgress: json
        ? undefined
        : (done, total) =>
            process.stderr.write(`\r  ${done}/${total} events` + (done === total ? '\n' : '')),
    })
    const seconds = ((Date.now() - started) / 1000).toFixed(1)
    console.log(
      json
        ? JSON.stringify({ ...summary, seconds: Number(seconds) }, null, 2)
        : `${describe(summary)} (${seconds} s)`,
    )
    return summary.failed.length > 0 ? 1 : 0
  }),
)
