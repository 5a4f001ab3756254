/** One element of a record, as Rails 2.2 `to_xml` writes it. `text` is the decoded value. */
export type XmlField = {
  /** The dasherized column name, e.g. `moderation-status`. */
  name: string
  /** The `type` attribute (`integer`, `boolean`, `datetime`, `date`, …); absent for strings. */
  type?: string
  /** `nil="true"`: the column was NULL (an empty string is `nil: false, text: ''`). */
  nil: boolean
  text: string
  /** Line of the element in the parsed file, for error messages. */
  line?: number
}

export type XmlRecord = XmlField[]

/** A parsed file: one record (`<event>`) or a list (`<events type="array">`). */
export type XmlDocument = {
  array: boolean
  /** `event` for one record, `events` for a list. */
  rootName: string
  /** The element name of each record (`event`). */
  recordName: string
  records: XmlRecord[]
}

/** A file the codec refuses: the message names the line and the element. */
export class HyperactiveXmlError extends Error {
  constructor(
    message: string,
    readonly line?: number,
    readonly element?: string,
  ) {
    super(
      [line !== undefined ? `line ${line}` : null, element ? `<${element}>` : null, message]
        .filter(Boolean)
        .join(': '),
    )
    this.name = 'HyperactiveXmlError'
  }
}
