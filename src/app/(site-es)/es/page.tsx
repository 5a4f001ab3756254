import type { Metadata } from 'next'

import { HomePage } from '../../../site/home.js'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = {
  title: 'Dual Power',
  alternates: { languages: { en: '/', es: '/es' } },
}

export default function Page() {
  return <HomePage locale="es" />
}
