import type { Metadata } from 'next'

import { ProposePage } from '../../../site/pages.js'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Propose a session · Dual Power' }

export default function Page() {
  return <ProposePage locale="en" />
}
