import { createLocalReq } from 'payload'

import { eraseAccessNeeds } from '../../plugins/content-call/index.js'
import { runWithPayload } from './withPayload.js'

if (process.argv.length > 2) {
  console.error('usage: npm run erase:access-needs')
  process.exit(2)
}

/**
 * npm run erase:access-needs: what the nightly job does, now. Erases access needs and childcare
 * requests when the configured days after the gathering have passed; otherwise says until when
 * it waits.
 */
process.exit(
  await runWithPayload(async (payload) => {
    const req = await createLocalReq({}, payload)
    const result = await eraseAccessNeeds(req)
    console.log(result.ran ? result.reason : `Nothing erased: ${result.reason}`)
    return 0
  }),
)
