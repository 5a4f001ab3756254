import { describe, expect, test } from '@jest/globals'

import {
  DECISIONS,
  DEFAULT_TEMPLATES,
  renderDecision,
  validateTemplate,
} from '../../plugins/content-call/utilities/decisions.js'
import { shorten } from '../../plugins/content-call/services/sessions.js'
import {
  checkScores,
  meanScore,
  weightedScore,
} from '../../plugins/content-call/utilities/scores.js'

const criteria = [
  { key: 'fit', weight: 2, label: 'Fit' },
  { key: 'clarity', weight: 1, label: 'Clarity' },
  { key: 'access', weight: 1, label: 'Accessibility' },
]
const row = (criterion: string, score: unknown) => ({ criterion, score })

describe('review scores', () => {
  test('a complete review is kept in the criteria order', () => {
    const result = checkScores([row('access', 5), row('fit', 4), row('clarity', 3)], criteria)
    expect(result).toEqual({
      ok: true,
      scores: [row('fit', 4), row('clarity', 3), row('access', 5)],
    })
  })

  test.each([
    [
      'a missing criterion',
      [row('fit', 4), row('clarity', 3)],
      { scores: 'Score "Accessibility" from 1 to 5.' },
    ],
    [
      'an empty score',
      [row('fit', 4), row('clarity', null), row('access', 5)],
      { 'scores.1.score': 'Score "Clarity" from 1 to 5.' },
    ],
    [
      'a score above 5',
      [row('fit', 6), row('clarity', 3), row('access', 5)],
      { 'scores.0.score': 'The score for "Fit" must be a whole number from 1 to 5.' },
    ],
    [
      'a fraction',
      [row('fit', 4), row('clarity', 2.5), row('access', 5)],
      { 'scores.1.score': 'The score for "Clarity" must be a whole number from 1 to 5.' },
    ],
    [
      'a number as text',
      [row('fit', '4'), row('clarity', 3), row('access', 5)],
      { 'scores.0.score': 'The score for "Fit" must be a whole number from 1 to 5.' },
    ],
    [
      'an unknown criterion',
      [row('fit', 4), row('clarity', 3), row('access', 5), row('vibes', 5)],
      { 'scores.3.criterion': '"vibes" is not a criterion of this call (fit, clarity, access).' },
    ],
    [
      'a criterion twice',
      [row('fit', 4), row('fit', 1), row('clarity', 3), row('access', 5)],
      { 'scores.1.criterion': '"fit" is scored twice.' },
    ],
  ])('%s is refused at its field', (_name, rows, errors) => {
    expect(checkScores(rows, criteria)).toEqual({ ok: false, errors })
  })

  test('without criteria there is nothing to score against', () => {
    expect(checkScores([row('fit', 4)], [])).toMatchObject({
      ok: false,
      errors: { scores: expect.stringContaining('no review criteria') },
    })
  })

  test('the weighted score: Σ weight × score / Σ weight, weight 0 counts for nothing', () => {
    const scores = [row('fit', 4), row('clarity', 3), row('access', 5)] as {
      criterion: string
      score: number
    }[]
    expect(weightedScore(scores, criteria)).toBe(4)
    expect(
      weightedScore(scores, [{ ...criteria[0]!, weight: 0 }, criteria[1]!, criteria[2]!]),
    ).toBe(4)
    expect(
      weightedScore(scores, [
        { key: 'fit', weight: 3 },
        { key: 'clarity', weight: 0 },
      ]),
    ).toBe(4)
    expect(weightedScore(scores, [{ key: 'fit', weight: 0 }])).toBeNull()
    // Rounded to two places
    expect(
      weightedScore([row('fit', 1), row('clarity', 2)] as never, [
        { key: 'fit', weight: 1 },
        { key: 'clarity', weight: 2 },
      ]),
    ).toBe(1.67)
  })

  test('the proposal’s score is the mean of its reviews', () => {
    expect(meanScore([4, 3.5])).toBe(3.75)
    expect(meanScore([5, null, 4])).toBe(4.5)
    expect(meanScore([])).toBeNull()
  })
})

describe('decision templates', () => {
  const values = { name: 'Lucía', title: 'Land trusts', gathering: 'Dual Power 2022' }

  test('every decision has built-in texts in both languages with every placeholder known', () => {
    for (const locale of ['en', 'es'] as const) {
      for (const decision of DECISIONS) {
        const { subject, body } = DEFAULT_TEMPLATES[locale][decision]
        expect(validateTemplate(subject)).toBe(true)
        expect(validateTemplate(body)).toBe(true)
        const filled = renderDecision(decision, locale, null, values)
        expect(filled.subject).toContain('Land trusts')
        expect(filled.body).toContain('Lucía')
        expect(filled.body).toContain('Dual Power 2022')
        expect(`${filled.subject}${filled.body}`).not.toMatch(/[{}]/)
      }
    }
  })

  test('an organizer’s template wins; an empty one falls back to the built-in text', () => {
    expect(renderDecision('accepted', 'en', { subject: 'Yes, {name}!', body: '' }, values)).toEqual(
      { subject: 'Yes, Lucía!', body: expect.stringContaining('Hello Lucía') },
    )
    expect(
      renderDecision('rejected', 'es', { subject: '  ', body: 'Gracias, {name}.' }, values),
    ).toEqual({
      subject: 'Sobre tu propuesta «Land trusts»',
      body: 'Gracias, Lucía.',
    })
  })

  test('unknown placeholders are refused by name when the template is saved', () => {
    expect(validateTemplate('Hello {nmae}, about {title} and {date}')).toBe(
      'Unknown placeholder {nmae}, {date}: use {name}, {title}, {gathering}.',
    )
    expect(validateTemplate('Braces { alone } are fine')).toBe(true)
    expect(validateTemplate(undefined)).toBe(true)
  })
})

describe('session abstracts', () => {
  test('long descriptions are cut at a word with an ellipsis', () => {
    expect(shorten('short')).toBe('short')
    const long = 'word '.repeat(1000)
    const cut = shorten(long, 100)
    expect(cut.length).toBeLessThanOrEqual(100)
    expect(cut.endsWith('word…')).toBe(true)
  })
})
