/** How much a server's V8 heap may grow between full collections (HEAP_GROWING_PERCENT). */
export const DEFAULT_HEAP_GROWING_PERCENT = 20

/** HEAP_GROWING_PERCENT: a whole number of percent, 0 for V8's own choice; unset, the default. */
export function heapGrowingPercent(raw: string | undefined): number {
  const value = raw?.trim() ?? ''
  if (value === '') return DEFAULT_HEAP_GROWING_PERCENT
  const percent = Number(value)
  if (!Number.isInteger(percent) || percent < 0 || percent > 300) {
    throw new Error(
      `HEAP_GROWING_PERCENT "${raw}" must be a whole number from 0 (V8 decides) to 300; unset, it is ${DEFAULT_HEAP_GROWING_PERCENT}`,
    )
  }
  return percent
}
