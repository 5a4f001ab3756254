import { SaxesParser } from 'saxes'

import { HyperactiveXmlError, type XmlDocument, type XmlField, type XmlRecord } from './xmlTypes.js'

export type ParseOptions = {
  /** Refuse larger input before reading it. @default 64 MiB */
  maxBytes?: number
}

export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024

const mb = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB`

/** Why a file of `size` bytes is refused, or null when it is within `maxBytes`. */
export const sizeProblem = (size: number, maxBytes: number = DEFAULT_MAX_BYTES) =>
  size > maxBytes ? `the file is ${mb(size)}; the limit is ${mb(maxBytes)}` : null

const INTEGER = /^[+-]?\d+$/
const BOOLEAN = /^(true|false|1|0)$/
const DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/
const DATE = /^\d{4}-\d{2}-\d{2}$/
const CHECKS: Record<string, [RegExp, string]> = {
  integer: [INTEGER, 'an integer'],
  boolean: [BOOLEAN, 'true or false'],
  datetime: [DATETIME, 'a datetime such as 2009-10-22T19:00:00+00:00'],
  date: [DATE, 'a date such as 2009-10-22'],
}

/**
 * XML parsers turn a carriage return into a line feed; Rails wrote them raw inside text (bodies
 * typed on Windows). Keep them, as character references, in text between tags only.
 */
function keepCarriageReturns(xml: string): string {
  if (!xml.includes('\r')) return xml
  const start = xml.search(/<[A-Za-z]/)
  if (start < 0) return xml
  return (
    xml.slice(0, start) +
    xml
      .slice(start)
      .replace(/>([^<]*)</g, (match, text: string) =>
        text.includes('\r') ? `>${text.replaceAll('\r', '&#13;')}<` : match,
      )
  )
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true })

/**
 * The file's text, refused with the line and column of the first byte that is not UTF-8 (a
 * lenient decode would store replacement characters in place of what the source meant).
 */
export function decodeUtf8(bytes: Buffer): string {
  try {
    return strictUtf8.decode(bytes)
  } catch {
    const at = firstInvalidUtf8(bytes)
    const before = bytes.subarray(0, at)
    const line = before.filter((b) => b === 0x0a).length + 1
    const column = at - (before.lastIndexOf(0x0a) + 1) + 1
    throw new HyperactiveXmlError(
      `the file is not valid UTF-8: byte 0x${bytes[at]!.toString(16).padStart(2, '0')} at ` +
        `column ${column} (byte ${at + 1} of the file); save it as UTF-8 and import it again`,
      line,
    )
  }
}

/** Offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
function firstInvalidUtf8(bytes: Buffer): number {
  // Decoding line by line narrows the search; the bytes of the failing line are then checked
  // one sequence at a time.
  let start = 0
  while (start < bytes.length) {
    const end = bytes.indexOf(0x0a, start)
    const stop = end === -1 ? bytes.length : end + 1
    try {
      strictUtf8.decode(bytes.subarray(start, stop))
    } catch {
      for (let i = start; i < stop;) {
        const lead = bytes[i]!
        const length = lead < 0x80 ? 1 : lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc2 ? 2 : 0
        if (length === 0 || i + length > stop) return i
        try {
          strictUtf8.decode(bytes.subarray(i, i + length))
        } catch {
          return i
        }
        i += length
      }
      return start
    }
    start = stop
  }
  return 0
}

/**
 * Reads Rails 2.2 `to_xml` output: one record or an array of records whose children are plain
 * typed values. Safe on hostile input: a size limit checked first, no DTD (so no entity
 * declarations and no expansion), no external anything, and every error names the line and
 * the element.
 */
export function parseXml(input: string | Buffer, options: ParseOptions = {}): XmlDocument {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES
  const size = typeof input === 'string' ? Buffer.byteLength(input) : input.length
  const tooLarge = sizeProblem(size, maxBytes)
  if (tooLarge) throw new HyperactiveXmlError(tooLarge)
  const xml = keepCarriageReturns(typeof input === 'string' ? input : decodeUtf8(input))
  const parser = new SaxesParser({ position: true })

  let doc: XmlDocument | undefined
  let record: XmlRecord | undefined
  let field: XmlField | undefined
  let depth = 0
  let error: HyperactiveXmlError | undefined
  const fail = (message: string, element?: string): never => {
    throw new HyperactiveXmlError(message, parser.line, element)
  }
  const recordDepth = () => (doc?.array ? 2 : 1)

  parser.on('xmldecl', (decl) => {
    if (decl.encoding && decl.encoding.toUpperCase() !== 'UTF-8') {
      fail(`the encoding is ${decl.encoding}; only UTF-8 is read`)
    }
  })
  parser.on('doctype', () => fail('a DOCTYPE is not allowed (no DTDs, no entity declarations)'))
  parser.on('processinginstruction', (pi) =>
    fail(`processing instruction <?${pi.target}?> is not allowed`),
  )
  parser.on('opentag', (tag) => {
    depth++
    const attributes = tag.attributes as Record<string, string>
    for (const name of Object.keys(attributes)) {
      if (name !== 'type' && name !== 'nil') fail(`unexpected attribute ${name}`, tag.name)
    }
    if (depth === 1) {
      const array = attributes.type === 'array'
      doc = { array, rootName: tag.name, recordName: array ? '' : tag.name, records: [] }
      if (!array) {
        record = []
        doc.records.push(record)
      }
    } else if (depth === 2 && doc?.array) {
      if (doc.recordName && tag.name !== doc.recordName) {
        fail(`expected <${doc.recordName}>, every item of the list has the same element`, tag.name)
      }
      doc.recordName = tag.name
      record = []
      doc.records.push(record)
    } else if (depth === recordDepth() + 1) {
      field = { name: tag.name, nil: attributes.nil === 'true', text: '', line: parser.line }
      if (attributes.type) field.type = attributes.type
      if (attributes.type === 'array') fail('nested lists are not part of this format', tag.name)
      if (record?.some((f) => f.name === tag.name)) fail('appears twice in one record', tag.name)
      record?.push(field)
    } else {
      fail(`nested element inside <${field?.name}> is not part of this format`, tag.name)
    }
  })
  const addText = (text: string) => {
    if (field) field.text += text
    else if (text.trim() !== '') fail(`text "${text.trim().slice(0, 40)}" outside a field`)
  }
  parser.on('text', addText)
  parser.on('cdata', addText)
  parser.on('closetag', (tag) => {
    if (field && depth === recordDepth() + 1) {
      if (field.nil && field.text !== '') fail('has nil="true" and a value', tag.name)
      const check = field.type ? CHECKS[field.type] : undefined
      if (check && !field.nil && !check[0].test(field.text)) {
        throw new HyperactiveXmlError(
          `"${field.text.slice(0, 40)}" is not ${check[1]}`,
          field.line,
          field.name,
        )
      }
      field = undefined
    }
    depth--
  })
  parser.on('error', (e) => {
    throw e
  })

  try {
    parser.write(xml).close()
  } catch (e) {
    if (e instanceof HyperactiveXmlError) error = e
    else {
      // saxes says "line:column: message"; keep the message, name the open element.
      const message = (e as Error).message.replace(/^(?:[^:]*:)?\d+:\d+: /, '')
      error = new HyperactiveXmlError(message, parser.line, field?.name ?? doc?.recordName)
    }
  }
  if (error) throw error
  if (!doc) throw new HyperactiveXmlError('the file has no root element')
  return doc
}
