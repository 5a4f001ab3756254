import type { Metadata } from 'next'

import { ManagePage } from '../../../../../../site/pages.js'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = {
  title: 'Tu propuesta · Dual Power',
  robots: { index: false, follow: false },
}

export default async function Page({ params }: { params: Promise<{ token: string }> }) {
  return <ManagePage locale="es" token={(await params).token} />
}
