import { escapeText } from './escape.js'
import type { XmlDocument, XmlField, XmlRecord } from './xmlTypes.js'

const DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n'

/** Rails sorted the column names (underscored) before dasherizing them. */
const byColumnName = (a: XmlField, b: XmlField) => {
  const x = a.name.replaceAll('-', '_')
  const y = b.name.replaceAll('-', '_')
  return x < y ? -1 : x > y ? 1 : 0
}

function fieldXml(field: XmlField, indent: string): string {
  const type = field.type ? ` type="${field.type}"` : ''
  if (field.nil) return `${indent}<${field.name}${type} nil="true"></${field.name}>\n`
  return `${indent}<${field.name}${type}>${escapeText(field.text)}</${field.name}>\n`
}

function recordXml(record: XmlRecord, name: string, indent: string): string {
  const inner = `${indent}  `
  let out = `${indent}<${name}>\n`
  for (const field of [...record].sort(byColumnName)) out += fieldXml(field, inner)
  return `${out}${indent}</${name}>\n`
}

/**
 * The exact bytes Rails 2.2 `to_xml` wrote: declaration, two-space indentation, elements in
 * column order, `type`/`nil` attributes, fast_xs escaping. A list is `<events type="array">`
 * (an empty one self-closes).
 */
export function serializeXml(doc: XmlDocument): string {
  if (!doc.array) {
    if (doc.records.length !== 1) {
      throw new Error(
        `serializeXml: a single-record document needs 1 record, not ${doc.records.length}`,
      )
    }
    return DECLARATION + recordXml(doc.records[0] as XmlRecord, doc.rootName, '')
  }
  if (doc.records.length === 0) return `${DECLARATION}<${doc.rootName} type="array"/>\n`
  let out = `${DECLARATION}<${doc.rootName} type="array">\n`
  for (const record of doc.records) out += recordXml(record, doc.recordName, '  ')
  return `${out}</${doc.rootName}>\n`
}
