import { EmbedEventsPage } from '../../../../site/embed.js'

export const dynamic = 'force-dynamic'

export default async function Page({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>
}) {
  return <EmbedEventsPage locale="en" params={await searchParams} />
}
