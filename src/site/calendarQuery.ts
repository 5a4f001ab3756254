/** The calendar's address as the API's query: filters, span of time, query strings. */
import type { Event_Where } from '../graphql/operations.js'

export type CalendarParams = Record<string, string | string[] | undefined>

export const FILTERS = ['category', 'place', 'organization'] as const
export type Filters = Partial<Record<(typeof FILTERS)[number], string>>

// The ids of this project's documents: UUIDs on SQL (idType 'uuid'), ObjectIds on MongoDB.
const ID = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9a-f]{24})$/i

/**
 * The filters the address asks for; a value that cannot be an id is left out (PostgreSQL would
 * refuse it as a uuid, failing the page).
 */
export function calendarFilters(params: CalendarParams): Filters {
  const filters: Filters = {}
  for (const name of FILTERS) {
    const raw = params[name]
    const value = Array.isArray(raw) ? raw[0] : raw
    if (value && ID.test(value)) filters[name] = value
  }
  return filters
}

/** The API's `where` for the filters, within a span of time. */
export function eventsWhere(filters: Filters, span: { from: Date; before?: Date }): Event_Where {
  const and: Event_Where[] = [
    {
      OR: [
        { endsAt: { greater_than_equal: span.from.toISOString() } },
        { startsAt: { greater_than_equal: span.from.toISOString() } },
      ],
    },
  ]
  if (span.before) and.push({ startsAt: { less_than: span.before.toISOString() } })
  if (filters.category) and.push({ categories: { in: [filters.category] } })
  if (filters.place) and.push({ place: { equals: filters.place } })
  if (filters.organization) and.push({ organizations: { in: [filters.organization] } })
  return { AND: and } as Event_Where
}

/** A query string of the filters and extra parameters, empty ones left out. */
export const queryString = (values: Record<string, string | number | undefined>) => {
  const search = new URLSearchParams()
  for (const [name, value] of Object.entries(values)) {
    if (value !== undefined && value !== '') search.set(name, String(value))
  }
  const text = search.toString()
  return text ? `?${text}` : ''
}
