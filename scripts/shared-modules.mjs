// Plain JavaScript: read by next.config.mjs and scripts/build-server.mjs.
//
// The process runs one copy of the app's server code. The Express server (dist/start.mjs) and
// Next's server bundle both need it: Next's route handlers, pages and server actions reach it
// through these modules only, and Next's webpack leaves them to Node instead of bundling its
// own copy (next.config.mjs). Node loads each file once, so a rate limiter, a cache or a store
// set at startup is a plain module variable that both sides see.
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import { projectRoot } from './build-state.mjs'

/**
 * Each module: its source, the file esbuild writes for it in dist/, and the specifiers
 * Next's code imports it by (besides relative paths, which are matched once resolved).
 */
export const SHARED_MODULES = [
  { source: 'src/payload.config.ts', output: 'payload-config', aliases: ['@payload-config'] },
  { source: 'plugins/content-call/exports/site.ts', output: 'content-call-site', aliases: [] },
  { source: 'src/cache/graphql.ts', output: 'graphql-cache', aliases: [] },
  { source: 'src/graphql/public.ts', output: 'public-graphql', aliases: [] },
]

/**
 * The URL Node imports a shared module from: the compiled file for `npm start`, the source for
 * `npm run dev` (tsx compiles it, and Express imports the same file, so the URL is the same).
 */
export function sharedModuleURL(module, { dev }) {
  const file = dev
    ? path.join(projectRoot, module.source)
    : path.join(projectRoot, 'dist', `${module.output}.mjs`)
  return pathToFileURL(file).href
}

/** The shared module a resolved file is, if any. */
export function sharedModuleAt(file) {
  return SHARED_MODULES.find((m) => path.join(projectRoot, m.source) === file)
}
