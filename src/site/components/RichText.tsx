import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import React from 'react'

/** Rich text from the API as HTML: Lexical's converter escapes every text node. */
export function RichText({
  value,
  className,
  lang,
}: {
  value: unknown
  className?: string
  /** Set when the text is a fallback in another language than the page's. */
  lang?: string
}) {
  if (!value || typeof value !== 'object') return null
  const html = convertLexicalToHTML({ data: value as SerializedEditorState })
  return <div className={className} dangerouslySetInnerHTML={{ __html: html }} lang={lang} />
}
