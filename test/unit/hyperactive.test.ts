import fs from 'node:fs'

import { describe, expect, test } from '@jest/globals'

import { escapeText } from '../../plugins/hyperactive/utilities/escape.js'
import { exportRecord, publicField } from '../../plugins/hyperactive/utilities/eventRecord.js'
import { cmsEdits, keepEdits } from '../../plugins/hyperactive/utilities/merge.js'
import {
  placeKey,
  placeName,
  recordKey,
  recordToEvent,
} from '../../plugins/hyperactive/utilities/recordToEvent.js'
import { htmlToLexical, sanitizeLegacyHtml } from '../../plugins/hyperactive/utilities/html.js'
import { parseXml } from '../../plugins/hyperactive/utilities/parse.js'
import { serializeXml } from '../../plugins/hyperactive/utilities/serialize.js'
import { HYPERACTIVE_SEED_FILE } from '../../src/seed/gathering.js'

const seed = fs.readFileSync(HYPERACTIVE_SEED_FILE, 'utf8')
const roundTrip = (xml: string) => serializeXml(parseXml(xml))

/** A list as Rails 2.2 wrote it: every state, nil and empty, non-ASCII, several offsets. */
const LIST = `<?xml version="1.0" encoding="UTF-8"?>
<events type="array">
${['pending', 'published', 'promoted', 'featured', 'hidden']
  .map(
    (state, i) => `  <event>
    <allows-comments type="boolean">${i % 2 === 0}</allows-comments>
    <body>&lt;p&gt;Caf&#233; &amp; &quot;assembly&quot; &#8364; &#128512;&lt;/p&gt;\r
&lt;p&gt;second&lt;/p&gt;</body>
    <contact-phone nil="true"></contact-phone>
    <date type="datetime">2010-0${i + 1}-1${i}T19:00:00${['+00:00', '+01:00', '-05:00', '+05:30', '-08:00'][i]}</date>
    <day type="date">2010-01-0${i + 1}</day>
    <end-date type="datetime" nil="true"></end-date>
    <id type="integer">${100 + i}</id>
    <moderation-status>${state}</moderation-status>
    <place></place>
    <stick-at-top type="boolean" nil="true"></stick-at-top>
    <title>Asamblea n&#250;mero ${i} &lt;${state}&gt;</title>
  </event>
`,
  )
  .join('')}</events>
`

describe('the codec', () => {
  test('the seed export comes back byte for byte', () => {
    expect(roundTrip(seed)).toBe(seed)
  })

  test('a list with every state, nil and empty values, non-ASCII and offsets round-trips', () => {
    expect(roundTrip(LIST)).toBe(LIST)
    const doc = parseXml(LIST)
    expect(doc).toMatchObject({ array: true, rootName: 'events', recordName: 'event' })
    expect(doc.records).toHaveLength(5)
    const first = doc.records[0]!
    const field = (name: string) => first.find((f) => f.name === name)
    expect(field('contact-phone')).toMatchObject({ nil: true, text: '' })
    expect(field('place')).toMatchObject({ nil: false, text: '' })
    expect(field('body')?.text).toContain('Café & "assembly" € 😀</p>\r\n<p>')
    expect(field('id')).toMatchObject({ type: 'integer', text: '100' })
  })

  test('an empty list self-closes', () => {
    const empty = '<?xml version="1.0" encoding="UTF-8"?>\n<events type="array"/>\n'
    expect(parseXml(empty)).toMatchObject({ array: true, records: [] })
    expect(roundTrip(empty)).toBe(empty)
  })

  test('elements come out in Rails column order, whatever order they are given in', () => {
    const xml = serializeXml({
      array: false,
      rootName: 'event',
      recordName: 'event',
      records: [
        [
          { name: 'title', nil: false, text: 'b' },
          { name: 'end-date', type: 'datetime', nil: true, text: '' },
          { name: 'allows-comments', type: 'boolean', nil: false, text: 'true' },
        ],
      ],
    })
    expect(xml).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<event>\n' +
        '  <allows-comments type="boolean">true</allows-comments>\n' +
        '  <end-date type="datetime" nil="true"></end-date>\n' +
        '  <title>b</title>\n</event>\n',
    )
  })

  test.each([
    ['plain ASCII', 'plain ASCII'],
    ['a & b < c > d "e"', 'a &amp; b &lt; c &gt; d &quot;e&quot;'],
    ["it's", "it's"],
    ['Mañana', 'Ma&#241;ana'],
    ['😀', '&#128512;'],
    ['\u0080 as Windows-1252', '&#8364; as Windows-1252'],
    ['bell \u0007 and tab\t', 'bell * and tab\t'],
    ['line\r\nbreak', 'line\r\nbreak'],
  ])('escapes %j as fast_xs did', (text, escaped) => {
    expect(escapeText(text)).toBe(escaped)
  })
})

