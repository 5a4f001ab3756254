import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible'

/**
 * Per-client limit on public submissions (forms, REST and GraphQL creates). `consume` answers
 * 0 when the submission may go ahead, otherwise the seconds to wait. The default lives in the
 * process; several app instances should share one (`setSubmissionLimiter` with, for example,
 * rate-limiter-flexible's Redis or PostgreSQL limiter behind the same interface).
 */
export interface SubmissionLimiter {
  consume(key: string): Promise<number>
}

/** Submissions per client address per hour: `SUBMISSIONS_PER_HOUR`, default 20. */
export const submissionsPerHour = () => {
  const value = Number(process.env.SUBMISSIONS_PER_HOUR || 20)
  if (!Number.isSafeInteger(value) || value < 1) {
    throw new Error(
      `SUBMISSIONS_PER_HOUR must be a positive whole number, not "${process.env.SUBMISSIONS_PER_HOUR}"`,
    )
  }
  return value
}

/**
 * Any rate-limiter-flexible limiter (memory, Redis, PostgreSQL…) as a SubmissionLimiter: its
 * refusal becomes the seconds to wait; its store's own failures are thrown.
 */
export function submissionLimiterFrom(limiter: RateLimiterAbstract): SubmissionLimiter {
  return {
    consume: async (key) => {
      try {
        await limiter.consume(key)
        return 0
      } catch (error) {
        if (error instanceof RateLimiterRes)
          return Math.max(1, Math.ceil(error.msBeforeNext / 1000))
        throw error
      }
    },
  }
}

export const memoryLimiter = (points = submissionsPerHour(), seconds = 3600): SubmissionLimiter =>
  submissionLimiterFrom(new RateLimiterMemory({ points, duration: seconds }))

// One limiter per process, shared by the form actions and the Payload hooks (one copy of this
// module serves both: scripts/shared-modules.mjs). Made when first used, after the env is read.
let shared: SubmissionLimiter | undefined

export const submissionLimiter = (): SubmissionLimiter => (shared ??= memoryLimiter())

export const setSubmissionLimiter = (limiter: SubmissionLimiter) => {
  shared = limiter
}
