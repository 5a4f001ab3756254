import { CalendarPage } from '../../../../site/calendar.js'

export const dynamic = 'force-dynamic'

export default async function Page({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>
}) {
  return <CalendarPage locale="es" params={await searchParams} />
}
