import { paragraphs } from '../../plugins/shared/index.js'

/** A block of demo text: a paragraph, or a heading (`{ heading }`) such as a FAQ's question. */
export type SeedBlock = string | { heading: string }

/** Lexical rich text from paragraphs and h2 headings, in order. */
export function seedRichText(blocks: readonly SeedBlock[]) {
  const root = paragraphs(...blocks.map((b) => (typeof b === 'string' ? b : b.heading))).root
  root.children = root.children.map((node, i) => {
    const block = blocks[i]
    if (typeof block === 'string') return node
    const { textFormat: _, ...rest } = node
    return { ...rest, type: 'heading', tag: 'h2' } as unknown as typeof node
  })
  return { root }
}
