// The first half of `npm run build` (before `next build`): the server compiled to JavaScript.
//
// Started through tsx, the server spent most of its start loading modules: tsx's loader hooks
// sit in front of every import, node_modules included (figures in docs/benchmark.md). esbuild
// compiles our TypeScript (src/, collections/, plugins/) into dist/ and leaves every package to
// Node, so `npm start` runs plain JavaScript.
//
// - dist/start-preflight.js: the preflight alone. dist/start.mjs imports it, then the server
//   (src/cli/serve.ts) with a dynamic import, so the preflight sets NODE_ENV and the secret
//   before React, Next or Payload are loaded (static imports would be hoisted above it).
// - dist/start.mjs: `npm start` (src/cli/start.ts), and in chunks what the server imports.
// - dist/import-worker.mjs: the process an admin import runs in (src/cli/import-worker.ts).
// - one file per shared module (scripts/shared-modules.mjs), which Next's server bundle
//   imports instead of compiling its own copy. Code used by several entries lives once, in
//   dist/chunk-*.mjs, so Node runs one copy of each module for Express and Next alike; this is
//   why `next build` comes second: it records these files' addresses.
//
// dist/ sits one level below the repository root, like src/, so `projectRoot`
// (src/paths.ts, from import.meta.url) is the same compiled or not; chunks stay at that level.
import { build } from 'esbuild'

import fs from 'node:fs'
import path from 'node:path'

import { BUILT_IN, projectRoot } from './build-state.mjs'
import { SHARED_MODULES } from './shared-modules.mjs'

const started = performance.now()
const common = {
  absWorkingDir: projectRoot,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Packages stay in node_modules, resolved by Node (with --conditions=production) at run time.
  packages: 'external',
  tsconfig: 'tsconfig.json',
  sourcemap: 'linked',
  logLevel: 'warning',
  legalComments: 'none',
}
// Chunks are named by their content: the last build's would stay beside the new ones.
fs.rmSync(path.join(projectRoot, 'dist'), { recursive: true, force: true })
try {
  await build({
    ...common,
    entryPoints: ['src/cli/start-preflight.ts'],
    outfile: 'dist/start-preflight.js',
  })
  await build({
    ...common,
    entryPoints: [
      { in: 'src/cli/start.ts', out: 'start' },
      // The process each admin import runs in (src/importWorker.ts), sharing the chunks.
      { in: 'src/cli/import-worker.ts', out: 'import-worker' },
      ...SHARED_MODULES.map((m) => ({ in: m.source, out: m.output })),
    ],
    outdir: 'dist',
    outExtension: { '.js': '.mjs' },
    splitting: true,
    chunkNames: 'chunk-[hash]',
    external: ['./start-preflight.js'],
  })
  fs.writeFileSync(path.join(projectRoot, BUILT_IN), projectRoot + '\n')
} catch {
  // esbuild has printed each error with its file and line.
  console.error('build-server: compiling the server failed (errors above)')
  process.exit(1)
}
console.log(
  `Compiled the server into dist/ in ${((performance.now() - started) / 1000).toFixed(1)} s`,
)
