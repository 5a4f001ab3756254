import fs from 'node:fs'

import { exportEvents } from '../../plugins/hyperactive/index.js'
import { runWithPayload } from './withPayload.js'

const USAGE = 'usage: npm run export:hyperactive -- [--out FILE]'
const args = process.argv.slice(2)
let out: string | undefined
if (args[0] === '--out' && args[1] && args.length === 2) out = args[1]
else if (args.length > 0) {
  console.error(USAGE)
  process.exit(2)
}

/** npm run export:hyperactive -- [--out FILE]: every event, every state, as Hyperactive XML. */
process.exit(
  await runWithPayload(async (payload) => {
    const result = await exportEvents(payload, { asStaff: true, query: { all: true } })
    if (!result) return 1
    if (out) {
      // Written beside, then renamed: a failed export never leaves half a file.
      fs.writeFileSync(`${out}.partial`, result.xml)
      fs.renameSync(`${out}.partial`, out)
      console.error(`${result.count} events written to ${out}`)
    } else process.stdout.write(result.xml)
    return 0
  }),
)
