// Plain JavaScript: `npm start` reads it before anything is compiled (see scripts/start.mjs).
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** The repository root (this file is in scripts/). */
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** What `npm run build` makes: the compiled server (scripts/build-server.mjs), then Next's build. */
export const BUILD_OUTPUTS = [
  path.join('.next', 'BUILD_ID'),
  path.join('dist', 'start.mjs'),
  path.join('dist', 'built-in.txt'),
]

/** The mark `npm start` leaves when it has just built: the server times its start from it. */
export const BUILT_MARK = 'dualpower:built'

/**
 * Where the build was made. Next's server bundle imports the shared modules in dist/ by their
 * absolute address (scripts/shared-modules.mjs), so a build moved elsewhere must be remade.
 */
export const BUILT_IN = path.join('dist', 'built-in.txt')

/** What the build is made from: a change to any of them makes it stale. */
const SOURCES = [
  'src',
  'collections',
  'plugins',
  'next.config.mjs',
  'package-lock.json',
  'tsconfig.json',
  path.join('scripts', 'build-server.mjs'),
  path.join('scripts', 'shared-modules.mjs'),
]

/** @param {string} entry */
const newestMtime = (entry) => {
  const stat = fs.statSync(entry, { throwIfNoEntry: false })
  if (!stat) return 0
  if (!stat.isDirectory()) return stat.mtimeMs
  let newest = stat.mtimeMs
  for (const child of fs.readdirSync(entry))
    newest = Math.max(newest, newestMtime(path.join(entry, child)))
  return newest
}

/**
 * Why the production build must be (re)made, or null when it is current.
 * @param {string} [root] the repository to look at
 * @returns {string | null}
 */
export function buildNeeded(root = projectRoot) {
  let built = Infinity
  for (const output of BUILD_OUTPUTS) {
    const stat = fs.statSync(path.join(root, output), { throwIfNoEntry: false })
    if (!stat) return `no production build yet (${output} is missing)`
    built = Math.min(built, stat.mtimeMs)
  }
  const builtIn = fs.readFileSync(path.join(root, BUILT_IN), 'utf8')
  if (builtIn.trim() !== path.resolve(root))
    return `the build was made in ${builtIn.trim()}, not here`
  const newest = Math.max(...SOURCES.map((s) => newestMtime(path.join(root, s))))
  return newest > built ? 'sources changed since the last build' : null
}
