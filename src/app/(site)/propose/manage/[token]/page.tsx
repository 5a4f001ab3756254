import type { Metadata } from 'next'

import { ManagePage } from '../../../../../site/pages.js'

export const dynamic = 'force-dynamic'
// A private page: never indexed (the Referrer-Policy keeps its address from other sites).
export const metadata: Metadata = {
  title: 'Your proposal · Dual Power',
  robots: { index: false, follow: false },
}

export default async function Page({ params }: { params: Promise<{ token: string }> }) {
  return <ManagePage locale="en" token={(await params).token} />
}
