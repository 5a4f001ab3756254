/**
 * The organizers' side of the content call through the real server: reviews (own only, weighted
 * scores, blind mode), decision emails that leave only when released (delivered to a real SMTP
 * receiver on loopback), one session per accepted proposal, and the erasure of access needs.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'

import { type ApiClient, apiClient, type Json, TEST_PASSWORD } from '../helpers/api.js'
import { runCli, type ServerProcess, startSeededServer } from '../helpers/server.js'
import { type SmtpReceiver, startSmtpReceiver } from '../helpers/smtp.js'
import { nextGathering } from '../../src/seed/season.js'

let close: () => Promise<void>
let server: ServerProcess
let env: NodeJS.ProcessEnv
let client: ApiClient
let smtp: SmtpReceiver
const ids: Record<string, string> = {}

const api = (path: string, { as, ...init }: RequestInit & { as?: string } = {}) =>
  client.call(as, path, init)
const post = (path: string, body: unknown, as?: string) =>
  api(path, { method: 'POST', body: JSON.stringify(body), as })
const patch = (path: string, body: unknown, as?: string) =>
  api(path, { method: 'PATCH', body: JSON.stringify(body), as })

let n = 0
/** A proposal sent anonymously over REST, as a custom frontend would; answers its id. */
async function submit(extra: Json = {}, locale = 'en') {
  const res = await post(`/api/proposals?locale=${locale}`, {
    title: `Community land trusts in practice ${++n}`,
    format: 'workshop',
    description: 'How three neighborhoods took land off the market, and what went wrong.',
    submitterName: `Submitter ${n}`,
    submitterEmail: `submitter${n}@example.org`,
    organizationName: 'Dunes Tenant Union',
    coFacilitators: [{ name: `Co-facilitator ${n}`, email: `co${n}@example.org` }],
    languages: ['en', 'es'],
    accessNeeds: `Step-free route and a quiet room (${n})`,
    childcareRequest: `One child, age 3 (${n})`,
    consent: true,
    answers: [{ question: 'recording', value: '0' }],
    ...extra,
  })
  expect(res.status).toBe(201)
  return String((res.body.doc as Json).id)
}

const scores = (fit: number, clarity: number, accessibility: number) => [
  { criterion: 'fit', score: fit },
  { criterion: 'clarity', score: clarity },
  { criterion: 'accessibility', score: accessibility },
]

const proposalAs = async (id: string, who: string) =>
  (await api(`/api/proposals/${id}?depth=0`, { as: who })).body

/** Runs queued jobs in the server (admins only), as the worker would. */
async function runJobs() {
  const res = await api('/api/payload-jobs/run?limit=100', { as: 'admin' })
  expect(res.status).toBe(200)
}

const outboxFor = async (proposalId: string) =>
  (
    await api(`/api/decision-emails?where[proposal][equals]=${proposalId}&sort=createdAt&depth=0`, {
      as: 'organizer',
    })
  ).body.docs as Json[]

const setCall = async (data: Json) => {
  const res = await post('/api/globals/content-call', data, 'organizer')
  expect(res.status).toBe(200)
}

beforeAll(async () => {
  smtp = await startSmtpReceiver()
  ;({ server, close, env } = await startSeededServer(undefined, {
    SMTP_URL: smtp.url,
    SUBMISSIONS_PER_HOUR: '500',
  }))
  client = apiClient(server.url)
  await client.login('admin', 'organizer', 'reviewer', 'moderator')
  const second = await post(
    '/api/users',
    {
      email: 'reviewer2@example.org',
      password: TEST_PASSWORD,
      name: 'Second reviewer',
      roles: ['reviewer'],
    },
    'admin',
  )
  expect(second.status).toBe(201)
  await client.login('reviewer2')
  for (const who of ['reviewer', 'reviewer2', 'organizer']) {
    ids[who] = String(((await api('/api/users/me', { as: who })).body.user as Json).id)
  }
}, 180_000)

afterAll(async () => {
  await close?.()
  await smtp?.close()
})

