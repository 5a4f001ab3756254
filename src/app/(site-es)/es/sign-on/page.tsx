import type { Metadata } from 'next'

import { SignOnPage } from '../../../../site/pages.js'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Adhiere tu organización · Dual Power' }

export default function Page() {
  return <SignOnPage locale="es" />
}
