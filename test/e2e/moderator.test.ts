/** A moderator works through the queue: dashboard, one item by hand, the rest in bulk. */
import type { Browser, Page } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'

import { paragraphs } from '../../plugins/shared/richText.js'
import { type ApiClient, apiClient, type Json } from '../helpers/api.js'
import { launchChromium, loginToAdmin } from '../helpers/browser.js'
import { type ServerProcess, startSeededServer } from '../helpers/server.js'

let close: () => Promise<void>
let server: ServerProcess
let browser: Browser
let client: ApiClient
const queued: Record<string, string> = {}

const pendingCount = async (collection: string) =>
  (await client.call('admin', `/api/${collection}/count?where[moderationStatus][equals]=pending`))
    .body.totalDocs as number

beforeAll(async () => {
  ;({ server, close } = await startSeededServer('sqlite'))
  browser = await launchChromium()
  client = apiClient(server.url)
  await client.login('admin', 'organizer')
  // Four posts wait for review, as if they had come in from a form.
  for (const title of [
    'Queue: rent strike report',
    'Queue: seed library',
    'Queue: tool library',
    'Queue: spam offer',
  ]) {
    const { body } = await client.call('organizer', '/api/posts', {
      method: 'POST',
      body: JSON.stringify({
        title,
        body: paragraphs(`${title}: what happened.`, 'A second paragraph.'),
        moderationStatus: 'pending',
      }),
    })
    queued[title] = (body.doc as Json).id as string
  }
}, 180_000)

afterAll(async () => {
  await browser?.close()
  await close?.()
})

describe('a moderator in the admin', () => {
  let page: Page

  test('sees the queue on the dashboard with counts, and opens an item in one click', async () => {
    page = await browser.newPage({ viewport: { width: 1280, height: 1000 } })
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    await loginToAdmin(page, server.url, 'moderator@example.org')

    const queue = page.getByRole('region', { name: 'Moderation queue' })
    const posts = await pendingCount('posts')
    expect(posts).toBeGreaterThanOrEqual(4)
    await expect(queue.getByRole('heading', { name: `Posts (${posts})` }).count()).resolves.toBe(1)
    const total = (
      await Promise.all(['posts', 'events', 'sessions', 'organizations'].map(pendingCount))
    ).reduce((a, b) => a + b, 0)
    await expect(queue.getByText(`${total} items are waiting for review.`).count()).resolves.toBe(1)

    await queue.getByRole('link', { name: 'Queue: rent strike report' }).click()
    await page.waitForURL(
      new RegExp(`/admin/collections/posts/${queued['Queue: rent strike report']}$`),
    )
    const history = page.getByRole('region', { name: 'Moderation history' })
    await history.getByText('Pending review').waitFor()
    // What a moderator may not change is read-only on their screen; the state and note are not.
    await expect(page.locator('#field-title').isEditable()).resolves.toBe(false)
    const editor = (label: RegExp) =>
      page.locator('.field-type').filter({ hasText: label }).locator('[contenteditable]').first()
    await expect(editor(/^Body/).getAttribute('contenteditable')).resolves.toBe('false')
    await expect(editor(/^Staff note/).getAttribute('contenteditable')).resolves.toBe('true')
    // Who created it, by name, though moderators may not read accounts (in the closed group).
    await page
      .locator('.collapsible', { hasText: 'Details kept by the system' })
      .locator('.collapsible__toggle')
      .first()
      .click()
    const createdBy = page.locator('.created-by')
    await expect(createdBy.textContent()).resolves.toBe('Created byDemo organizer')
    await expect(page.getByText(/Untitled - ID/).count()).resolves.toBe(0)

    // Publish it from the state field, as an organizer would.
    await page.locator('#field-moderationStatus').click()
    await page.getByText('Published', { exact: true }).last().click()
    await page.getByRole('button', { name: 'Save' }).click()
    await page
      .getByText(/updated successfully/i)
      .first()
      .waitFor()
    // The history shows the change without a reload.
    await history.getByText('by Demo moderator').first().waitFor()
    expect(await history.locator('li').count()).toBe(2)
    const anonymous = await fetch(`${server.url}/api/posts/${queued['Queue: rent strike report']}`)
    expect(anonymous.status).toBe(200)
    expect(errors).toEqual([])
  }, 120_000)

  test('publishes and hides the rest in bulk from the filtered list', async () => {
    await page.goto(`${server.url}/admin`)
    const queue = page.getByRole('region', { name: 'Moderation queue' })
    const posts = await pendingCount('posts')
    await queue.getByRole('link', { name: `Show all ${posts} pending in Posts` }).click()
    await page.waitForURL(/\/admin\/collections\/posts\?/)

    // Hide the spam first, on its own.
    const spamRow = page.getByRole('row', { name: /Queue: spam offer/ })
    await spamRow.getByRole('checkbox').check()
    await page.getByRole('button', { name: 'Set selected to Hidden (1)' }).click()
    await page.getByText('1 item now Hidden.').waitFor()
    await expect(pendingCount('posts')).resolves.toBe(posts - 1)

    // Then everything still pending in the list, in one go.
    await page.reload()
    await page.getByRole('row', { name: /Queue: seed library/ }).waitFor()
    await page.locator('thead').getByRole('checkbox').check()
    await page.getByRole('button', { name: `Set selected to Published (${posts - 1})` }).click()
    await page.getByText(`${posts - 1} items now Published.`).waitFor()
    await expect(pendingCount('posts')).resolves.toBe(0)

    const spam = await client.call('admin', `/api/posts/${queued['Queue: spam offer']}`)
    expect(spam.body.moderationStatus).toBe('hidden')
    expect((await fetch(`${server.url}/api/posts/${queued['Queue: spam offer']}`)).status).toBe(404)
    const seed = await fetch(`${server.url}/api/posts/${queued['Queue: seed library']}`)
    expect(seed.status).toBe(200)
    const log = await client.call(
      'admin',
      `/api/moderation-log?where[documentId][equals]=${queued['Queue: spam offer']}&sort=createdAt&depth=0`,
    )
    expect((log.body.docs as Json[]).map((entry) => entry.to)).toEqual(['pending', 'hidden'])

    await page.goto(`${server.url}/admin`)
    await expect(
      page
        .getByRole('region', { name: 'Moderation queue' })
        .getByRole('heading', { name: /^Posts/ })
        .count(),
    ).resolves.toBe(0)
  }, 120_000)
})