describe('reviews', () => {
  let proposal: string
  let first: string

  test('a review scores every criterion; its weighted score and the proposal’s mean follow', async () => {
    proposal = await submit()
    const res = await post(
      '/api/reviews',
      {
        proposal,
        scores: scores(4, 3, 5),
        comment: 'Strong and practical.',
        // Not the reviewer's to set:
        reviewer: ids.organizer,
        weightedScore: 1,
      },
      'reviewer',
    )
    expect(res.status).toBe(201)
    const doc = res.body.doc as Json
    first = String(doc.id)
    // fit weighs 2, the others 1: (2·4 + 3 + 5) / 4
    expect(doc.weightedScore).toBe(4)
    expect(doc.reviewer).toMatchObject({ id: ids.reviewer })

    const second = await post('/api/reviews', { proposal, scores: scores(2, 5, 5) }, 'reviewer2')
    expect(second.status).toBe(201)
    expect((second.body.doc as Json).weightedScore).toBe(3.5)

    // The first review started the review: the private link no longer edits it.
    expect(await proposalAs(proposal, 'organizer')).toMatchObject({
      reviewState: 'in-review',
      reviewScore: 3.75,
      reviewCount: 2,
    })
  })

  test('reviewers read and change only their own reviews; organizers read all', async () => {
    const mine = await api(`/api/reviews?where[proposal][equals]=${proposal}`, { as: 'reviewer2' })
    expect(mine.body.totalDocs).toBe(1)
    expect(((mine.body.docs as Json[])[0]!.reviewer as Json).id).toBe(ids.reviewer2)

    const theirs = await api(`/api/reviews/${first}`, { as: 'reviewer2' })
    expect([403, 404]).toContain(theirs.status)
    expect(JSON.stringify(theirs.body)).not.toContain('Strong and practical')
    const edit = await patch(`/api/reviews/${first}`, { comment: 'overwritten' }, 'reviewer2')
    expect([403, 404]).toContain(edit.status)
    const del = await api(`/api/reviews/${first}`, { method: 'DELETE', as: 'reviewer2' })
    expect([403, 404]).toContain(del.status)

    const gql = await client.graphql(
      'reviewer2',
      `{ Reviews(limit: 100) { docs { comment reviewer { id } } } }`,
    )
    const docs = (gql.body.data?.Reviews as { docs: Json[] }).docs
    expect(docs.length).toBeGreaterThan(0)
    for (const d of docs) expect((d.reviewer as Json).id).toBe(ids.reviewer2)

    // The proposal's list of reviews follows the same rule.
    const joined = (await proposalAs(proposal, 'reviewer2')).reviews as { docs: unknown[] }
    expect(joined.docs).toHaveLength(1)
    expect(
      ((await proposalAs(proposal, 'organizer')).reviews as { docs: unknown[] }).docs,
    ).toHaveLength(2)

    const all = await api(`/api/reviews?where[proposal][equals]=${proposal}`, { as: 'organizer' })
    expect(all.body.totalDocs).toBe(2)
    expect(await api(`/api/reviews/${first}`, { as: 'organizer' })).toMatchObject({ status: 200 })

    // Anonymous and moderators have no business here.
    expect((await api('/api/reviews')).status).toBe(403)
    expect((await post('/api/reviews', { proposal, scores: scores(5, 5, 5) })).status).toBe(403)
    expect(
      (await post('/api/reviews', { proposal, scores: scores(5, 5, 5) }, 'moderator')).status,
    ).toBe(403)

    // The own review changes; the proposal's mean with it.
    const own = await patch(`/api/reviews/${first}`, { scores: scores(5, 5, 5) }, 'reviewer')
    expect(own.status).toBe(200)
    expect((own.body.doc as Json).weightedScore).toBe(5)
    expect((await proposalAs(proposal, 'organizer')).reviewScore).toBe(4.25)
  })

  test('reviewers do not see the scores of others through the proposal', async () => {
    const seen = await proposalAs(proposal, 'reviewer')
    expect(seen.title).toBeDefined()
    expect(seen.reviewScore).toBeUndefined()
    expect(seen.reviewCount).toBeUndefined()
    const filtered = await api('/api/proposals?where[reviewScore][greater_than]=0', {
      as: 'reviewer',
    })
    expect(filtered.status).toBe(400)
    // Nor through the order of a list.
    const sorted = await api('/api/proposals?sort=-reviewScore', { as: 'reviewer' })
    expect(sorted.status).toBe(400)
    expect(JSON.stringify(sorted.body)).toContain('reviewScore')
  })

  test('bad reviews are refused with the field that needs fixing', async () => {
    const again = await post('/api/reviews', { proposal, scores: scores(1, 1, 1) }, 'reviewer')
    expect(again.status).toBe(400)
    expect(JSON.stringify(again.body)).toContain('already reviewed this proposal')

    const other = await submit()
    const missing = await post(
      '/api/reviews',
      { proposal: other, scores: scores(3, 3, 3).slice(0, 2) },
      'reviewer',
    )
    expect(missing.status).toBe(400)
    expect(JSON.stringify(missing.body)).toMatch(/Accessibility and participation.*1 to 5/)

    const outOfRange = await post(
      '/api/reviews',
      {
        proposal: other,
        scores: [...scores(3, 3, 3).slice(0, 2), { criterion: 'accessibility', score: 6 }],
      },
      'reviewer',
    )
    expect(outOfRange.status).toBe(400)
    expect(JSON.stringify(outOfRange.body)).toContain('scores.2.score')

    const unknown = await post(
      '/api/reviews',
      { proposal: other, scores: [...scores(3, 3, 3), { criterion: 'vibes', score: 5 }] },
      'reviewer',
    )
    expect(unknown.status).toBe(400)
    expect(JSON.stringify(unknown.body)).toContain('\\"vibes\\" is not a criterion')
    // Nothing was stored by any of them.
    expect((await proposalAs(other, 'organizer')).reviewCount).toBe(0)
  })

  test('organizers sort proposals by their weighted average', async () => {
    const low = await submit()
    const res = await post('/api/reviews', { proposal: low, scores: scores(1, 2, 1) }, 'reviewer')
    expect(res.status).toBe(201)
    const list = await api(
      '/api/proposals?where[reviewCount][greater_than]=0&sort=-reviewScore&depth=0',
      {
        as: 'organizer',
      },
    )
    const values = (list.body.docs as Json[]).map((d) => d.reviewScore as number)
    expect(values.length).toBeGreaterThanOrEqual(2)
    expect(values).toEqual([...values].sort((a, b) => b - a))
    expect(values[0]).toBe(4.25)
  })

  test('changing a weight recomputes every score', async () => {
    const call = (await api('/api/globals/content-call', { as: 'organizer' })).body
    const criteria = (call.criteria as Json[]).map((c) =>
      c.key === 'fit' ? { ...c, weight: 0 } : c,
    )
    await setCall({ criteria })
    await runJobs()
    // fit no longer counts: (5 + 5) / 2 and (5 + 5) / 2
    expect((await api(`/api/reviews/${first}`, { as: 'organizer' })).body.weightedScore).toBe(5)
    expect((await proposalAs(proposal, 'organizer')).reviewScore).toBe(5)
    await setCall({ criteria: (call.criteria as Json[]).map((c) => ({ ...c })) })
    await runJobs()
    expect((await proposalAs(proposal, 'organizer')).reviewScore).toBe(4.25)
  })

  test('blind review hides who submitted from reviewers, not from organizers', async () => {
    const visible = await proposalAs(proposal, 'reviewer')
    expect(visible.submitterName).toMatch(/^Submitter/)
    await setCall({ blindReview: true })
    try {
      const blind = await proposalAs(proposal, 'reviewer')
      expect(blind.title).toBeDefined()
      for (const key of [
        'submitterName',
        'submitterPronouns',
        'organizationName',
        'organization',
      ]) {
        expect(blind[key]).toBeUndefined()
      }
      // Payload answers a hidden array as empty: no names either way.
      expect(blind.coFacilitators ?? []).toEqual([])
      const gql = await client.graphql(
        'reviewer',
        `query($id: String!) { Proposal(id: $id) { title submitterName organizationName coFacilitators { name } } }`,
        { id: proposal },
      )
      const p = gql.body.data?.Proposal as Json
      expect(p.title).toBeDefined()
      expect(p.submitterName ?? null).toBeNull()
      expect(p.organizationName ?? null).toBeNull()
      expect(p.coFacilitators ?? []).toEqual([])
      // Nor can a reviewer find proposals by who sent them.
      const query = await api(
        `/api/proposals?where[submitterName][equals]=${encodeURIComponent(visible.submitterName as string)}`,
        { as: 'reviewer' },
      )
      expect(query.status === 200 ? query.body.totalDocs : 0).toBe(0)
      expect((await api('/api/proposals?sort=submitterName', { as: 'reviewer' })).status).toBe(400)
      // Through a review, populated, neither.
      const review = await api(`/api/reviews/${first}?depth=1`, { as: 'reviewer' })
      expect((review.body.proposal as Json).submitterName).toBeUndefined()

      expect((await proposalAs(proposal, 'organizer')).submitterName).toBe(visible.submitterName)
    } finally {
      await setCall({ blindReview: false })
    }
    expect((await proposalAs(proposal, 'reviewer')).submitterName).toBe(visible.submitterName)
  })
})

