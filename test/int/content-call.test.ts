/**
 * Public proposals through the real server: REST and GraphQL keep only the submitter's fields,
 * the call's rules hold (choices, questions, per-email limit, closed call), and anonymous
 * submissions are rate-limited per client while staff are not.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'

import { type ApiClient, apiClient, type Json } from '../helpers/api.js'
import { type ServerProcess, startSeededServer } from '../helpers/server.js'

let close: () => Promise<void>
let server: ServerProcess
let client: ApiClient
const LIMIT = 12

const api = (path: string, { as, ...init }: RequestInit & { as?: string } = {}) =>
  client.call(as, path, init)

let n = 0
/** A valid proposal as a custom frontend would send it, with a unique email. */
const proposal = (extra: Json = {}) => ({
  title: `Building a tenant union from scratch ${++n}`,
  format: 'workshop',
  description: 'Door knocking, first meetings, and the first fight with the landlord.',
  submitterName: 'Ana Ruiz',
  submitterEmail: `ana${n}@example.org`,
  consent: true,
  answers: [{ question: 'recording', value: '1' }],
  ...extra,
})

const stored = async (title: string) => {
  const { body } = await api(`/api/proposals?where[title][equals]=${encodeURIComponent(title)}`, {
    as: 'admin',
  })
  return (body.docs as Json[])[0]
}

beforeAll(async () => {
  ;({ server, close } = await startSeededServer(undefined, { SUBMISSIONS_PER_HOUR: String(LIMIT) }))
  client = apiClient(server.url)
  await client.login('admin', 'organizer', 'reviewer', 'moderator')
}, 180_000)

afterAll(async () => {
  await close?.()
})