describe('hostile and broken files are refused with the line and element', () => {
  const head = '<?xml version="1.0" encoding="UTF-8"?>\n'
  test.each([
    ['truncated', seed.slice(0, seed.length / 2), /unclosed|line \d+/],
    ['a DOCTYPE', `${head}<!DOCTYPE event>\n<event></event>\n`, /DOCTYPE is not allowed/],
    [
      'an external entity',
      `${head}<!DOCTYPE event [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<event><title>&x;</title></event>`,
      /DOCTYPE is not allowed/,
    ],
    [
      'billion laughs',
      `${head}<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>\n<lolz>&lol2;</lolz>`,
      /DOCTYPE is not allowed/,
    ],
    [
      'an undefined entity',
      `${head}<event>\n  <title>&nbsp;</title>\n</event>\n`,
      /^line 3: <title>: undefined entity/,
    ],
    [
      'a bad integer',
      `${head}<event>\n  <id type="integer">12a</id>\n</event>\n`,
      /^line 3: <id>: "12a" is not an integer$/,
    ],
    [
      'a bad datetime',
      `${head}<event>\n  <date type="datetime">yesterday</date>\n</event>\n`,
      /^line 3: <date>: "yesterday" is not a datetime/,
    ],
    [
      'nil with a value',
      `${head}<event>\n  <title nil="true">x</title>\n</event>\n`,
      /<title>: has nil="true" and a value/,
    ],
    [
      'nested elements',
      `${head}<event>\n  <title><b>x</b></title>\n</event>\n`,
      /<b>: nested element/,
    ],
    ['another encoding', '<?xml version="1.0" encoding="ISO-8859-1"?>\n<event/>', /only UTF-8/],
  ])('%s', (_name, xml, message) => {
    expect(() => parseXml(xml)).toThrow(message)
  })

  test('a file over the size limit is refused before it is parsed', () => {
    const big =
      '<?xml version="1.0" encoding="UTF-8"?>\n<event>\n' + ' '.repeat(3 * 1048576) + '</event>\n'
    expect(() => parseXml(big, { maxBytes: 2 * 1048576 })).toThrow(
      /^the file is 3\.0 MB; the limit is 2\.0 MB$/,
    )
  })
})