describe('decisions', () => {
  test('a decision drafts an email in the submitter’s language; nothing leaves before release', async () => {
    const id = await submit({ submitterEmail: 'lucia@example.org', submitterName: 'Lucía' }, 'es')
    expect(
      (await patch(`/api/proposals/${id}`, { reviewState: 'accepted' }, 'organizer')).status,
    ).toBe(200)
    const [draft] = await outboxFor(id)
    expect(draft).toMatchObject({
      status: 'draft',
      decision: 'accepted',
      language: 'es',
      to: 'lucia@example.org',
    })
    expect(draft!.subject).toMatch(
      /^Tu propuesta «Community land trusts in practice \d+» fue aceptada$/,
    )
    expect(draft!.body).toContain('Hola, Lucía:')
    expect(draft!.body).toContain(nextGathering(new Date()).title.en)

    // Running the queue sends the submission's confirmation, not the decision.
    await runJobs()
    const decisionsTo = (to: string) =>
      smtp.mails.filter((m) => m.to.includes(to) && m.subject === draft!.subject)
    expect(decisionsTo('lucia@example.org')).toHaveLength(0)

    // Only organizers see and release the outbox.
    for (const who of ['reviewer', 'moderator']) {
      expect((await api('/api/decision-emails', { as: who })).status).toBe(403)
      expect((await post('/api/decision-emails/release', { all: true }, who)).status).toBe(403)
    }
    expect((await api('/api/decision-emails')).status).toBe(403)
    expect((await post('/api/decision-emails/release', { all: true })).status).toBe(401)
    const bad = await post('/api/decision-emails/release', {}, 'organizer')
    expect(bad.status).toBe(400)
    expect(bad.body.field).toBe('ids')

    // A draft can be personalised; its state cannot be forged.
    const edited = await patch(
      `/api/decision-emails/${draft!.id}`,
      { body: `${draft!.body}\n\nP.D.: ¡gracias por la propuesta tan clara!`, status: 'sent' },
      'organizer',
    )
    expect(edited.status).toBe(200)
    expect((edited.body.doc as Json).status).toBe('draft')

    const released = await post('/api/decision-emails/release', { ids: [draft!.id] }, 'organizer')
    expect(released.status).toBe(200)
    expect(released.body).toEqual({ released: [draft!.id], skipped: [] })
    expect((await outboxFor(id))[0]).toMatchObject({
      status: 'released',
      releasedBy: ids.organizer,
    })

    await runJobs()
    const mails = decisionsTo('lucia@example.org')
    expect(mails).toHaveLength(1)
    expect(mails[0]!.subject).toBe(draft!.subject)
    expect(mails[0]!.data).toContain('gracias por la propuesta tan clara')
    const sent = (await outboxFor(id))[0]!
    expect(sent).toMatchObject({ status: 'sent', attempts: 1 })
    expect(Date.parse(sent.sentAt as string)).toBeGreaterThan(Date.now() - 120_000)

    // Released twice, sent once; a sent email is a record.
    const again = await post('/api/decision-emails/release', { ids: [draft!.id] }, 'organizer')
    expect(again.body).toEqual({
      released: [],
      skipped: [{ id: draft!.id, reason: 'already sent' }],
    })
    await runJobs()
    expect(decisionsTo('lucia@example.org')).toHaveLength(1)
    expect(
      (await patch(`/api/decision-emails/${draft!.id}`, { body: 'changed' }, 'organizer')).status,
    ).toBe(409)
  })

  test('a changed decision supersedes the unreleased draft; release all sends each draft once', async () => {
    const id = await submit({ submitterEmail: 'mo@example.org' })
    await patch(`/api/proposals/${id}`, { reviewState: 'waitlisted' }, 'organizer')
    await patch(`/api/proposals/${id}`, { reviewState: 'rejected' }, 'organizer')
    const [old, current] = await outboxFor(id)
    expect(old).toMatchObject({ decision: 'waitlisted', status: 'superseded' })
    expect(current).toMatchObject({ decision: 'rejected', status: 'draft' })
    expect(current!.subject).toMatch(/^About your proposal/)

    const drafts = (
      await api('/api/decision-emails?where[status][equals]=draft&limit=100', { as: 'organizer' })
    ).body.totalDocs as number
    const all = await post('/api/decision-emails/release', { all: true }, 'organizer')
    expect((all.body.released as string[]).length).toBe(drafts)
    const sentCount = async () =>
      (await api('/api/decision-emails?where[status][equals]=sent&limit=0', { as: 'organizer' }))
        .body.totalDocs as number
    const before = await sentCount()
    await runJobs()
    expect((await sentCount()) - before).toBe(drafts)
    // Each released draft reached the mail server once (confirmations to the same address aside).
    const subjects = new Set(smtp.mails.map((m) => m.subject))
    const released = await api(
      `/api/decision-emails?where[id][in]=${(all.body.released as string[]).join(',')}&limit=100`,
      { as: 'organizer' },
    )
    for (const d of released.body.docs as Json[])
      expect(subjects.has(d.subject as string)).toBe(true)
    expect(
      smtp.mails.filter((m) => m.to.includes('mo@example.org') && m.subject === current!.subject),
    ).toHaveLength(1)
  })

  test('a failed send is recorded with its error, and the email is not lost', async () => {
    const id = await submit({ submitterEmail: 'unlucky@example.org' })
    await patch(`/api/proposals/${id}`, { reviewState: 'accepted' }, 'organizer')
    const [draft] = await outboxFor(id)
    smtp.failing = true
    try {
      await post('/api/decision-emails/release', { ids: [draft!.id] }, 'organizer')
      await runJobs()
    } finally {
      smtp.failing = false
    }
    const failed = (await outboxFor(id))[0]!
    expect(failed).toMatchObject({ status: 'released', attempts: 1 })
    expect(failed.lastError).toMatch(/451/)
    expect(failed.sentAt ?? null).toBeNull()
  })
})

