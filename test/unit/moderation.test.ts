import { describe, expect, test } from '@jest/globals'

import {
  MODERATION_STATES,
  type ModerationState,
  prominence,
} from '../../plugins/moderation/utilities/states.js'
import { checkTransition } from '../../plugins/moderation/utilities/transitions.js'

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
  const rows = Object.keys(everyone).flatMap((role) =>
    MODERATION_STATES.flatMap((from) =>
      MODERATION_STATES.filter((to) => to !== from).map((to) => [role, from, to] as const),
    ),
  )
  test.each(rows)('%s: %s → %s', (role, from, to) => {
    const decision = checkTransition(from, to, everyone[role as keyof typeof everyone])
    expect(decision.allowed).toBe(expected(role as keyof typeof everyone, to))
    if (!decision.allowed) {
      expect(decision.reason).toContain(`"${to}"`)
      expect(decision.reason).toContain(role === 'anonymous' ? 'anonymous users' : `role ${role}`)
    }
  })

  test('staying in the same state is not a transition', () => {
    expect(checkTransition('hidden', 'hidden', []).allowed).toBe(true)
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
