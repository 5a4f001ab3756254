// Which part of the code imports which: one line per (from → to) pair of parts with the number
// of import statements, across src/, collections/ and each plugin (tests, bench and scripts are
// left out). `node scripts/folder-imports.mjs [ROOT]`; ROOT defaults to this checkout, so
// another one (a git worktree of an older commit) can be compared with it.
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import ts from 'typescript'

const root = path.resolve(
  process.argv[2] ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '..'),
)

const files = (dir) =>
  fs.existsSync(dir)
    ? fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
        const full = path.join(dir, entry.name)
        if (entry.isDirectory())
          return ['node_modules', 'migrations'].includes(entry.name) ? [] : files(full)
        return /\.(ts|tsx)$/.test(entry.name) && !/\.d\.ts$|payload-types\.ts$/.test(entry.name)
          ? [full]
          : []
      })
    : []

/** The part a file belongs to: `plugins/<name>`, `collections` or `src`; null outside them. */
const partOf = (file) => {
  const [top, second] = path.relative(root, file).split(path.sep)
  if (top === 'plugins' && second && !second.includes('.')) return `plugins/${second}`
  return top === 'src' || top === 'collections' ? top : null
}

const counts = new Map()
for (const file of ['src', 'collections', 'plugins'].flatMap((d) => files(path.join(root, d)))) {
  const from = partOf(file)
  for (const { fileName } of ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true)
    .importedFiles) {
    const to =
      fileName === '@payload-config'
        ? 'src'
        : fileName.startsWith('.')
          ? partOf(path.resolve(path.dirname(file), fileName))
          : null
    if (!to || to === from) continue
    const key = `${from} → ${to}`
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
}
for (const [key, n] of [...counts].sort(([a], [b]) => a.localeCompare(b)))
  console.log(`${key}: ${n}`)
