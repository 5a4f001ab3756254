import { describe, expect, test } from '@jest/globals'

import {
  matchFilters,
  patternProblem,
  plainText,
} from '../../plugins/moderation/utilities/filters.js'
import {
  MODERATION_STATES,
  type ModerationState,
  prominence,
} from '../../plugins/moderation/utilities/states.js'
import { hasField } from '../../plugins/moderation/utilities/hasField.js'
import { sameContent } from '../../plugins/moderation/utilities/sameContent.js'
import { checkTransition } from '../../plugins/moderation/utilities/transitions.js'
import { sanitizeOptions } from '../../plugins/moderation/defaults.js'
import type { Field } from 'payload'

const everyone = {
  admin: ['admin'],
  organizer: ['organizer'],
  moderator: ['moderator'],
  reviewer: ['reviewer'],
  anonymous: [],
}

// Every role × every (from, to): the whole table, spelled out.
const expected = (role: keyof typeof everyone, to: ModerationState): boolean => {
  if (role === 'admin' || role === 'organizer') return true
  if (role === 'moderator') return to !== 'pending'
  return false
}

describe('checkTransition', () => {
  // The defaults the app uses (its roles are the defaults' names).
  const table = sanitizeOptions({ collections: { posts: {} } }).transitions
  const rows = Object.keys(everyone).flatMap((role) =>
    MODERATION_STATES.flatMap((from) =>
      MODERATION_STATES.filter((to) => to !== from).map((to) => [role, from, to] as const),
    ),
  )
  test.each(rows)('%s: %s → %s', (role, from, to) => {
    const decision = checkTransition(from, to, everyone[role as keyof typeof everyone], table)
    expect(decision.allowed).toBe(expected(role as keyof typeof everyone, to))
    if (!decision.allowed) {
      expect(decision.reason).toContain(`"${to}"`)
      expect(decision.reason).toContain(role === 'anonymous' ? 'anonymous users' : `role ${role}`)
    }
  })

  test('other role names come in as options, and an empty list is refused by name', () => {
    const custom = sanitizeOptions({
      collections: { posts: {} },
      editorRoles: ['chief'],
      moderatorRoles: ['chief', 'steward'],
    }).transitions
    expect(checkTransition('hidden', 'pending', ['steward'], custom).allowed).toBe(false)
    expect(checkTransition('hidden', 'pending', ['chief'], custom).allowed).toBe(true)
    expect(checkTransition('pending', 'published', ['steward'], custom).allowed).toBe(true)
    expect(checkTransition('pending', 'published', ['moderator'], custom).allowed).toBe(false)
    expect(() => sanitizeOptions({ collections: { posts: {} }, moderatorRoles: [] })).toThrow(
      '[moderation] moderatorRoles must name at least one role',
    )
  })

  test('staying in the same state is not a transition', () => {
    expect(checkTransition('hidden', 'hidden', [], table).allowed).toBe(true)
  })
})

describe('prominence', () => {
  test.each([
    ['featured', true, 4],
    ['featured', false, 3],
    ['promoted', true, 2],
    ['published', null, 1],
    ['pending', true, 0],
    ['hidden', false, 0],
  ] as const)('%s (stickAtTop %s) → %i', (state, stick, value) => {
    expect(prominence(state, stick)).toBe(value)
  })
})

describe('content filter patterns', () => {
  test.each([
    ['fascis[mt]', null],
    ['\\bbuy (cheap|discount) \\w+', null],
    ['', /is empty/],
    ['(unclosed', /cannot be used \(.*missing closing \)/],
    ['(?<=buy )pills', /cannot be used.*no lookarounds/],
    ['(spam)\\1', /cannot be used.*no backreferences/],
    // Ambiguous repetition is harmless on a linear-time engine: accepted.
    ['(a+)+$', null],
    ['^(\\w+\\s?)*$', null],
    ['(\\w|\\d)+$', null],
    ['x'.repeat(501), /longer than 500/],
  ])('%j', (pattern, problem) => {
    const result = patternProblem(pattern)
    if (problem === null) expect(result).toBeNull()
    else expect(result).toMatch(problem)
  })
})

