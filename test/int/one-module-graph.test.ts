import { describe, expect, test } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'

import { projectRoot } from '../../scripts/build-state.mjs'
import { SHARED_MODULES, sharedModuleURL } from '../../scripts/shared-modules.mjs'

/**
 * The production build runs one copy of the app's server code: Next's server bundle imports
 * the shared modules from dist/ instead of compiling its own (scripts/shared-modules.mjs).
 * Read from the build `npm test` has just made.
 */
const filesUnder = (dir: string, suffixes: string[]): string[] =>
  fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => suffixes.some((suffix) => file.endsWith(suffix)))
    .map((file) => path.join(dir, file))

const nextServer = () => filesUnder(path.join(projectRoot, '.next', 'server'), ['.js'])
const compiledServer = () => filesUnder(path.join(projectRoot, 'dist'), ['.mjs'])
const containing = (files: string[], text: string) =>
  files.filter((file) => fs.readFileSync(file, 'utf8').includes(text))

// Text found only in modules that keep state for the whole process.
const STATEFUL = {
  'the submission limiter': 'SUBMISSIONS_PER_HOUR must be a positive whole number',
  'the login throttle': 'Too many failed logins',
  'the GraphQL response cache': 'response cache (GraphQL): passing',
  'the database guard': 'The database is unavailable (',
  'the Payload config': 'build-time-placeholder',
}

describe('one module graph (the production build)', () => {
  test.each(SHARED_MODULES.map((m) => [m.source, m] as const))(
    "Next's server imports %s from dist/",
    (_source, shared) => {
      const url = sharedModuleURL(shared, { dev: false })
      expect(fs.existsSync(new URL(url))).toBe(true)
      expect(containing(nextServer(), url).length).toBeGreaterThan(0)
    },
  )

  test.each(Object.entries(STATEFUL))(
    '%s is compiled once, into dist/, and not into Next’s bundle',
    (_what, text) => {
      expect(containing(compiledServer(), text)).toHaveLength(1)
      expect(containing(nextServer(), text)).toEqual([])
    },
  )
})
