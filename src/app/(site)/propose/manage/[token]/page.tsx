import { ManagePage } from '../../../../../site/pages.js'

export const dynamic = 'force-dynamic'

export default async function Page({ params }: { params: Promise<{ token: string }> }) {
  return <ManagePage locale="en" token={(await params).token} />
}
