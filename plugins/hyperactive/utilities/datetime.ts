/** Datetimes as Rails' `xmlschema` wrote them: seconds precision and an explicit offset. */

const pad = (n: number) => String(Math.abs(n)).padStart(2, '0')

export const offsetOf = (text: string): string => {
  const match = /(Z|[+-]\d{2}:\d{2})$/.exec(text)
  return match?.[1] === 'Z' ? '+00:00' : (match?.[1] ?? '+00:00')
}

const offsetMinutes = (offset: string) => {
  const sign = offset.startsWith('-') ? -1 : 1
  const [h, m] = offset.slice(1).split(':').map(Number)
  return sign * ((h ?? 0) * 60 + (m ?? 0))
}

/** The offset of `timeZone` at `instant`, as `+01:00`. */
export function zoneOffset(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    timeZoneName: 'longOffset',
  }).formatToParts(instant)
  const name = parts.find((p) => p.type === 'timeZoneName')?.value ?? 'GMT'
  return name === 'GMT' ? '+00:00' : name.replace('GMT', '')
}

/** `instant` written in `offset` (e.g. `2009-10-22T20:00:00+01:00`). */
export function formatDateTime(instant: Date | string, offset: string): string {
  const date = new Date(instant)
  const minutes = offsetMinutes(offset)
  const local = new Date(date.getTime() + minutes * 60_000)
  const y = local.getUTCFullYear()
  const sign = minutes < 0 ? '-' : '+'
  return (
    `${y}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}` +
    `T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}` +
    `${sign}${pad(Math.trunc(minutes / 60))}:${pad(minutes % 60)}`
  )
}

/** The instant a Rails datetime names, as an ISO string in UTC. */
export const parseDateTime = (text: string): string => new Date(text).toISOString()
