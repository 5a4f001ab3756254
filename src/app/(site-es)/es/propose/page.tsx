import type { Metadata } from 'next'

import { ProposePage } from '../../../../site/pages.js'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Propón una sesión · Dual Power' }

export default function Page() {
  return <ProposePage locale="es" />
}
