import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import React from 'react'

/** Rich text from the API as HTML: Lexical's converter escapes every text node. */
export function RichText({ value, className }: { value: unknown; className?: string }) {
  if (!value || typeof value !== 'object') return null
  const html = convertLexicalToHTML({ data: value as SerializedEditorState })
  return <div className={className} dangerouslySetInnerHTML={{ __html: html }} />
}
