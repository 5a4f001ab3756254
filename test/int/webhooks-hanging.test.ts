/**
 * A receiver that hangs must not slow down saving: the server runs its own job queue here (as
 * in production), a webhook's receiver holds every request open, and saves made meanwhile
 * complete in normal time while that request is still waiting.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals'

import { type ApiClient, apiClient, type Json } from '../helpers/api.js'
import { type ServerProcess, startSeededServer } from '../helpers/server.js'
import { type Receiver, startReceiver } from '../helpers/webhookReceiver.js'

const TIMEOUT_MS = 30_000

let close: () => Promise<void>
let server: ServerProcess
let client: ApiClient
let receiver: Receiver

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Creates a published post and answers how long the save took. */
async function timedSave(title: string) {
  const started = performance.now()
  const res = await client.call('organizer', '/api/posts', {
    method: 'POST',
    body: JSON.stringify({ title, moderationStatus: 'published' }),
  })
  const ms = performance.now() - started
  expect(res.status).toBe(201)
  return { ms, id: (res.body.doc as Json).id as string }
}

beforeAll(async () => {
  receiver = await startReceiver()
  receiver.plan('/slow', ['hang'])
  ;({ server, close } = await startSeededServer(undefined, {
    JOBS_AUTORUN: 'true',
    WEBHOOK_TIMEOUT_MS: String(TIMEOUT_MS),
  }))
  client = apiClient(server.url)
  await client.login('admin', 'organizer')
}, 180_000)

afterAll(async () => {
  await close?.()
  await receiver?.close()
})

test('saves complete while a receiver hangs, and the delivery reaches it within seconds', async () => {
  const baseline: number[] = []
  for (let i = 0; i < 3; i++) baseline.push((await timedSave(`Before the webhook ${i}`)).ms)

  const hook = await client.call('admin', '/api/webhooks', {
    method: 'POST',
    body: JSON.stringify({
      url: receiver.url('/slow'),
      collections: ['posts'],
      allowPrivateNetwork: true,
    }),
  })
  expect(hook.status).toBe(201)

  const first = await timedSave('The first post a hanging receiver hears about')
  const queuedAt = Date.now()
  while (receiver.at('/slow').length === 0 && Date.now() - queuedAt < 20_000) await wait(50)
  expect(receiver.at('/slow')).toHaveLength(1)
  const heardAfter = receiver.at('/slow')[0]!.at - queuedAt
  expect(receiver.open('/slow')).toBe(true)

  const during: number[] = []
  for (let i = 0; i < 5; i++) during.push((await timedSave(`While the receiver hangs ${i}`)).ms)
  // The receiver still holds the first delivery: none of these saves waited for it.
  expect(receiver.open('/slow')).toBe(true)
  expect(Math.max(...during)).toBeLessThan(5_000)
  console.log(
    `webhooks-hanging: delivery heard ${heardAfter} ms after the save; ` +
      `saves before the webhook ${baseline.map(Math.round).join('/')} ms, ` +
      `while the receiver hung ${during.map(Math.round).join('/')} ms (timeout ${TIMEOUT_MS} ms)`,
  )
  const log = await client.call(
    'admin',
    `/api/webhook-deliveries?where[documentId][equals]=${first.id}&depth=0`,
  )
  expect((log.body.docs as Json[])[0]).toMatchObject({ status: 'queued', attempts: 0 })
})
