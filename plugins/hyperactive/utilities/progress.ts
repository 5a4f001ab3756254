import type { ImportProgress } from '../services/importTypes.js'

/**
 * Seconds left in the step an import is in, from its pace so far in that step; null until
 * there is a pace to go by (the first second, or nothing done yet).
 */
export class StepClock {
  private phase: ImportProgress['phase'] | null = null
  private since = 0
  private doneAtStart = 0

  secondsLeft(progress: ImportProgress, now = Date.now()): number | null {
    if (progress.phase !== this.phase) {
      this.phase = progress.phase
      this.since = now
      this.doneAtStart = progress.done
      return null
    }
    const done = progress.done - this.doneAtStart
    const elapsed = (now - this.since) / 1000
    if (done <= 0 || elapsed < 1) return null
    return Math.ceil(((progress.total - progress.done) * elapsed) / done)
  }
}

/** "about 40 s", "about 3 min": rounded as a person would say it. */
export const formatSeconds = (seconds: number, unit = { s: 's', min: 'min' }) =>
  seconds < 90 ? `${Math.max(1, seconds)} ${unit.s}` : `${Math.round(seconds / 60)} ${unit.min}`
