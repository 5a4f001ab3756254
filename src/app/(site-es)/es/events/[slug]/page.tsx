import { EventPage } from '../../../../../site/event.js'

export const dynamic = 'force-dynamic'

export default async function Page({ params }: { params: Promise<{ slug: string }> }) {
  return <EventPage locale="es" slug={(await params).slug} />
}
