// npm start. Plain JavaScript, so nothing compiles TypeScript on the way: builds when needed
// (the quick start), then runs the compiled server, dist/start.mjs (src/cli/start.ts).
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import { BUILT_MARK, buildNeeded, projectRoot } from './build-state.mjs'

const reason = buildNeeded()
if (reason && process.env.NODE_ENV === 'production') {
  console.error(
    `dualpower-cms: ${reason}: run \`npm run build\` before starting with NODE_ENV=production`,
  )
  process.exit(1)
}
if (reason) {
  console.log(`Building the app (${reason}); the first build takes a minute or two…`)
  const started = Date.now()
  const build = spawnSync('npm', ['run', 'build'], { cwd: projectRoot, stdio: 'inherit' })
  if (build.status !== 0) {
    console.error('dualpower-cms: `npm run build` failed; see its output above')
    process.exit(1)
  }
  console.log(`Built in ${((Date.now() - started) / 1000).toFixed(0)} s.`)
  // The server times its start from here, not from the process's start (src/server.ts).
  performance.mark(BUILT_MARK)
}
await import(pathToFileURL(path.join(projectRoot, 'dist', 'start.mjs')).href)
