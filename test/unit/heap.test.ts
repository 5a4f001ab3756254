import { describe, expect, test } from '@jest/globals'

import { DEFAULT_HEAP_GROWING_PERCENT, heapGrowingPercent } from '../../src/heap.js'

describe('HEAP_GROWING_PERCENT', () => {
  test('unset or blank: the default', () => {
    expect(heapGrowingPercent(undefined)).toBe(DEFAULT_HEAP_GROWING_PERCENT)
    expect(heapGrowingPercent('  ')).toBe(DEFAULT_HEAP_GROWING_PERCENT)
  })

  test.each([
    ['0', 0],
    ['35', 35],
    [' 300 ', 300],
  ])('%s is taken', (raw, percent) => {
    expect(heapGrowingPercent(raw)).toBe(percent)
  })

  test.each(['-5', '301', '1.5', 'twenty', '20%'])('%s is refused, naming the setting', (raw) => {
    expect(() => heapGrowingPercent(raw)).toThrow(
      `HEAP_GROWING_PERCENT "${raw}" must be a whole number from 0 (V8 decides) to 300; unset, it is 20`,
    )
  })
})
