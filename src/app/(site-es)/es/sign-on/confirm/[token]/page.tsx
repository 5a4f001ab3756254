import type { Metadata } from 'next'

import { ConfirmSignOnPage } from '../../../../../../site/pages.js'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = {
  title: 'Confirmar una adhesión · Dual Power',
  robots: { index: false, follow: false },
}

export default async function Page({ params }: { params: Promise<{ token: string }> }) {
  return <ConfirmSignOnPage locale="es" token={(await params).token} />
}
