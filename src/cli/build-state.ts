import fs from 'node:fs'
import path from 'node:path'

import { projectRoot } from '../paths.js'

const BUILD_ID = path.join(projectRoot, '.next', 'BUILD_ID')
const SOURCES = [
  'src',
  'collections',
  'plugins',
  'next.config.mjs',
  'package-lock.json',
  'tsconfig.json',
]

const newestMtime = (entry: string): number => {
  const stat = fs.statSync(entry, { throwIfNoEntry: false })
  if (!stat) return 0
  if (!stat.isDirectory()) return stat.mtimeMs
  let newest = stat.mtimeMs
  for (const child of fs.readdirSync(entry))
    newest = Math.max(newest, newestMtime(path.join(entry, child)))
  return newest
}

/** Why the production build must be (re)made, or null when it is current. */
export function buildNeeded(): string | null {
  const built = fs.statSync(BUILD_ID, { throwIfNoEntry: false })
  if (!built) return 'no production build yet'
  const newest = Math.max(...SOURCES.map((s) => newestMtime(path.join(projectRoot, s))))
  return newest > built.mtimeMs ? 'sources changed since the last build' : null
}
