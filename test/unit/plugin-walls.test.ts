/**
 * The walls between the plugins and the app (#21). A plugin imports packages, its own files,
 * `plugins/shared` and other plugins' public entry (`index.ts`); never the app. The app reaches
 * a plugin through that entry (or a file under the plugin's `exports/`), never its insides.
 * Every plugin and the app are closed: no exception.
 */
import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, test } from '@jest/globals'
import ts from 'typescript'

import { projectRoot } from '../../src/paths.js'

const PLUGINS = path.join(projectRoot, 'plugins')
const CLOSED = ['content-call', 'hyperactive', 'moderation', 'publishing', 'shared', 'app']

const sourceFiles = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(full)
    return /\.(ts|tsx|mjs|js)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : []
  })

/** Every module a file imports, resolved to a path under the project when it is relative. */
const importsOf = (file: string) =>
  ts
    .preProcessFile(fs.readFileSync(file, 'utf8'), true, true)
    .importedFiles.map(({ fileName }) =>
      fileName.startsWith('.') ? path.resolve(path.dirname(file), fileName) : fileName,
    )

const pluginOf = (file: string) => {
  const rel = path.relative(PLUGINS, file)
  return rel.startsWith('..') ? null : rel.split(path.sep)[0]!
}

/** May `target` be imported from plugin `from` (null: from the app)? */
function allowed(from: string | null, target: string): boolean {
  if (!path.isAbsolute(target)) return from === null || !target.startsWith('@payload-config')
  const to = pluginOf(target)
  if (to === null) return from === null // into the app: only the app itself
  if (to === from || to === 'shared') return true
  const inside = path.relative(path.join(PLUGINS, to), target).split(path.sep)
  return inside.length === 1 ? /^index\.(js|ts)$/.test(inside[0]!) : inside[0] === 'exports'
}

function violations() {
  const found: Record<string, string[]> = {}
  const add = (who: string, file: string, target: string) =>
    (found[who] ??= []).push(
      `${path.relative(projectRoot, file)} → ${path.isAbsolute(target) ? path.relative(projectRoot, target) : target}`,
    )
  for (const file of sourceFiles(PLUGINS)) {
    const from = pluginOf(file)!
    for (const target of importsOf(file)) if (!allowed(from, target)) add(from, file, target)
  }
  const app = ['src', 'collections', 'bench', 'scripts'].flatMap((d) =>
    sourceFiles(path.join(projectRoot, d)),
  )
  for (const file of app) {
    // Payload writes the admin's import map from the component paths the plugins declare.
    if (file.endsWith(path.join('admin', 'importMap.js'))) continue
    for (const target of importsOf(file)) if (!allowed(null, target)) add('app', file, target)
  }
  return found
}

describe('the walls between plugins and app', () => {
  const found = violations()

  test.each(CLOSED)('%s imports only packages, itself, shared and plugin entries', (plugin) => {
    expect(found[plugin] ?? []).toEqual([])
  })

  test('every plugin folder is checked (a new plugin is closed from its first file)', () => {
    const folders = fs
      .readdirSync(PLUGINS, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
    expect(folders.filter((f) => !CLOSED.includes(f))).toEqual([])
  })

  test('the client door reaches no package and no server code (it is bundled for browsers)', () => {
    const seen = new Set<string>()
    const walk = (file: string) => {
      if (seen.has(file)) return
      seen.add(file)
      for (const target of importsOf(file)) {
        expect([file, target]).toEqual([file, expect.stringMatching(/^\//)])
        walk(target.replace(/\.js$/, '.ts'))
      }
    }
    walk(path.join(PLUGINS, 'content-call', 'exports', 'client.ts'))
    expect(seen.size).toBeGreaterThan(3)
  })

  test('the rule itself: an app import, another plugin’s inside and a plugin’s entry', () => {
    const inside = path.join(PLUGINS, 'moderation', 'utilities', 'states.ts')
    expect(allowed('hyperactive', path.join(projectRoot, 'src', 'access', 'roles.js'))).toBe(false)
    expect(allowed('hyperactive', inside)).toBe(false)
    expect(allowed('hyperactive', path.join(PLUGINS, 'moderation', 'index.js'))).toBe(true)
    expect(allowed('hyperactive', path.join(PLUGINS, 'shared', 'roles.js'))).toBe(true)
    expect(allowed('hyperactive', '@payload-config')).toBe(false)
    expect(allowed(null, inside)).toBe(false)
    expect(allowed(null, path.join(PLUGINS, 'content-call', 'exports', 'site.js'))).toBe(true)
  })
})
