import React from 'react'

import type { Shown } from '../data.js'

/** Text in the page's language, or English in a span that says so (`lang="en"`). */
export function Marked({ text }: { text: Shown<string | null | undefined> }) {
  if (!text.value) return null
  return text.lang ? <span lang={text.lang}>{text.value}</span> : <>{text.value}</>
}
