import fs from 'node:fs'

import { exportEvents } from '../../plugins/hyperactive/index.js'
import { runWithPayload } from './withPayload.js'

const USAGE = 'usage: npm run export:hyperactive -- [--out FILE] [--import ID]'
const args = process.argv.slice(2)
let out: string | undefined
let importId: string | undefined
for (let i = 0; i < args.length; i += 2) {
  const [flag, value] = [args[i], args[i + 1]]
  if (flag === '--out' && value && out === undefined) out = value
  else if (flag === '--import' && value && importId === undefined) importId = value
  else {
    console.error(USAGE)
    process.exit(2)
  }
}

/**
 * npm run export:hyperactive -- [--out FILE] [--import ID]: every event, every state, as
 * Hyperactive XML; with --import, the events of one imported file in that file's order.
 */
process.exit(
  await runWithPayload(async (payload) => {
    const result = await exportEvents(payload, {
      asStaff: true,
      query: importId ? { importId } : { all: true },
    })
    if (!result) {
      console.error(`No import ${importId} (see Hyperactive imports in the admin)`)
      return 1
    }
    if (out) {
      // Written beside, then renamed: a failed export never leaves half a file.
      fs.writeFileSync(`${out}.partial`, result.xml)
      fs.renameSync(`${out}.partial`, out)
      console.error(`${result.count} events written to ${out}`)
    } else process.stdout.write(result.xml)
    return 0
  }),
)
