import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { buildNeeded } from '../../scripts/build-state.mjs'

/** A repository of its own: sources, then (when asked) the outputs of `npm run build`. */
let root: string
const write = (file: string, time: number, content = file) => {
  const full = path.join(root, file)
  fs.mkdirSync(path.dirname(full), { recursive: true })
  fs.writeFileSync(full, content)
  fs.utimesSync(full, time, time)
}
/** The compiled server's outputs, as scripts/build-server.mjs writes them, made in `place`. */
const compiled = (time: number, place = root) => {
  write('dist/start.mjs', time)
  write('dist/built-in.txt', time, place + '\n')
}
const T = 1_700_000_000

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'build-state-'))
  write('src/server.ts', T)
  write('plugins/hyperactive/index.ts', T)
  write('scripts/build-server.mjs', T)
  // Directories count by their own time too: keep them old.
  for (const dir of ['src', 'plugins', 'plugins/hyperactive', 'scripts'])
    fs.utimesSync(path.join(root, dir), T, T)
})
afterEach(() => fs.rmSync(root, { recursive: true, force: true }))

describe('buildNeeded (npm start builds when it says so; the preflight refuses to serve)', () => {
  test('nothing built: names the missing output', () => {
    expect(buildNeeded(root)).toBe('no production build yet (.next/BUILD_ID is missing)')
  })

  test("Next's build without the compiled server is not a build", () => {
    write('.next/BUILD_ID', T + 10)
    expect(buildNeeded(root)).toBe('no production build yet (dist/start.mjs is missing)')
  })

  test('the compiled server without the record of where it was built is not a build', () => {
    write('.next/BUILD_ID', T + 10)
    write('dist/start.mjs', T + 11)
    expect(buildNeeded(root)).toBe('no production build yet (dist/built-in.txt is missing)')
  })

  test('every output newer than every source: current', () => {
    write('.next/BUILD_ID', T + 10)
    compiled(T + 11)
    expect(buildNeeded(root)).toBeNull()
  })

  test('a build made in another directory (copied or moved here): remade', () => {
    // Next's server imports dist/ by its absolute address.
    write('.next/BUILD_ID', T + 10)
    compiled(T + 11, '/srv/elsewhere')
    expect(buildNeeded(root)).toBe('the build was made in /srv/elsewhere, not here')
  })

  test.each(['plugins/hyperactive/index.ts', 'scripts/build-server.mjs'])(
    'a source changed after the build (%s): stale',
    (file) => {
      write('.next/BUILD_ID', T + 10)
      compiled(T + 11)
      write(file, T + 20)
      expect(buildNeeded(root)).toBe('sources changed since the last build')
    },
  )

  test('a source newer than the compiled server but older than Next’s build: stale', () => {
    // The older of the two outputs decides: `next build` ran, compiling the server did not.
    compiled(T + 10)
    write('src/server.ts', T + 15)
    write('.next/BUILD_ID', T + 20)
    expect(buildNeeded(root)).toBe('sources changed since the last build')
  })
})
