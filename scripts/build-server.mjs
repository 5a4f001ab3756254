// The second half of `npm run build` (after `next build`): the server compiled to JavaScript.
//
// Started through tsx, the server spent most of its start loading modules: tsx's loader hooks
// sit in front of every import, node_modules included (figures in docs/benchmark.md). esbuild compiles our TypeScript (src/, collections/, plugins/) into two files in
// dist/ and leaves every package to Node, so `npm start` runs plain JavaScript.
//
// - dist/start-preflight.js: the preflight alone. dist/start.mjs imports it first, and ESM
//   evaluates imports in order, so it sets NODE_ENV and the secret before React, Next or
//   Payload are loaded (a single bundle would hoist their imports above it).
// - dist/start.mjs: `npm start`'s server (src/cli/start.ts and everything it imports).
//
// dist/ sits one level below the repository root, like src/, so `projectRoot`
// (src/paths.ts, from import.meta.url) is the same compiled or not.
import { build } from 'esbuild'

import { projectRoot } from './build-state.mjs'

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
try {
  await build({
    ...common,
    entryPoints: ['src/cli/start-preflight.ts'],
    outfile: 'dist/start-preflight.js',
  })
  await build({
    ...common,
    entryPoints: ['src/cli/start.ts'],
    outfile: 'dist/start.mjs',
    external: ['./start-preflight.js'],
  })
} catch {
  // esbuild has printed each error with its file and line.
  console.error('build-server: compiling the server failed (errors above)')
  process.exit(1)
}
console.log(
  `Compiled the server into dist/ in ${((performance.now() - started) / 1000).toFixed(1)} s`,
)
