import '../../site/site.css'
import '../../site/pages.css'

import React from 'react'

/** The Spanish pages (`/es/…`): their own root, so the document says `lang="es"`. */
export default function SpanishSiteLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="es">
      <body>{children}</body>
    </html>
  )
}
