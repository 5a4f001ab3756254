/**
 * Hyperactive XML in and out through the real server: the seed file imported and served back
 * byte for byte, staff and public views, re-import, hostile files, visibility.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'

import { HYPERACTIVE_SEED_FILE } from '../../src/seed/gathering.js'
import { type ApiClient, apiClient, type Json } from '../helpers/api.js'
import { runCli, type ServerProcess, startSeededServer } from '../helpers/server.js'

let server: ServerProcess
let close: () => Promise<void>
let env: NodeJS.ProcessEnv
let client: ApiClient
let tmp: string
const seedXml = fs.readFileSync(HYPERACTIVE_SEED_FILE, 'utf8')

const get = async (urlPath: string, headers: Record<string, string> = {}) => {
  const res = await fetch(`${server.url}${urlPath}`, { headers })
  return { status: res.status, type: res.headers.get('content-type'), text: await res.text() }
}
const staffHeaders = async () => {
  const login = await client.call(undefined, '/api/users/login', {
    method: 'POST',
    body: JSON.stringify({ email: 'moderator@example.org', password: 'test-password-123' }),
  })
  return { Authorization: `JWT ${login.body.token}` }
}
const importFile = (file: string, ...flags: string[]) =>
  runCli('import-hyperactive', [file, ...flags], env)
/** The `<event>` elements of a file, each with its indentation and newline. */
const events = (xml: string) => xml.match(/ {2}<event>[\s\S]*?<\/event>\n/g) ?? []
const eventCount = async () =>
  (await client.call('admin', '/api/events/count')).body.totalDocs as number

/** Three events: one hidden, one pending, one published with non-ASCII text and +02:00. */
const LIST = `<?xml version="1.0" encoding="UTF-8"?>
<events type="array">
${[
  [9001, 'hidden', 'Hidden gathering'],
  [9002, 'pending', 'Pending gathering'],
  [9003, 'published', 'Asamblea en Mil&#225;n'],
]
  .map(
    ([id, state, title]) => `  <event>
    <auto-moderation-checked type="boolean">true</auto-moderation-checked>
    <body>&lt;p&gt;Text&lt;/p&gt;</body>
    <collective-id type="integer">77</collective-id>
    <date type="datetime">2030-05-0${Number(id) - 9000}T19:00:00+02:00</date>
    <id type="integer">${id}</id>
    <moderation-status>${state}</moderation-status>
    <place></place>
    <title>${title}</title>
  </event>
`,
  )
  .join('')}</events>
`

beforeAll(async () => {
  ;({ server, close, env } = await startSeededServer())
  client = apiClient(server.url)
  await client.login('admin')
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'hyperactive-'))
}, 180_000)

afterAll(async () => {
  await close?.()
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true })
})

describe('the seed event (imported by the seed)', () => {
  test('staff get the original file byte for byte', async () => {
    const res = await get('/events/2565.xml', await staffHeaders())
    expect(res.status).toBe(200)
    expect(res.type).toBe('application/xml; charset=utf-8')
    expect(res.text).toBe(seedXml)
  })

  test('anonymous readers get the same minus admin-note, the body sanitized', async () => {
    const res = await get('/events/2565.xml')
    expect(res.status).toBe(200)
    // The body's markup is all allowed formatting; sanitizing decodes its one `&nbsp;`, which
    // the serializer writes as a character reference.
    expect(res.text).toBe(
      seedXml
        .replace(/ {2}<admin-note>[\s\S]*?<\/admin-note>\n/, '')
        .replace('&amp;nbsp;', '&#160;'),
    )
    expect(res.text).not.toContain('admin-note')
  })

  test('a second import of the same file changes nothing and says so', async () => {
    const run = await importFile(HYPERACTIVE_SEED_FILE, '--json')
    expect(run.status).toBe(0)
    expect(JSON.parse(run.stdout)).toMatchObject({
      events: 1,
      created: 0,
      updated: 0,
      unchanged: 1,
      failed: [],
    })
  })

  test('unknown feed ids and non-numbers are 404', async () => {
    expect((await get('/events/999999.xml')).status).toBe(404)
    expect((await get('/events/abc.xml')).status).toBe(404)
  })
})

