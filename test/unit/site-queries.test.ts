import { describe, expect, test } from '@jest/globals'
import { parse, print } from 'graphql'
import fs from 'node:fs'
import path from 'node:path'

import { projectRoot } from '../../scripts/build-state.mjs'
import { SUPPORTED_TIME_ZONES } from '../../src/fields/timeRange.js'
import { zoneFromGraphQL } from '../../src/site/when.js'

const QUERIES = path.join(projectRoot, 'src', 'site', 'queries')
const queryFiles = fs.readdirSync(QUERIES).filter((file) => file.endsWith('.graphql'))
const canonical = (source: string) => print(parse(source))

describe("the site's queries (src/site/queries)", () => {
  test.each(queryFiles)('%s holds one query named as its file, or fragments only', (file) => {
    const definitions = parse(fs.readFileSync(path.join(QUERIES, file), 'utf8')).definitions
    const operations = definitions.filter((d) => d.kind === 'OperationDefinition')
    const fragments = definitions.filter((d) => d.kind === 'FragmentDefinition')
    expect(operations.length + fragments.length).toBe(definitions.length)
    if (operations.length === 0) {
      expect(fragments.map((f) => f.name.value)).toContain(path.basename(file, '.graphql'))
      return
    }
    expect(operations).toHaveLength(1)
    expect(operations[0]).toMatchObject({
      operation: 'query',
      name: { value: path.basename(file, '.graphql') },
    })
  })

  test("docs/frontend.md's example is the home page's query, word for word", () => {
    const docs = fs.readFileSync(path.join(projectRoot, 'docs', 'frontend.md'), 'utf8')
    const example = docs.match(/<<'JSON'\n(\{"query": ?.*\})\nJSON/)
    expect(example).not.toBeNull()
    const { query } = JSON.parse(example![1]) as { query: string }
    const home = ['Home', 'Frame']
      .map((name) => fs.readFileSync(path.join(QUERIES, `${name}.graphql`), 'utf8'))
      .join('\n')
    expect(canonical(query)).toEqual(canonical(home))
  })
})

test('every time zone GraphQL may answer is read back as the zone it stands for', () => {
  const sdl = fs.readFileSync(path.join(projectRoot, 'src', 'graphql', 'schema.graphql'), 'utf8')
  const names =
    sdl
      .match(/enum Event_startsAt_tz \{([^}]*)\}/)?.[1]
      .trim()
      .split(/\s+/) ?? []
  expect(names).toHaveLength(SUPPORTED_TIME_ZONES.length)
  expect(names.map((name) => zoneFromGraphQL(name)).sort()).toEqual(
    [...SUPPORTED_TIME_ZONES].sort(),
  )
})
