/** Review scores: what a review must hold, and the weighted averages organizers sort by. */

export const SCORE_MIN = 1
export const SCORE_MAX = 5

export type Criterion = { key: string; weight?: number | null; label?: string | null }
export type ScoreRow = { criterion?: unknown; score?: unknown }

export type ScoreCheck =
  | { ok: true; scores: { criterion: string; score: number }[] }
  | { ok: false; errors: Record<string, string> }

/**
 * A review's scores against the call's criteria: one whole score from 1 to 5 for every
 * criterion, in the criteria's order, nothing for criteria the call does not have. Errors are
 * keyed by the field path the admin shows them at.
 */
export function checkScores(rows: unknown, criteria: Criterion[]): ScoreCheck {
  if (criteria.length === 0) {
    return {
      ok: false,
      errors: { scores: 'The call has no review criteria yet: an organizer adds them first.' },
    }
  }
  const list: ScoreRow[] = Array.isArray(rows) ? rows : []
  const errors: Record<string, string> = {}
  const byKey = new Map<string, { index: number; score: unknown }>()
  list.forEach((row, index) => {
    const key = typeof row?.criterion === 'string' ? row.criterion : ''
    if (!criteria.some((c) => c.key === key)) {
      errors[`scores.${index}.criterion`] =
        `"${key}" is not a criterion of this call (${criteria.map((c) => c.key).join(', ')}).`
    } else if (byKey.has(key)) {
      errors[`scores.${index}.criterion`] = `"${key}" is scored twice.`
    } else {
      byKey.set(key, { index, score: row.score })
    }
  })
  const scores: { criterion: string; score: number }[] = []
  for (const c of criteria) {
    const found = byKey.get(c.key)
    const score = found?.score
    const path = found ? `scores.${found.index}.score` : 'scores'
    if (score === undefined || score === null || score === '') {
      errors[path] = `Score "${c.label || c.key}" from ${SCORE_MIN} to ${SCORE_MAX}.`
    } else if (
      typeof score !== 'number' ||
      !Number.isInteger(score) ||
      score < SCORE_MIN ||
      score > SCORE_MAX
    ) {
      errors[path] =
        `The score for "${c.label || c.key}" must be a whole number from ${SCORE_MIN} to ${SCORE_MAX}.`
    } else {
      scores.push({ criterion: c.key, score })
    }
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, scores }
}

const round2 = (n: number) => Math.round(n * 100) / 100

/**
 * Σ weight × score / Σ weight over the call's criteria (weights as they are now; a criterion
 * with weight 0 counts for nothing). Null when nothing weighs.
 */
export function weightedScore(
  scores: { criterion: string; score: number }[],
  criteria: Criterion[],
): number | null {
  let sum = 0
  let weights = 0
  for (const c of criteria) {
    const weight = c.weight ?? 1
    const row = scores.find((s) => s.criterion === c.key)
    if (!row || weight <= 0) continue
    sum += weight * row.score
    weights += weight
  }
  return weights > 0 ? round2(sum / weights) : null
}

/** The proposal's score: the mean of its reviews' weighted scores (each reviewer counts once). */
export function meanScore(values: (number | null | undefined)[]): number | null {
  const present = values.filter((v): v is number => typeof v === 'number')
  return present.length > 0 ? round2(present.reduce((a, b) => a + b, 0) / present.length) : null
}