describe('an event between Hyperactive and the CMS', () => {
  const record = parseXml(seed).records[0]!
  const mapped = recordToEvent(record, 'Europe/London')

  test('maps the seed to CMS fields, keeping the instant', () => {
    expect(mapped.feedId).toBe(2565)
    expect(mapped.collectiveId).toBe(27)
    expect(mapped.data).toMatchObject({
      title: 'Dual Power Discussion on Autonomist Leninism',
      startsAt: '2009-10-22T19:00:00.000Z',
      moderationStatus: 'featured',
      publishedBy: 'maxigas',
      contactEmail: 'maxigas@anargeek.net',
      allowsComments: true,
      stickAtTop: null,
      autoModerationChecked: true,
      hyperactive: { collectiveId: 27, userId: 262, createdOn: '2009-10-10T00:36:16.000Z' },
    })
  })

  test('unedited, it exports to staff as it came in; anonymous readers lose the admin note and get the body sanitized', () => {
    const doc = { ...mapped.data, updatedAt: '2026-01-01T00:00:00.000Z' }
    expect(exportRecord(doc, { staff: true })).toEqual(mapped.original)
    expect(exportRecord(doc, { staff: false })).toEqual(
      mapped.original
        .filter((f) => f.name !== 'admin-note')
        .map((f) => (f.name === 'body' ? { ...f, text: sanitizeLegacyHtml(f.text) } : f)),
    )
  })

  test('an edit is written from the CMS and moves updated-on; the rest stays original', () => {
    const doc = {
      ...mapped.data,
      title: 'Dual Power discussion (moved)',
      startsAt: '2009-10-23T18:30:00.000Z',
      updatedAt: '2026-01-01T12:00:00.000Z',
    }
    const out = exportRecord(doc, { staff: true })
    const text = (name: string) => out.find((f) => f.name === name)?.text
    expect(text('title')).toBe('Dual Power discussion (moved)')
    // Written in the offset the import had.
    expect(text('date')).toBe('2009-10-23T18:30:00+00:00')
    expect(text('updated-on')).toBe('2026-01-01T12:00:00+00:00')
    expect(text('body')).toBe(record.find((f) => f.name === 'body')?.text)
    expect(text('created-on')).toBe('2009-10-10T00:36:16+00:00')
  })
})

describe('legacy HTML', () => {
  test('scripts, event handlers and javascript: links never reach the CMS', () => {
    const dirty =
      '<p onclick="steal()">Hi <script>alert(1)</script><a href="javascript:alert(2)">x</a>' +
      '<a href="https://example.org" onmouseover="x()">ok</a><img src=x onerror=alert(3)></p>'
    const clean = sanitizeLegacyHtml(dirty)
    expect(clean).toBe('<p>Hi <a>x</a><a href="https://example.org">ok</a></p>')
    const state = JSON.stringify(htmlToLexical(dirty))
    expect(state).not.toMatch(/script|alert|onclick|onerror|javascript/)
    expect(state).toContain('"url":"https://example.org"')
  })

  test('paragraphs, emphasis, links and lists become rich text', () => {
    const state = htmlToLexical(
      '<p><strong>Dual power</strong> is <i>a concept</i></p><ul><li>one</li><li>two</li></ul>',
    ) as { root: { children: { type: string; children: Record<string, unknown>[] }[] } }
    const [paragraph, list] = state.root.children
    expect(paragraph?.type).toBe('paragraph')
    expect(paragraph?.children.map((c) => [c.text, c.format])).toEqual([
      ['Dual power', 1],
      [' is ', 0],
      ['a concept', 2],
    ])
    expect(list).toMatchObject({ type: 'list', listType: 'bullet' })
    expect(list?.children).toHaveLength(2)
  })
})

