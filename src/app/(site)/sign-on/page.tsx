import type { Metadata } from 'next'

import { SignOnPage } from '../../../site/pages.js'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Sign your organization on · Dual Power' }

export default function Page() {
  return <SignOnPage locale="en" />
}
