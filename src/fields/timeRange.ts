import type { DateField, Field, SelectField, TextField, Validate } from 'payload'

/**
 * The time zones organizers can pick. Dates are stored as instants; the zone is kept beside
 * each (Payload's `<field>_tz`) so the admin and the feeds show local time.
 */
export const SUPPORTED_TIME_ZONES = [
  'America/Chicago',
  'America/New_York',
  'America/Denver',
  'America/Phoenix',
  'America/Los_Angeles',
  'America/Anchorage',
  'Pacific/Honolulu',
  'America/Toronto',
  'America/Vancouver',
  'America/Mexico_City',
  'America/Puerto_Rico',
  'Europe/London',
  'Europe/Madrid',
  'Europe/Berlin',
  'UTC',
]

/**
 * The site's zone: `SITE_TIME_ZONE` when it is one of the supported zones, UTC otherwise. The
 * admin's default for new dates, the public pages, emails and feeds all read it from here.
 */
export const defaultTimeZone = (env: NodeJS.ProcessEnv = process.env) =>
  env.SITE_TIME_ZONE && SUPPORTED_TIME_ZONES.includes(env.SITE_TIME_ZONE)
    ? env.SITE_TIME_ZONE
    : 'UTC'

const endsAfterStart: Validate = (value, { siblingData }) => {
  const start = (siblingData as { startsAt?: string })?.startsAt
  if (value && start && new Date(value as string) < new Date(start)) {
    return 'The end must not be before the start.'
  }
  return true
}

const knownZone: Validate = (value) =>
  value == null || value === '' || SUPPORTED_TIME_ZONES.includes(value as string)
    ? true
    : `Choose one of the supported time zones: ${SUPPORTED_TIME_ZONES.join(', ')}.`

/**
 * Payload keeps a date's zone in a select, which GraphQL turns into an enum (`America_Chicago`)
 * while REST and the feeds say `America/Chicago`: a validated text field is one name everywhere.
 */
const zoneAsText =
  (label: { en: string; es: string }) =>
  ({ baseField }: { baseField: SelectField }): TextField => ({
    name: baseField.name,
    type: 'text',
    label: { en: `${label.en}: time zone`, es: `${label.es}: zona horaria` },
    required: baseField.required,
    defaultValue: baseField.defaultValue as string | undefined,
    validate: knownZone,
    admin: { hidden: true },
    typescriptSchema: [() => ({ $ref: '#/definitions/supportedTimezones' })],
  })

/** startsAt (required), endsAt (not before it) and allDay, with their time zones. */
export function timeRangeFields(options: { required?: boolean } = {}): Field[] {
  const date = (
    name: string,
    label: { en: string; es: string },
    extra: Partial<DateField> = {},
  ): DateField =>
    ({
      name,
      type: 'date',
      index: true,
      timezone: { defaultTimezone: defaultTimeZone(), override: zoneAsText(label) },
      label,
      // Localized by date-fns: '22 oct 2026, 20:00' in Spanish, 'Oct 22, 2026, 8:00 PM' in English.
      admin: {
        date: {
          pickerAppearance: 'dayAndTime',
          timeIntervals: 15,
          displayFormat: 'PPp',
          timeFormat: 'p',
        },
      },
      ...extra,
    }) as DateField
  return [
    {
      type: 'row',
      fields: [
        date('startsAt', { en: 'Starts', es: 'Empieza' }, { required: options.required ?? true }),
        date('endsAt', { en: 'Ends', es: 'Termina' }, { validate: endsAfterStart }),
      ],
    },
    { name: 'allDay', type: 'checkbox', label: { en: 'All day', es: 'Todo el día' } },
  ]
}