describe('publicField: imported markup as anonymous readers get it', () => {
  const body = (text: string) => ({ name: 'body', nil: false, text })

  test.each([
    ['<p>Bring food<script>alert(1)</script></p>', '<p>Bring food</p>'],
    ['<img src=x onerror="alert(1)"><b>bold</b>', '<b>bold</b>'],
    ['<a href="javascript:alert(1)">map</a>', '<a>map</a>'],
    ['<a href="JaVaScRiPt&#58;alert(1)" onclick="x()">map</a>', '<a>map</a>'],
    ['<a href=" javascript:alert(1)">map</a>', '<a>map</a>'],
    ['<svg><script>alert(1)</script></svg><p>ok</p>', '<p>ok</p>'],
    ['<iframe src="https://evil.example"></iframe><p>ok</p>', '<p>ok</p>'],
    ['<p style="x" onmouseover="y()">hi&nbsp;there</p>', '<p>hi\u00a0there</p>'],
    [
      '<a href="https://example.org/" title="t">map</a>',
      '<a href="https://example.org/" title="t">map</a>',
    ],
  ])('%j → %j', (text, expected) => {
    expect(publicField(body(text)).text).toBe(expected)
  })

  test.each([['Plain & simple > words'], ['Tom &amp; Jerry']])(
    'text without markup is passed on byte for byte: %j',
    (text) => {
      expect(publicField(body(text)).text).toBe(text)
    },
  )

  test('typed and nil elements are left alone', () => {
    const nil = { name: 'body', nil: true, text: '' }
    expect(publicField(nil)).toBe(nil)
    const typed = { name: 'id', type: 'integer', nil: false, text: '<7>' }
    expect(publicField(typed)).toBe(typed)
  })
})

describe('a file that is not UTF-8', () => {
  const file = (middle: number[]) =>
    Buffer.concat([
      Buffer.from('<?xml version="1.0" encoding="UTF-8"?>\n<event>\n  <title>Caf'),
      Buffer.from(middle),
      Buffer.from(' night</title>\n</event>\n'),
    ])

  test.each([
    ['Latin-1 é', [0xe9], 'byte 0xe9 at column 13'],
    ['a lone continuation byte', [0x80], 'byte 0x80 at column 13'],
    ['an overlong slash', [0xc0, 0xaf], 'byte 0xc0 at column 13'],
    ['an encoded surrogate', [0xed, 0xa0, 0x80], 'byte 0xed at column 13'],
    ['a truncated sequence', [0xe2, 0x82], 'byte 0xe2 at column 13'],
  ])('%s is refused with its line and column', (_name, bytes, where) => {
    expect(() => parseXml(file(bytes))).toThrow(`line 3: the file is not valid UTF-8: ${where}`)
  })

  test('well-formed UTF-8, including a real replacement character, is read', () => {
    const doc = parseXml(file([0xc3, 0xa9, 0xef, 0xbf, 0xbd]))
    expect(doc.records[0]!.find((f) => f.name === 'title')?.text).toBe('Café\ufffd night')
  })
})

