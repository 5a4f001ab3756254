import { describe, expect, test } from '@jest/globals'
import { type DocumentNode, Kind, type OperationDefinitionNode, parse, print } from 'graphql'

import { splitByRootField } from '../../src/graphql/rootFields.js'

const rootKeys = (doc: DocumentNode) => {
  const operation = doc.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  )!
  return operation.selectionSet.selections.map((s) =>
    s.kind === Kind.FIELD ? (s.alias?.value ?? s.name.value) : `...${print(s)}`,
  )
}

describe('splitByRootField', () => {
  test('one document per response key; fragment spreads at the root are opened', () => {
    const parts = splitByRootField(
      parse(`
        query Page($locale: LocaleInputType!, $marked: Boolean = false) {
          ...Frame
          Site(locale: $locale) { intro }
          own: Posts(locale: $locale, fallbackLocale: none) @include(if: $marked) { docs { id } }
          Posts(locale: $locale) { docs { id place { name } } }
        }
        fragment Frame on Query { Site(locale: $locale) { name } ContentCall { opensAt } }
      `),
    )
    expect(parts.map(rootKeys)).toEqual([['Site'], ['ContentCall'], ['own'], ['Posts']])
    // The two `Site` fields are one, holding both selections (Payload's `select` reads one).
    expect(print(parts[0]!)).toMatch(/Site\(locale: \$locale\) \{\s+name\s+intro\s+\}/)
    // Each part keeps the operation's variables and every fragment, and its directives.
    for (const part of parts) {
      expect(print(part)).toContain(
        'query Page($locale: LocaleInputType!, $marked: Boolean = false)',
      )
      expect(print(part)).toContain('fragment Frame on Query')
    }
    expect(print(parts[2]!)).toContain('@include(if: $marked)')
  })

  test('one response key with different directives stays two fields', () => {
    const [part, ...rest] = splitByRootField(
      parse(`query Q($marked: Boolean = false) {
        Site { name }
        Site @include(if: $marked) { intro }
      }`),
    )
    expect(rest).toEqual([])
    expect(rootKeys(part!)).toEqual(['Site', 'Site'])
  })

  test('a single root field, or a directive on a root fragment, keeps the document whole', () => {
    const single = parse('{ Posts { docs { id } } }')
    expect(splitByRootField(single)).toEqual([single])
    const directed = parse(
      'query Q($a: Boolean!) { ... on Query @include(if: $a) { Posts { docs { id } } } Events { docs { id } } }',
    )
    expect(splitByRootField(directed)).toEqual([directed])
  })

  test('a fragment that spreads itself does not loop', () => {
    const parts = splitByRootField(
      parse('{ ...A Posts { docs { id } } } fragment A on Query { Events { docs { id } } ...A }'),
    )
    expect(parts.map(rootKeys)).toEqual([['Events'], ['Posts']])
  })
})
