import { SchedulePage } from '../../../../../../site/schedule.js'

export const dynamic = 'force-dynamic'

export default async function Page({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}) {
  const { page } = await searchParams
  return (
    <SchedulePage
      locale="es"
      page={Array.isArray(page) ? page[0] : page}
      slug={(await params).slug}
    />
  )
}