describe('public submissions over REST and GraphQL', () => {
  test('anonymous REST: only the submitter fields are stored; privileged ones are ignored', async () => {
    const { body: orgs } = await api('/api/organizations?limit=1', { as: 'admin' })
    const orgId = ((orgs.docs as Json[])[0] as Json).id
    const data = proposal({
      reviewState: 'accepted',
      organization: orgId,
      flagged: 'nothing to see',
      tokenHash: 'a'.repeat(64),
      tokenExpiresAt: '2099-01-01T00:00:00.000Z',
      submittedLanguage: 'es',
      accessNeeds: 'Step-free access, please',
    })
    const res = await api('/api/proposals', { method: 'POST', body: JSON.stringify(data) })
    expect(res.status).toBe(201)
    // The answer shows nothing private or internal to the anonymous submitter.
    const doc = res.body.doc as Json
    for (const key of ['accessNeeds', 'submitterEmail', 'tokenHash', 'flagged']) {
      expect(doc[key]).toBeUndefined()
    }
    expect(doc.reviewState).toBe('pending')
    const saved = (await stored(data.title as string))!
    expect(saved).toMatchObject({
      reviewState: 'pending',
      organization: null,
      flagged: null,
      submittedLanguage: 'en',
      accessNeeds: 'Step-free access, please',
      submitterEmail: data.submitterEmail,
      answers: [expect.objectContaining({ question: 'recording', value: 'Audio only' })],
    })
    expect(saved.tokenHash).toBeUndefined()
  })

  test('anonymous GraphQL: the same rules', async () => {
    const title = 'Solidarity economy 101 (GraphQL)'
    const res = await client.graphql(
      undefined,
      `mutation { createProposal(data: { title: "${title}", format: workshop, description: "Basics.", submitterName: "Li", submitterEmail: "li@example.org", consent: true, reviewState: accepted, answers: [{ question: "recording", value: "0" }] }) { id reviewState } }`,
    )
    expect(res.body.errors).toBeUndefined()
    expect(await stored(title)).toMatchObject({
      reviewState: 'pending',
      submitterEmail: 'li@example.org',
    })
  })

  test('the call’s rules: choices offered, required questions, consent, all errors at once', async () => {
    const res = await api('/api/proposals', {
      method: 'POST',
      body: JSON.stringify(
        proposal({
          format: 'plenary',
          track: 'nope',
          consent: false,
          answers: [],
          submitterEmail: 'x',
        }),
      ),
    })
    expect(res.status).toBe(400)
    const paths = (
      (res.body.errors as Json[])[0]!.data as { errors: { path: string }[] }
    ).errors.map((e) => e.path)
    expect(paths.sort()).toEqual([
      'answers.recording',
      'consent',
      'format',
      'submitterEmail',
      'track',
    ])
  })

  test('at most maxPerEmail proposals per address (withdrawn ones do not count)', async () => {
    const email = 'busy@example.org'
    for (let i = 0; i < 3; i++) {
      const ok = await api('/api/proposals', {
        method: 'POST',
        body: JSON.stringify(proposal({ submitterEmail: email })),
      })
      expect(ok.status).toBe(201)
    }
    const fourth = await api('/api/proposals', {
      method: 'POST',
      body: JSON.stringify(proposal({ submitterEmail: 'Busy@Example.org' })),
    })
    expect(fourth.status).toBe(400)
    expect(JSON.stringify(fourth.body)).toContain(
      'You have already sent 3 proposals with this email',
    )
  })

  test('a closed call refuses with a clear message; staff can still add proposals', async () => {
    const settings = await api('/api/globals/content-call', {
      method: 'POST',
      as: 'organizer',
      body: JSON.stringify({ closesAt: '2026-01-02T00:00:00.000Z' }),
    })
    expect(settings.status).toBe(200)
    try {
      const res = await api('/api/proposals', { method: 'POST', body: JSON.stringify(proposal()) })
      expect(res.status).toBe(403)
      expect((res.body.errors as Json[])[0]!.message).toMatch(
        /^The content call closed on 2 January 2026/,
      )
      const staff = await api('/api/proposals', {
        method: 'POST',
        as: 'organizer',
        body: JSON.stringify({ ...proposal(), reviewState: 'in-review' }),
      })
      expect(staff.status).toBe(201)
      expect((staff.body.doc as Json).reviewState).toBe('in-review')
    } finally {
      await api('/api/globals/content-call', {
        method: 'POST',
        as: 'organizer',
        body: JSON.stringify({ closesAt: '2027-12-31T23:59:00.000Z' }),
      })
    }
  })

  test('reviewers cannot submit as staff: their proposals follow the public rules', async () => {
    const data = proposal({ reviewState: 'accepted' })
    const res = await api('/api/proposals', {
      method: 'POST',
      as: 'reviewer',
      body: JSON.stringify(data),
    })
    expect(res.status).toBe(201)
    expect((await stored(data.title as string))!.reviewState).toBe('pending')
  })

  test('oversized bodies are refused before they are read', async () => {
    const res = await api('/api/proposals', {
      method: 'POST',
      body: JSON.stringify(proposal({ description: 'x'.repeat(200 * 1024) })),
    })
    expect(res.status).toBe(413)
    expect((res.body.errors as Json[])[0]!.message).toMatch(/too large \(over 128 KB\)/)
  })

  test('anonymous sign-on over REST: own fields only, an endorser, pending, hidden from moderators until confirmed', async () => {
    const res = await api('/api/organizations', {
      method: 'POST',
      body: JSON.stringify({
        name: 'Eastside Tenants Union',
        kind: 'tenant-union',
        city: 'Gary',
        listPublicly: true,
        privateContact: { name: 'Dee', email: 'dee@example.org' },
        // None of these may come from the public:
        relationship: ['organizer', 'sponsor'],
        sponsorTier: 'sustainer',
        moderationStatus: 'featured',
        hyperactiveCollectiveId: 99,
        awaitingConfirmation: false,
        signOnTokenHash: 'b'.repeat(64),
      }),
    })
    expect(res.status).toBe(201)
    const id = (res.body.doc as Json).id as string
    const asOrganizer = await api(`/api/organizations/${id}`, { as: 'organizer' })
    expect(asOrganizer.body).toMatchObject({
      name: 'Eastside Tenants Union',
      relationship: ['endorser'],
      moderationStatus: 'pending',
      awaitingConfirmation: true,
      signOnLanguage: 'en',
      privateContact: { name: 'Dee', email: 'dee@example.org' },
    })
    expect(asOrganizer.body.sponsorTier ?? null).toBeNull()
    expect(asOrganizer.body.hyperactiveCollectiveId ?? null).toBeNull()
    expect(asOrganizer.body.signOnTokenHash).toBeUndefined()
    // Moderators (and the public) do not see it before the email is confirmed.
    expect((await api(`/api/organizations/${id}`, { as: 'moderator' })).status).toBe(404)
    expect((await api(`/api/organizations/${id}`)).status).toBe(404)
    const queue = await api('/api/organizations?where[moderationStatus][equals]=pending', {
      as: 'moderator',
    })
    expect((queue.body.docs as Json[]).map((d) => d.name)).not.toContain('Eastside Tenants Union')
  })

  test('a sign-on without its contact or with a bad website is refused field by field', async () => {
    const res = await api('/api/organizations', {
      method: 'POST',
      body: JSON.stringify({ name: 'X', kind: 'nonsense', website: 'javascript:alert(1)' }),
    })
    expect(res.status).toBe(400)
    const paths = ((res.body.errors as Json[])[0]!.data as { errors: { path: string }[] }).errors
      .map((e) => e.path)
      .sort()
    expect(paths).toEqual(['kind', 'privateContact.email', 'privateContact.name', 'website'])
  })

  test('anonymous submissions are limited per client, with a message; staff are not', async () => {
    let limited: { status: number; body: Json } | undefined
    for (let i = 0; i <= LIMIT && !limited; i++) {
      const res = await api('/api/proposals', { method: 'POST', body: JSON.stringify(proposal()) })
      if (res.status === 429) limited = res
      else expect(res.status).toBe(201)
    }
    expect(limited).toBeDefined()
    expect((limited!.body.errors as Json[])[0]!.message).toMatch(
      /^Too many submissions from your connection\. Please wait \d+ minute/,
    )
    const gql = await client.graphql(
      undefined,
      // Without reviewState: submitters need not (and cannot) send it.
      'mutation { createProposal(data: { title: "x", description: "y", submitterName: "z", submitterEmail: "z@example.org", consent: true, format: workshop }) { id } }',
    )
    expect(gql.body.errors?.[0]?.message).toMatch(/^Too many submissions/)
    const staff = await api('/api/proposals', {
      method: 'POST',
      as: 'organizer',
      body: JSON.stringify(proposal()),
    })
    expect(staff.status).toBe(201)
  })
})
