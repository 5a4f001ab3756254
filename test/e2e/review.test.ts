/**
 * The content call's organizer side in the admin: a reviewer scores a proposal in the form the
 * call's criteria prefill, an organizer releases the decision emails from the outbox and turns
 * the accepted proposal into its session.
 */
import type { Browser, Page } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'

import { type ApiClient, apiClient, type Json } from '../helpers/api.js'
import { launchChromium, loginToAdmin } from '../helpers/browser.js'
import { type ServerProcess, startSeededServer } from '../helpers/server.js'

let close: () => Promise<void>
let server: ServerProcess
let browser: Browser
let client: ApiClient
let pageErrors: string[] = []

const findOne = async (collection: string, query: string) =>
  (
    (await client.call('organizer', `/api/${collection}?${query}&depth=0&limit=1`)).body
      .docs as Json[]
  )[0]

async function newPage(email: string) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } })
  pageErrors = []
  page.on('pageerror', (error) => pageErrors.push(error.message))
  await loginToAdmin(page, server.url, email)
  return page
}

beforeAll(async () => {
  ;({ server, close } = await startSeededServer('sqlite'))
  browser = await launchChromium()
  client = apiClient(server.url)
  await client.login('organizer')
}, 180_000)

afterAll(async () => {
  await browser?.close()
  await close?.()
})

describe('reviewing and deciding in the admin', () => {
  let page: Page

  test('a reviewer scores each criterion of the call and sees the weighted score', async () => {
    const proposal = (await findOne('proposals', 'where[title][equals]=Land%20trusts%20101'))!
    page = await newPage('reviewer@example.org')
    await page.goto(`${server.url}/admin/collections/reviews/create`)
    // One row per criterion, in the call's order.
    const criteria = page.locator('input[name$=".criterion"]')
    await criteria.nth(2).waitFor()
    expect(await criteria.count()).toBe(3)
    expect(
      await criteria.evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value)),
    ).toEqual(['fit', 'clarity', 'accessibility'])
    await page.locator('#field-proposal').click()
    await page.getByRole('option', { name: 'Land trusts 101' }).click()
    for (const [i, score] of ['4', '3', '5'].entries()) {
      await page.locator(`input[name="scores.${i}.score"]`).fill(score)
    }
    await page.getByLabel(/Comment for the organizers/).fill('Clear plan; step-free venue needed.')
    await page.getByRole('button', { name: 'Save' }).click()
    await page
      .getByText(/successfully/i)
      .first()
      .waitFor()
    await page.waitForURL(/\/admin\/collections\/reviews\/[0-9a-f-]{36}$/)
    await page.reload()
    expect(await page.locator('#field-weightedScore').inputValue()).toBe('4')

    const review = (await findOne('reviews', `where[proposal][equals]=${proposal.id}`))!
    expect(review).toMatchObject({
      weightedScore: 4,
      comment: 'Clear plan; step-free venue needed.',
    })
    expect(pageErrors).toEqual([])
    await page.close()
  }, 120_000)

  test('an organizer sorts by score, releases the decision emails and creates the session', async () => {
    page = await newPage('organizer@example.org')
    await page.goto(`${server.url}/admin/collections/proposals?sort=-reviewScore`)
    await page.locator('table tbody tr').first().waitFor()
    expect(await page.locator('table tbody tr').first().textContent()).toContain('Land trusts 101')
    expect(await page.locator('table thead').textContent()).toMatch(/Score \(weighted\)/)

    // The seed's decisions wait in the outbox as drafts; release them all.
    await page.goto(`${server.url}/admin/collections/decision-emails`)
    const drafts = (
      await client.call('organizer', '/api/decision-emails?where[status][equals]=draft&limit=0')
    ).body.totalDocs as number
    expect(drafts).toBeGreaterThan(0)
    page.once('dialog', (dialog) => void dialog.accept())
    await page.getByRole('button', { name: 'Release all drafts' }).click()
    await page.getByText(`${drafts} emails released: they are being sent.`).waitFor()
    const released = await client.call(
      'organizer',
      '/api/decision-emails?where[status][equals]=released&limit=0',
    )
    expect(released.body.totalDocs).toBe(drafts)

    // The accepted proposal becomes its session in one click.
    const accepted = (await findOne('proposals', 'where[reviewState][equals]=accepted'))!
    await page.goto(`${server.url}/admin/collections/proposals/${accepted.id}`)
    await page.getByRole('button', { name: 'Create session' }).click()
    await page.waitForURL(/\/admin\/collections\/sessions\/[0-9a-f-]{36}$/, { timeout: 30_000 })
    await page.locator('#field-title').waitFor()
    expect(await page.locator('#field-title').inputValue()).toBe(accepted.title)
    const session = (await findOne('sessions', `where[proposal][equals]=${accepted.id}`))!
    expect(session.moderationStatus).toBe('pending')

    // Back on the proposal, the sidebar links to it instead of offering another.
    await page.goto(`${server.url}/admin/collections/proposals/${accepted.id}`)
    await page.getByRole('link', { name: `Open the session “${accepted.title}”` }).waitFor()
    expect(await page.getByRole('button', { name: 'Create session' }).count()).toBe(0)
    expect(pageErrors).toEqual([])
  }, 120_000)
})