describe('importing a list', () => {
  test('dry run reports and writes nothing; the real run creates; states map one to one', async () => {
    const file = path.join(tmp, 'list.xml')
    fs.writeFileSync(file, LIST)
    const before = await eventCount()
    const dry = await importFile(file, '--dry-run', '--json')
    expect(dry.status).toBe(0)
    expect(JSON.parse(dry.stdout)).toMatchObject({ dryRun: true, created: 3, failed: [] })
    expect(await eventCount()).toBe(before)

    const real = await importFile(file)
    expect(real.status).toBe(0)
    expect(real.stdout).toMatch(
      /3 events — 3 created, 0 updated, 0 unchanged, 0 failed; 1 new organizations/,
    )
    expect(await eventCount()).toBe(before + 3)
    const { body } = await client.call(
      'admin',
      // A populated organization's default shape has no state: the list asks for it.
      '/api/events?where[feedId][in]=9001,9002,9003&sort=feedId&depth=1' +
        '&populate[organizations][name]=true&populate[organizations][moderationStatus]=true',
    )
    const docs = body.docs as Json[]
    expect(docs.map((d) => d.moderationStatus)).toEqual(['hidden', 'pending', 'published'])
    expect(docs[2]).toMatchObject({
      title: 'Asamblea en Milán',
      startsAt: '2030-05-03T17:00:00.000Z',
    })
    expect((docs[0]!.organizations as Json[])[0]).toMatchObject({
      name: 'Hyperactive collective 77',
      moderationStatus: 'pending',
    })
  })

  test('hidden and pending imports are invisible to the public everywhere', async () => {
    const list = await get('/events.xml?from=2030-01-01')
    expect(list.status).toBe(200)
    expect(list.text).toContain('<title>Asamblea en Mil&#225;n</title>')
    expect(list.text).not.toMatch(/Hidden gathering|Pending gathering/)
    expect((await get('/events/9001.xml')).status).toBe(404)
    expect((await get('/events/9002.xml')).status).toBe(404)
    const rest = await client.call(undefined, '/api/events?where[feedId][in]=9001,9002,9003')
    expect((rest.body.docs as Json[]).map((d) => d.title)).toEqual(['Asamblea en Milán'])
    const gql = await client.graphql(
      undefined,
      // GraphQL number filters have no `in`: the range holds exactly the hidden and pending ones.
      '{ Events(where: { feedId: { greater_than_equal: 9001, less_than_equal: 9002 } }) { docs { title } } }',
    )
    expect(gql.body.data?.Events).toEqual({ docs: [] })
    const gqlStaff = await client.graphql(
      'admin',
      '{ Events(where: { feedId: { greater_than_equal: 9001, less_than_equal: 9002 } }, sort: "feedId") { docs { title } } }',
    )
    expect(gqlStaff.body.data?.Events).toEqual({
      docs: [{ title: 'Hidden gathering' }, { title: 'Pending gathering' }],
    })
    // Staff see every state.
    const staff = await get('/events.xml?from=2030-01-01', await staffHeaders())
    expect(staff.text).toContain('Hidden gathering')
    expect(staff.text).toContain('Pending gathering')
  })

  test('the list round-trips: what staff export is what was imported', async () => {
    const staff = await get(
      '/events.xml?from=2030-01-01&status=hidden,pending,published',
      await staffHeaders(),
    )
    // Newest date first in the feed; the file listed them oldest first.
    expect([...events(staff.text)].reverse()).toEqual(events(LIST))
  })

  test('bad query parameters are a 400 naming the parameter', async () => {
    const res = await get('/events.xml?from=someday')
    expect(res.status).toBe(400)
    expect(res.text).toMatch(/^from: "someday" is not a date/)
    expect((await get('/events.xml?status=deleted')).text).toMatch(/^status: "deleted"/)
  })
})

