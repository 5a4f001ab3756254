import type { Payload } from 'payload'

/** The site's zone as the config declares it (the admin's default for new dates): one source. */
export const siteZone = (payload: Payload): string =>
  payload.config.admin?.timezones?.defaultTimezone || 'UTC'