describe('ids, places and series of a record', () => {
  const withFields = (fields: string) =>
    parseXml(
      `<?xml version="1.0" encoding="UTF-8"?>\n<event>\n  <date type="datetime">2031-01-01T10:00:00+00:00</date>\n${fields}  <title>T</title>\n</event>\n`,
    ).records[0]!

  test.each([
    ['<id type="integer">2147483647</id>', 2147483647],
    ['<id type="integer">1</id>', 1],
  ])('%s is a source id', (field, id) => {
    expect(recordKey(withFields(`  ${field}\n`)).feedId).toBe(id)
  })

  test.each([
    ['<id type="integer">2147483648</id>', /line 4: <id>: 2147483648 is above 2147483647/],
    ['<id type="integer">9007199254740993</id>', /line 4: <id>: must be a positive integer/],
    ['<id type="integer">0</id>', /<id>: must be a positive integer/],
    [
      '<event-group-id type="integer">4294967296</event-group-id>\n  <id type="integer">5</id>',
      /line 4: <event-group-id>: 4294967296 is above/,
    ],
    [
      '<event-group-id type="integer">x</event-group-id>\n  <id type="integer">5</id>',
      /line 4: <event-group-id>: "x" is not an integer/,
    ],
  ])('%s is refused with its line', (fields, message) => {
    expect(() => recordKey(withFields(`  ${fields}\n`))).toThrow(message)
  })

  test('a nil or missing series is none; place text is trimmed, empty is none', () => {
    const key = recordKey(
      withFields(
        '  <event-group-id type="integer" nil="true"></event-group-id>\n  <id type="integer">5</id>\n  <place>  Union\n Hall </place>\n',
      ),
    )
    expect(key).toMatchObject({ seriesId: null, place: 'Union Hall', title: 'T' })
    expect(recordKey(withFields('  <id type="integer">5</id>\n  <place>  </place>\n')).place).toBe(
      null,
    )
    expect(recordKey(withFields('  <id type="integer">5</id>\n')).place).toBe(null)
  })

  test.each([
    ['Rampart Social Centre', 'rampart  SOCIAL\tcentre '],
    ['Café Zapata', 'CAFE\u0301 zapata'],
  ])('"%s" and "%s" are one place', (a, b) => {
    expect(placeKey(a)).toBe(placeKey(b))
  })

  test('a place name keeps at most 200 characters, and its key matches the kept name', () => {
    const long = 'Hall '.repeat(60)
    expect(placeName(long)).toBe(long.slice(0, 199))
    expect(placeKey(long)).toBe(placeKey(placeName(long)))
  })

  test('linked to a place and a series, an unedited event exports its original elements', () => {
    const record = withFields(
      '  <event-group-id type="integer">41</event-group-id>\n  <id type="integer">5</id>\n  <place>rampart social centre</place>\n',
    )
    const links = {
      place: { id: 'p1', name: 'Rampart Social Centre' },
      series: { id: 's1', hyperactiveId: 41 },
    }
    const { data, original } = recordToEvent(record, 'UTC', links)
    expect(data).toMatchObject({ place: 'p1', eventGroup: 's1' })
    // As the export reads it: place and series populated.
    const doc = { ...data, place: links.place, eventGroup: links.series }
    expect(exportRecord(doc, { staff: true })).toEqual(original)
    // Renamed here: the CMS name is written; moved to another series, its id.
    const moved = exportRecord(
      { ...doc, place: { name: 'The Rampart' }, eventGroup: { hyperactiveId: 2147483650 } },
      { staff: true },
    )
    const text = (name: string) => moved.find((f) => f.name === name)?.text
    expect([text('place'), text('event-group-id')]).toEqual(['The Rampart', '2147483650'])
  })
})

describe('edits made here against a changed source', () => {
  const record = parseXml(seed).records[0]!
  const mapped = recordToEvent(record, 'UTC')
  const doc = { ...mapped.data }

  test('an unedited import has no edits', () => {
    expect(cmsEdits(doc).size).toBe(0)
  })

  test('edits are named by element; the state and the title kept, other source changes taken', () => {
    const edited = { ...doc, title: 'Renamed here', moderationStatus: 'hidden' }
    const edits = cmsEdits(edited)
    expect([...edits.keys()].sort()).toEqual(['moderation-status', 'title'])
    const changed = recordToEvent(
      record.map((f) => (f.name === 'published-by' ? { ...f, text: 'someone else' } : f)),
      'UTC',
    )
    const data = { ...changed.data } as Record<string, unknown>
    const prints = (changed.data.hyperactive as { fingerprints: Record<string, unknown> })
      .fingerprints
    expect(keepEdits(data, edits, prints)).toEqual(['moderation-status', 'title'])
    expect(data).not.toHaveProperty('title')
    expect(data).not.toHaveProperty('moderationStatus')
    expect(data.publishedBy).toBe('someone else')
  })

  test('a source that comes round to the edit agrees with it: nothing kept, nothing reported', () => {
    const edited = { ...doc, title: 'Same on both sides' }
    const changed = recordToEvent(
      record.map((f) => (f.name === 'title' ? { ...f, text: 'Same on both sides' } : f)),
      'UTC',
    )
    const data = { ...changed.data } as Record<string, unknown>
    const prints = (changed.data.hyperactive as { fingerprints: Record<string, unknown> })
      .fingerprints
    expect(keepEdits(data, cmsEdits(edited), prints)).toEqual([])
    expect(data.title).toBe('Same on both sides')
  })
})