describe('a bad or hostile file changes nothing', () => {
  const cases: [string, () => string, RegExp][] = [
    ['truncated', () => seedXml.slice(0, 2000), /nothing imported.*\n.*failed.*(unclosed|line)/],
    [
      'billion laughs',
      () =>
        `<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>\n<events type="array">&lol1;</events>`,
      /DOCTYPE is not allowed/,
    ],
    [
      'an external entity',
      () =>
        `<?xml version="1.0"?>\n<!DOCTYPE e [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<event><title>&x;</title></event>`,
      /DOCTYPE is not allowed/,
    ],
    [
      'one bad record among good ones',
      () =>
        LIST.replace('<id type="integer">9003</id>', '<id type="integer">9004</id>')
          .replace('9001', '9005')
          .replace('9002', '9006')
          .replace('2030-05-02T19:00:00+02:00', 'next week'),
      /line \d+: <date>: "next week" is not a datetime/,
    ],
  ]
  test.each(cases)('%s', async (_name, content, message) => {
    const file = path.join(tmp, 'bad.xml')
    fs.writeFileSync(file, content())
    const before = await eventCount()
    const started = Date.now()
    const run = await importFile(file)
    expect(run.status).toBe(1)
    expect(run.stdout).toMatch(message)
    expect(await eventCount()).toBe(before)
    expect(Date.now() - started).toBeLessThan(60_000)
  })

  test('a 100 MB file is refused before it is read', async () => {
    const file = path.join(tmp, 'huge.xml')
    const fd = fs.openSync(file, 'w')
    fs.ftruncateSync(fd, 100 * 1024 * 1024)
    fs.closeSync(fd)
    const run = await importFile(file, '--json')
    expect(run.status).toBe(1)
    expect(JSON.parse(run.stdout).failed[0].message).toBe(
      'the file is 100.0 MB; the limit is 64.0 MB',
    )
  })
})

