/**
 * Whether this process may run the jobs queue now. JOBS_AUTORUN=false says never; with
 * REDIS_URL, one instance at a time holds the runner's lease in Redis (src/redis.ts), so that
 * instances left at the default never pick up the same job together: Payload marks a job as
 * processing after reading it, and two runners polling at the same second both read it.
 */
type Gate = () => Promise<boolean>

let gate: Gate | null = null

/** Set at startup when instances share a Redis; null leaves the decision to JOBS_AUTORUN. */
export function setJobsGate(next: Gate | null) {
  gate = next
}

export async function jobsMayRun(env: Record<string, string | undefined> = process.env) {
  if (env.JOBS_AUTORUN === 'false') return false
  return gate ? gate() : true
}
