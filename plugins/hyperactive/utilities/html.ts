import { parseDocument } from 'htmlparser2'
import sanitizeHtml from 'sanitize-html'

/**
 * Hyperactive stored HTML typed by the public. The CMS keeps the original text for export and
 * renders only this: a small set of formatting tags, links to http(s) and mail, nothing that
 * runs (scripts, styles, event handlers, `javascript:` URLs are gone).
 */
export function sanitizeLegacyHtml(html: string): string {
  return sanitizeHtml(html, {
    // prettier-ignore
    allowedTags: [
      'p', 'br', 'strong', 'b', 'em', 'i', 'u', 's', 'strike', 'a', 'ul', 'ol', 'li',
      'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'code',
    ],
    allowedAttributes: { a: ['href', 'title'] },
    allowedSchemes: ['http', 'https', 'mailto'],
    disallowedTagsMode: 'discard',
  })
}

type LexicalNode = Record<string, unknown>
type DomNode = {
  type: string
  name?: string
  data?: string
  attribs?: Record<string, string>
  children?: DomNode[]
}

// prettier-ignore
const FORMAT: Record<string, number> = {
  strong: 1, b: 1, em: 2, i: 2, s: 4, strike: 4, u: 8, code: 16,
}
const BLOCK = new Set(['p', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote'])

const element = (type: string, children: LexicalNode[], extra: LexicalNode = {}): LexicalNode => ({
  type,
  version: 1,
  direction: 'ltr',
  format: '',
  indent: 0,
  ...extra,
  children,
})

const text = (value: string, format: number): LexicalNode => ({
  type: 'text',
  version: 1,
  detail: 0,
  format,
  mode: 'normal',
  style: '',
  text: value,
})

/** Inline content: text with bold/italic/… flags, links and line breaks. */
function inline(nodes: DomNode[], format: number): LexicalNode[] {
  const out: LexicalNode[] = []
  for (const node of nodes) {
    if (node.type === 'text') {
      const value = (node.data ?? '').replace(/[ \t\r\n]+/g, ' ')
      if (value) out.push(text(value, format))
    } else if (node.name === 'br') {
      out.push({ type: 'linebreak', version: 1 })
    } else if (node.name === 'a' && node.attribs?.href) {
      out.push(
        element('link', inline(node.children ?? [], format), {
          version: 3,
          fields: { url: node.attribs.href, newTab: false, linkType: 'custom' },
        }),
      )
    } else {
      out.push(...inline(node.children ?? [], format | (FORMAT[node.name ?? ''] ?? 0)))
    }
  }
  return out
}

function blocks(nodes: DomNode[]): LexicalNode[] {
  const out: LexicalNode[] = []
  let loose: DomNode[] = []
  const flush = () => {
    const children = inline(loose, 0)
    if (children.some((c) => c.type !== 'text' || String(c.text).trim() !== '')) {
      out.push(element('paragraph', children, { textFormat: 0 }))
    }
    loose = []
  }
  for (const node of nodes) {
    if (node.type !== 'tag' || !BLOCK.has(node.name ?? '')) {
      loose.push(node)
      continue
    }
    flush()
    const name = node.name as string
    const children = node.children ?? []
    if (name === 'p') out.push(element('paragraph', inline(children, 0), { textFormat: 0 }))
    else if (name === 'blockquote') out.push(element('quote', inline(children, 0)))
    else if (name.startsWith('h')) out.push(element('heading', inline(children, 0), { tag: name }))
    else {
      const items = children.filter((c) => c.name === 'li')
      out.push(
        element(
          'list',
          items.map((li, i) => element('listitem', inline(li.children ?? [], 0), { value: i + 1 })),
          { listType: name === 'ol' ? 'number' : 'bullet', tag: name, start: 1 },
        ),
      )
    }
  }
  flush()
  return out
}

/** Sanitized legacy HTML as a Lexical editor state (null when nothing is left). */
export function htmlToLexical(html: string): { root: LexicalNode } | null {
  const safe = sanitizeLegacyHtml(html)
  const children = blocks(parseDocument(safe).children as unknown as DomNode[])
  if (children.length === 0) return null
  return { root: { ...element('root', children), type: 'root' } }
}
