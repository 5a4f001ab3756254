'use client'

import { useDocumentInfo } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useEffect, useRef } from 'react'

/**
 * Renders the page's server parts again after each save of the document, so the moderation
 * history shows the change just made. Only on a save: the form is then what the server has, and
 * nothing typed can be lost.
 */
export function RefreshOnSave() {
  const { savedDocumentData } = useDocumentInfo()
  const router = useRouter()
  const saved = savedDocumentData?.updatedAt as string | undefined
  const seen = useRef(saved)
  useEffect(() => {
    if (saved === seen.current) return
    seen.current = saved
    router.refresh()
  }, [saved, router])
  return null
}