describe('sessions from accepted proposals', () => {
  test('one action makes exactly one pending session with people, languages and needs carried over', async () => {
    const id = await submit({
      submitterEmail: 'facilitator@example.org',
      submitterPronouns: 'she/her',
    })
    const early = await post(`/api/proposals/${id}/session`, {}, 'organizer')
    expect(early.status).toBe(409)
    expect(early.body.error).toMatch(/Only accepted proposals/)
    await patch(`/api/proposals/${id}`, { reviewState: 'accepted' }, 'organizer')

    expect((await post(`/api/proposals/${id}/session`, {})).status).toBe(401)
    expect((await post(`/api/proposals/${id}/session`, {}, 'reviewer')).status).toBe(403)

    // Several clicks at once still make one session.
    const answers = await Promise.all(
      [1, 2, 3, 4].map(() => post(`/api/proposals/${id}/session`, {}, 'organizer')),
    )
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409, 409, 409])
    const sessionId = (answers.find((a) => a.status === 201)!.body.session as Json).id as string
    for (const a of answers) expect((a.body.session as Json).id).toBe(sessionId)
    const count = await api(`/api/sessions?where[proposal][equals]=${id}&limit=0`, {
      as: 'organizer',
    })
    expect(count.body.totalDocs).toBe(1)

    const session = (await api(`/api/sessions/${sessionId}?depth=1`, { as: 'organizer' })).body
    const gathering = (await api('/api/globals/content-call?depth=0', { as: 'organizer' })).body
      .gathering
    expect(session).toMatchObject({
      moderationStatus: 'pending',
      title: expect.stringMatching(/^Community land trusts in practice/),
      format: 'workshop',
      languages: ['en', 'es'],
      event: expect.objectContaining({ id: gathering }),
      proposal: expect.objectContaining({ id }),
    })
    const people = (session.facilitators as Json[]).map((p) => [p.name, p.pronouns ?? null])
    expect(people).toEqual([
      [expect.stringMatching(/^Submitter/), 'she/her'],
      [expect.stringMatching(/^Co-facilitator/), null],
    ])
    expect(session.facilitatorNeeds).toMatch(/Access needs: Step-free route/)
    expect(session.facilitatorNeeds).toMatch(/Childcare: One child/)

    // The proposal shows its session.
    const proposal = await proposalAs(id, 'organizer')
    expect((proposal.session as { docs: unknown[] }).docs).toEqual([sessionId])

    // Pending: the public cannot see it; published, it shows without the private needs.
    expect((await api(`/api/sessions/${sessionId}`)).status).toBe(404)
    expect(
      (await patch(`/api/sessions/${sessionId}`, { moderationStatus: 'published' }, 'organizer'))
        .status,
    ).toBe(200)
    const pub = await api(`/api/sessions/${sessionId}`)
    expect(pub.status).toBe(200)
    expect(pub.body.facilitatorNeeds).toBeUndefined()
    expect(pub.body.proposal).toBeUndefined()
    expect(
      (await api(`/api/sessions/${sessionId}`, { as: 'reviewer' })).body.facilitatorNeeds,
    ).toBeUndefined()
  })
})

