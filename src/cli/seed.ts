import { formatSeedCounts, seed } from '../seed/index.js'
import { runWithPayload } from './withPayload.js'

/** npm run seed — loads the demo content; safe to run again. */
process.exit(
  await runWithPayload(async (payload) => {
    const counts = await seed(payload)
    console.log(`Seed done. ${formatSeedCounts(counts)}`)
  }),
)