describe('matchFilters', () => {
  const filters = [
    { name: 'Spam', action: 'hold' as const, expressions: ['cheap (pills|watches)'] },
    { name: 'Fascists', action: 'hide' as const, expressions: ['\\bfascis[mt]', '(a+)+$'] },
  ]
  const rich = (text: string) => ({
    root: { children: [{ type: 'paragraph', children: [{ text }] }] },
  })

  test.each([
    [{ title: 'Tenant assembly' }, null],
    [{ title: 'CHEAP WATCHES here' }, ['Spam', 'title']],
    [{ title: 'Talk', body: rich('a fascist rally') }, ['Fascists', 'body']],
    [{ publishedBy: 'fascism fan' }, ['Fascists', 'publishedBy']],
    [{ summary: { en: 'ok', es: 'cheap pills' } }, ['Spam', 'summary']],
    // A pattern that backtracks exponentially in JavaScript runs in linear time here.
    [{ title: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!' }, null],
    [{ title: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa' }, ['Fascists', 'title']],
  ])('%j → %j', (fields, expected) => {
    const match = matchFilters(filters, fields)
    expect(match ? [match.filter.name, match.field] : null).toEqual(expected)
  })

  test.each([
    ['(\\w|\\d)+$', 'a'.repeat(50_000) + '!'],
    ['^(\\w+\\s?)*$', 'word '.repeat(10_000) + '!'],
    ['(a|aa)+$', 'a'.repeat(50_000) + 'b'],
    ['(.*a){12}', 'a'.repeat(20_000)],
  ])('%j on a hostile text of %#: answered, not stuck', (pattern, text) => {
    const hostile = [{ name: 'Hostile', action: 'hold' as const, expressions: [pattern] }]
    const expected = pattern === '(.*a){12}' ? ['Hostile', 'title'] : null
    const match = matchFilters(hostile, { title: text })
    expect(match ? [match.filter.name, match.field] : null).toEqual(expected)
  })

  test('plainText flattens rich text and localized values', () => {
    expect(plainText(rich('hello'))).toBe('hello')
    expect(plainText({ en: 'one', es: 'uno' })).toBe('one uno')
    expect(plainText(null)).toBe('')
  })
})

describe("sameContent: what a moderator's save really changes", () => {
  test.each([
    // The admin form writes empty values its own way; none of these is a change.
    [{ title: null, description: null, image: null }, {}, true],
    [{ title: '', image: null }, undefined, true],
    [[], null, true],
    [new Date('2026-08-15T23:30:00.000Z'), '2026-08-15T23:30:00.000Z', true],
    [{ b: 1, a: 2 }, { a: 2, b: 1 }, true],
    [{ id: 'a1', name: 'Place', createdAt: '2026-01-01' }, 'a1', true],
    // Real edits are.
    [{ title: 'New' }, { title: null }, false],
    ['Rewritten', 'Original', false],
    [['x', 'y'], ['y', 'x'], false],
    [0, null, false],
    [false, null, false],
  ])('%j vs %j → %s', (a, b, same) => {
    expect(sameContent(a, b)).toBe(same)
  })
})

describe('hasField', () => {
  const fields = [
    { name: 'title', type: 'text' },
    { type: 'row', fields: [{ name: 'inRow', type: 'text' }] },
    {
      type: 'tabs',
      tabs: [
        { label: 'Unnamed', fields: [{ name: 'inTab', type: 'text' }] },
        { name: 'named', fields: [{ name: 'nested', type: 'text' }] },
      ],
    },
    { name: 'group', type: 'group', fields: [{ name: 'inGroup', type: 'text' }] },
  ] as Field[]
  test.each([
    ['title', true],
    ['inRow', true],
    ['inTab', true],
    ['named', true],
    // Inside a named tab or group the data nests: not a top-level field.
    ['nested', false],
    ['inGroup', false],
    ['adminNote', false],
  ])('%s → %s', (name, expected) => {
    expect(hasField(fields, name)).toBe(expected)
  })
})