describe('the admin import action (POST /api/events/import-hyperactive)', () => {
  const post = (who: string | undefined, body: BodyInit, query = '', accept = 'application/json') =>
    fetch(`${server.url}/api/events/import-hyperactive${query}`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/xml',
        Accept: accept,
        ...(who ? { Authorization: client.authorization(who) } : {}),
      },
      body,
    })
  /** A file of one published event (the third of LIST) under a new id and title. */
  const one = (id: number, title: string, date = '2029-05-03T19:00:00+02:00') =>
    `<?xml version="1.0" encoding="UTF-8"?>\n<events type="array">\n${events(LIST)[2]!}</events>\n`
      .replace('<id type="integer">9003</id>', `<id type="integer">${id}</id>`)
      .replace('2030-05-03T19:00:00+02:00', date)
      .replace('Asamblea en Mil&#225;n', title)

  test('only organizers and admins may import; others are told why and nothing is written', async () => {
    const before = await eventCount()
    const xml = one(9101, 'Should not exist')
    const anonymous = await post(undefined, xml)
    expect(anonymous.status).toBe(401)
    expect((await anonymous.json()).errors[0].message).toMatch(/Log in as an organizer or admin/)
    await client.login('moderator')
    const moderator = await post('moderator', xml)
    expect(moderator.status).toBe(403)
    expect((await moderator.json()).errors[0].message).toBe(
      'Only organizers and admins may import events.',
    )
    expect(await eventCount()).toBe(before)
  })

  test('an organizer checks a file, imports it, and the import is recorded under their name', async () => {
    await client.login('organizer')
    const xml = one(9102, 'Uploaded through the admin')
    const before = await eventCount()
    const dry = await post('organizer', xml, '?file=upload.xml&dryRun=true')
    expect(dry.status).toBe(200)
    expect(await dry.json()).toMatchObject({ file: 'upload.xml', dryRun: true, created: 1 })
    expect(await eventCount()).toBe(before)

    const real = await post('organizer', xml, '?file=upload.xml')
    expect(real.status).toBe(200)
    expect(await real.json()).toMatchObject({ dryRun: false, created: 1, failed: [] })
    const { body } = await client.call('admin', '/api/events?where[feedId][equals]=9102&depth=1')
    const doc = (body.docs as Json[])[0]!
    expect(doc.title).toBe('Uploaded through the admin')
    expect((doc.createdBy as Json).email).toBe('organizer@example.org')
    const log = await client.call(
      'admin',
      `/api/moderation-log?where[documentId][equals]=${doc.id}&depth=0`,
    )
    expect(log.body.docs).toEqual([
      expect.objectContaining({ to: 'published', note: 'imported from Hyperactive (upload.xml)' }),
    ])
    // The same file again: unchanged.
    expect(await (await post('organizer', xml, '?file=upload.xml')).json()).toMatchObject({
      created: 0,
      unchanged: 1,
    })
  })

  test('a bad file is a 422 with the line, and nothing is written', async () => {
    const before = await eventCount()
    const res = await post('organizer', one(9103, 'Broken', 'soon'), '?file=broken.xml')
    expect(res.status).toBe(422)
    const summary = await res.json()
    expect(summary.failed[0].message).toMatch(/^line \d+: <date>: "soon" is not a datetime/)
    expect(await eventCount()).toBe(before)
  })

  test('a file over the limit is refused with 413 before it is read', async () => {
    const res = await post('organizer', new Uint8Array(65 * 1024 * 1024))
    expect(res.status).toBe(413)
    expect((await res.json()).errors[0].message).toBe('the file is 65.0 MB; the limit is 64.0 MB')
  })

  test('asked for a stream, it reports progress and then the summary', async () => {
    const records = Array.from(
      { length: 250 },
      (_, i) => events(one(9200 + i, `Streamed ${i}`))[0]!,
    ).join('')
    const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<events type="array">\n${records}</events>\n`
    const res = await post('organizer', xml, '?file=many.xml&dryRun=1', 'application/x-ndjson')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^application\/x-ndjson/)
    const lines = (await res.text())
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l))
    // Checking every record first, then writing them (a dry run rolls each batch back).
    const progress = lines.slice(0, -1).map((l) => l.progress)
    expect(progress.length).toBeGreaterThanOrEqual(2)
    for (const p of progress) {
      expect(p).toEqual({
        phase: expect.stringMatching(/^(checking|writing)$/),
        done: expect.any(Number),
        total: 250,
        written: expect.any(Number),
        failed: 0,
      })
    }
    expect(progress.map((p) => p.phase)).toEqual([...progress.map((p) => p.phase)].sort())
    expect(progress.at(-1)).toMatchObject({ phase: 'writing', total: 250 })
    expect(lines.at(-1).summary).toMatchObject({ events: 250, created: 250, dryRun: true })
  })
})

describe('Rails reads what we serve as it read the original', () => {
  const ruby = spawnSync('ruby', ['-e', 'require "active_support/all"; print 1'], {
    encoding: 'utf8',
  })
  const available = ruby.status === 0
  if (!available && process.env.CI === 'true') {
    throw new Error(
      'ruby with ActiveSupport is required in CI (apt-get install ruby-activesupport)',
    )
  }
  ;(available ? test : test.skip)(
    'Hash.from_xml of /events.xml gives the typed values',
    async () => {
      const staff = await get('/events.xml?from=2030-01-01&status=published', await staffHeaders())
      const script =
        'require "active_support/all"; require "json"; h = Hash.from_xml(STDIN.read); ' +
        'e = h["events"].first; puts JSON.generate([e["id"].class.name, e["id"], e["date"].utc.iso8601, e["title"], e["place"], e["stick_at_top"]])'
      const run = spawnSync('ruby', ['-e', script], { input: staff.text, encoding: 'utf8' })
      expect(run.stderr).toBe('')
      expect(JSON.parse(run.stdout)).toEqual([
        'Integer',
        9003,
        '2030-05-03T17:00:00Z',
        'Asamblea en Milán',
        // Rails reads an empty element as nil, as it did in the original feed.
        null,
        null,
      ])
    },
  )
})

// Last: the events it adds would change the lists the tests above export.
describe('titles a calendar repeats', () => {
  test('a calendar that repeats a title imports, each event with a slug of its own', async () => {
    // A monthly ride, three times: the records differ only by id and date.
    const ride = events(LIST)[2]!.replace('Asamblea en Mil&#225;n', 'Critical Mass')
    const file = path.join(tmp, 'monthly.xml')
    fs.writeFileSync(
      file,
      LIST.replace(
        /<events type="array">\n[\s\S]*<\/events>/,
        `<events type="array">\n${[9701, 9702, 9703]
          .map((id, i) =>
            ride
              .replace('<id type="integer">9003</id>', `<id type="integer">${id}</id>`)
              .replace('2030-05-03', `2030-0${6 + i}-03`),
          )
          .join('')}</events>`,
      ),
    )
    const result = await importFile(file, '--json')
    expect(JSON.parse(result.stdout)).toMatchObject({ created: 3, failed: [] })
    const { body } = await client.call(
      'admin',
      '/api/events?where[feedId][in]=9701,9702,9703&sort=feedId&depth=0',
    )
    expect((body.docs as Json[]).map((d) => [d.title, d.slug])).toEqual([
      ['Critical Mass', 'critical-mass'],
      ['Critical Mass', 'critical-mass-2'],
      ['Critical Mass', 'critical-mass-3'],
    ])
  })
})
