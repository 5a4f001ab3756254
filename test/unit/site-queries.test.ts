import { describe, expect, test } from '@jest/globals'
import { buildSchema, Kind, parse, print, type SelectionNode } from 'graphql'
import fs from 'node:fs'
import path from 'node:path'

import { projectRoot } from '../../scripts/build-state.mjs'
import { SUPPORTED_TIME_ZONES } from '../../src/fields/timeRange.js'
import { zoneOrSite } from '../../src/site/when.js'

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

  // Without it Payload reads and runs the hooks of every field of every document (the pinned event
  // on the home page: 8.3 ms with, 3.1 ms without, timed in-process on the bench dataset).
  test.each(queryFiles)('%s asks Payload for the selected fields only (select: true)', (file) => {
    const sdl = fs.readFileSync(path.join(projectRoot, 'src', 'graphql', 'schema.graphql'), 'utf8')
    const root = buildSchema(sdl).getQueryType()!.getFields()
    const definitions = parse(fs.readFileSync(path.join(QUERIES, file), 'utf8')).definitions
    const unselected: string[] = []
    const visit = (selections: readonly SelectionNode[]) => {
      for (const selection of selections) {
        if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet.selections)
        if (selection.kind !== Kind.FIELD) continue
        const accepts = root[selection.name.value]?.args.some((arg) => arg.name === 'select')
        const select = selection.arguments?.find((arg) => arg.name.value === 'select')
        const on = select?.value.kind === Kind.BOOLEAN && select.value.value
        if (accepts && !on) unselected.push(selection.alias?.value ?? selection.name.value)
      }
    }
    for (const definition of definitions) {
      // Fragments on Query hold root fields; fragments on a type hold a document's fields.
      const onQuery =
        definition.kind === Kind.OPERATION_DEFINITION ||
        (definition.kind === Kind.FRAGMENT_DEFINITION &&
          definition.typeCondition.name.value === 'Query')
      if (onQuery) visit(definition.selectionSet.selections)
    }
    expect(unselected).toEqual([])
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

test('GraphQL gives time zones by their IANA names, as REST and the feeds do', () => {
  const sdl = fs.readFileSync(path.join(projectRoot, 'src', 'graphql', 'schema.graphql'), 'utf8')
  const event = sdl.match(/type Event \{([^}]*)\}/)?.[1] ?? ''
  expect(event).toMatch(/\bstartsAt_tz: String!/)
  expect(event).toMatch(/\bendsAt_tz: String\b/)
  expect(sdl).not.toMatch(/America_Chicago|enum \w+_tz\b/)
  for (const zone of SUPPORTED_TIME_ZONES) expect(zoneOrSite(zone)).toBe(zone)
  expect(zoneOrSite('America_Chicago')).toBe(zoneOrSite(null))
})