describe('erasure of access needs after the gathering', () => {
  // Erasure is for a call whose gathering is over: the demo's archived Dual Power 2022.
  beforeAll(async () => {
    const found = await api('/api/events?where[slug][equals]=dual-power-2022&depth=0')
    await setCall({ gathering: ((found.body.docs as Json[])[0] as Json).id })
  })

  /** Proposals that still hold access needs or childcare requests (title and values). */
  const withNeeds = async () =>
    (
      (
        await api(
          '/api/proposals?where[or][0][accessNeeds][exists]=true&where[or][1][childcareRequest][exists]=true&limit=100&depth=0',
          { as: 'organizer' },
        )
      ).body.docs as Json[]
    ).map((d) => [d.title, d.accessNeeds ?? null, d.childcareRequest ?? null])

  // The command line, as an operator runs it (beside the running server, on its database).
  const erase = () => runCli('erase-access-needs', [], env)

  test('waits for the configured days, then erases and logs what it erased', async () => {
    await setCall({ eraseAfterDays: 3650 })
    const waiting = await erase()
    expect(waiting.status).toBe(0)
    // The seeded gathering ended on 31 July 2022.
    expect(waiting.stdout).toContain('Nothing erased: waiting until 2032-07-28')
    // Those that say something (an empty answer is cleared but not reported).
    const before = (await withNeeds()).filter(([, a, c]) => a || c).length
    expect(before).toBeGreaterThan(3)

    await setCall({ eraseAfterDays: 0 })
    const run = await erase()
    expect(run.status).toBe(0)
    expect(run.stdout).toMatch(/Erased \d+ documents/)
    expect(await withNeeds()).toEqual([])
    const sessions = await api('/api/sessions?where[facilitatorNeeds][exists]=true&limit=0', {
      as: 'organizer',
    })
    expect(sessions.body.totalDocs).toBe(0)

    const log = await api('/api/erasure-log?depth=0', { as: 'organizer' })
    expect(log.body.totalDocs).toBe(1)
    const entry = (log.body.docs as Json[])[0]!
    const erased = entry.erased as { collection: string; documentId: string; fields: string }[]
    expect(erased.filter((e) => e.collection === 'proposals')).toHaveLength(before)
    expect(erased).toContainEqual(
      expect.objectContaining({ collection: 'sessions', fields: 'facilitatorNeeds' }),
    )
    expect(erased).toContainEqual(
      expect.objectContaining({ collection: 'proposals', fields: 'accessNeeds, childcareRequest' }),
    )
    // The record names documents and fields, never what they said.
    expect(JSON.stringify(entry)).not.toMatch(/Step-free route|One child/)
    expect((await api('/api/erasure-log', { as: 'reviewer' })).status).toBe(403)
    expect((await post('/api/erasure-log', { summary: 'forged' }, 'admin')).status).toBe(403)

    // Nothing left: a second run erases nothing and writes no record.
    expect((await erase()).stdout).toContain('Erased 0 documents')
    expect((await api('/api/erasure-log?limit=0', { as: 'organizer' })).body.totalDocs).toBe(1)
  }, 240_000)
})
