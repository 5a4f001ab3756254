/**
 * 200 valid proposals sent at once over REST (the path custom frontends use, through the same
 * hooks as the form) are all stored: none lost, none doubled. The time is reported, not
 * asserted (speed belongs to `npm run bench`).
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals'

import { type ApiClient, apiClient, type Json } from '../helpers/api.js'
import { type ServerProcess, startSeededServer } from '../helpers/server.js'

const CONCURRENT = 200
let close: () => Promise<void>
let server: ServerProcess
let client: ApiClient

beforeAll(async () => {
  ;({ server, close } = await startSeededServer(undefined, { SUBMISSIONS_PER_HOUR: '1000' }))
  client = apiClient(server.url)
  await client.login('admin')
}, 180_000)

afterAll(async () => {
  await close?.()
})

test(`${CONCURRENT} concurrent submissions: every one stored exactly once`, async () => {
  const count = async () =>
    (await client.call('admin', '/api/proposals?limit=0')).body.totalDocs as number
  const before = await count()
  const started = Date.now()
  const results = await Promise.all(
    Array.from({ length: CONCURRENT }, (_, i) =>
      client.call(undefined, '/api/proposals', {
        method: 'POST',
        body: JSON.stringify({
          title: `Load test proposal ${i}`,
          format: 'discussion',
          description: 'Sent with 199 others at the same moment.',
          submitterName: `Submitter ${i}`,
          submitterEmail: `load${i}@example.org`,
          consent: true,
          answers: [{ question: 'recording', value: '2' }],
        }),
      }),
    ),
  )
  const seconds = (Date.now() - started) / 1000
  const failed = results.filter((r) => r.status !== 201)
  expect(failed.map((r) => [r.status, JSON.stringify(r.body).slice(0, 200)])).toEqual([])
  expect(await count()).toBe(before + CONCURRENT)
  const { body } = await client.call(
    'admin',
    `/api/proposals?where[title][like]=Load%20test%20proposal&limit=${CONCURRENT + 10}&depth=0`,
  )
  const titles = new Set((body.docs as Json[]).map((d) => d.title))
  expect(titles.size).toBe(CONCURRENT)
  console.log(
    `${CONCURRENT} concurrent submissions stored in ${seconds.toFixed(1)} s (${(CONCURRENT / seconds).toFixed(0)}/s)`,
  )
}, 180_000)
