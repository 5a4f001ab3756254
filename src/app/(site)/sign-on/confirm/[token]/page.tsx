import type { Metadata } from 'next'

import { ConfirmSignOnPage } from '../../../../../site/pages.js'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = {
  title: 'Confirm a sign-on · Dual Power',
  robots: { index: false, follow: false },
}

export default async function Page({ params }: { params: Promise<{ token: string }> }) {
  return <ConfirmSignOnPage locale="en" token={(await params).token} />
}
