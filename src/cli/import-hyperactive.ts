import fs from 'node:fs'
import path from 'node:path'

import {
  createRun,
  emptySummary,
  HYPERACTIVE_OPTIONS,
  ImportBusyError,
  type ImportProgress,
  type ImportSummary,
  runImport,
  type SanitizedHyperactiveOptions,
  sizeProblem,
  formatSeconds,
  StepClock,
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

const stopped = (s: ImportSummary) =>
  `${s.file}: ${s.cancelled ? 'cancelled' : 'stopped'}; ${s.written} of ${s.events} events were written before it ` +
  `(${s.created} created, ${s.updated} updated, ${s.unchanged} unchanged) and stay. ` +
  'Import the same file again to write the rest.'

const describe = (s: ImportSummary) =>
  s.cancelled || (s.failed.length > 0 && s.written > 0)
    ? stopped(s) +
      s.failed.map((f) => `\n  failed${f.id ? ` event ${f.id}` : ''}: ${f.message}`).join('')
    : s.failed.length > 0
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

/**
 * npm run import:hyperactive -- FILE [--dry-run] [--json]. The import is a run like the admin's
 * (shown in the admin's import runs, cancellable there), written in batches that let a running
 * server's writes through; the progress line says where it is and how long is left.
 */
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
    const input = fs.readFileSync(file)
    let run
    try {
      run = await createRun(payload, {
        file: path.basename(file),
        dryRun: flags.has('--dry-run'),
      })
    } catch (error) {
      if (!(error instanceof ImportBusyError)) throw error
      console.error(error.message)
      return 1
    }
    // Ctrl-C stops after the batch being written (what is written stays); a second one quits.
    let stopping = false
    process.on('SIGINT', () => {
      if (stopping) process.exit(130)
      stopping = true
      process.stderr.write('\n  stopping after this batch (Ctrl-C again to quit at once)\n')
    })
    const clock = new StepClock()
    // A terminal gets one line rewritten in place; a log, a line every 5 s and at each step's end.
    const tty = Boolean(process.stderr.isTTY)
    let printed = 0
    const show = (p: ImportProgress) => {
      const left = clock.secondsLeft(p)
      const last = p.done === p.total
      if (!tty && !last && Date.now() - printed < 5000) return
      printed = Date.now()
      const text =
        `  ${p.phase} ${p.done}/${p.total} events` +
        (p.phase === 'writing' ? `, ${p.written} written` : `, ${p.failed} refused`) +
        (left !== null && !last ? `, about ${formatSeconds(left)} left` : '')
      process.stderr.write(tty ? `\r${text.padEnd(72)}${last ? '\n' : ''}` : `${text}\n`)
    }
    const summary = await runImport(payload, run.id, {
      input,
      onProgress: json ? undefined : show,
      shouldStop: () => stopping,
    })
    const seconds = ((Date.now() - started) / 1000).toFixed(1)
    console.log(
      json
        ? JSON.stringify({ ...summary, seconds: Number(seconds) }, null, 2)
        : `${describe(summary)} (${seconds} s)`,
    )
    return summary.failed.length > 0 || summary.cancelled ? 1 : 0
  }),
)
