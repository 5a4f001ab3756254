import type { Browser, Page } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'

import { generateHyperactiveEvents } from '../../bench/fixtures/hyperactiveEvents.js'
import { launchChromium, loginToAdmin } from '../helpers/browser.js'
import { type ServerProcess, startSeededServer } from '../helpers/server.js'

let close: () => Promise<void>
let server: ServerProcess
let browser: Browser

const login = (page: Page, email: string) => loginToAdmin(page, server.url, email)

beforeAll(async () => {
  // The gathering's zone as its organizers would set it: the admin's default for new dates.
  ;({ server, close } = await startSeededServer('sqlite', { SITE_TIME_ZONE: 'America/Chicago' }))
  browser = await launchChromium()
}, 180_000)

afterAll(async () => {
  await browser?.close()
  await close?.()
})

describe('an organizer in the admin', () => {
  test('creates an event at a place, and the API serves it', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } })
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    await login(page, 'organizer@example.org')

    await page.goto(`${server.url}/admin/collections/events/create`)
    await page.getByLabel(/^Title/).fill('Tenant union open meeting')
    const starts = page.locator('#field-startsAt input').first()
    await starts.click()
    await starts.fill('08/15/2026 6:30 PM')
    await starts.press('Enter')
    await page.keyboard.press('Escape')

    await page.locator('#field-place').click()
    await page.getByText('Indiana Dunes campground', { exact: true }).last().click()
    await page.getByLabel('Room').fill('Dune room')

    // New content starts pending; the organizer publishes it from the sidebar.
    await page.locator('#field-moderationStatus').click()
    await page.getByText('Published', { exact: true }).last().click()

    await page.getByRole('button', { name: 'Save' }).click()
    await page.waitForURL(/\/admin\/collections\/events\/[0-9a-f-]{36}$/, { timeout: 30_000 })
    const id = new URL(page.url()).pathname.split('/').pop()
    expect(errors).toEqual([])

    const res = await fetch(`${server.url}/api/events/${id}?depth=1`)
    const event = (await res.json()) as {
      title: string
      slug: string
      room: string
      startsAt: string
      startsAt_tz: string
      place: { name: string }
      moderationStatus: string
    }
    expect(event).toMatchObject({
      title: 'Tenant union open meeting',
      slug: 'tenant-union-open-meeting',
      room: 'Dune room',
      startsAt_tz: 'America/Chicago',
      place: { name: 'Indiana Dunes campground' },
      moderationStatus: 'published',
    })
    // 6:30 PM in Chicago (CDT, UTC−5) is 23:30 UTC.
    expect(event.startsAt).toBe('2026-08-15T23:30:00.000Z')
    await page.close()
  }, 120_000)

  test('a long import shows where it is and the time left, is found again after a reload, and cancels', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } })
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    await login(page, 'organizer@example.org')
    await page.goto(`${server.url}/admin/collections/events`)
    await page.getByText('Import Hyperactive XML').click()
    await page.getByLabel('XML file').setInputFiles({
      name: 'calendar.xml',
      mimeType: 'application/xml',
      buffer: Buffer.from(generateHyperactiveEvents(3000, 600_000)),
    })
    await page.getByRole('button', { name: 'Import' }).click()
    const status = page.getByRole('status')
    const writing = status.getByText(/^Writing: \d+ of 3000 events done, \d+ written\./)
    await writing.waitFor({ timeout: 60_000 })
    await status.getByText(/About \d+ (s|min) left\./).waitFor({ timeout: 30_000 })
    expect(await page.getByRole('progressbar').getAttribute('max')).toBe('3000')

    // Leaving the page does not stop it: back on the list, the form shows it again, open.
    await page.reload()
    await writing.waitFor({ timeout: 30_000 })
    await page.getByRole('button', { name: 'Cancel the import' }).click()
    await status
      .getByText(/^Cancelled\. \d+ events written before the cancel stay/)
      .waitFor({ timeout: 30_000 })
    expect(errors).toEqual([])
    await page.close()
  }, 180_000)

  test('imports a Hyperactive file from the events list: a bad file first, then a good one', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } })
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    await login(page, 'organizer@example.org')
    await page.goto(`${server.url}/admin/collections/events`)
    await page.getByText('Import Hyperactive XML').click()

    const record = (date: string) => `<?xml version="1.0" encoding="UTF-8"?>
<event>
  <auto-moderation-checked type="boolean">true</auto-moderation-checked>
  <date type="datetime">${date}</date>
  <id type="integer">8801</id>
  <moderation-status>published</moderation-status>
  <title>Co-op bakery open day</title>
</event>
`
    const file = page.getByLabel('XML file')
    await file.setInputFiles({
      name: 'bad.xml',
      mimeType: 'application/xml',
      buffer: Buffer.from(record('Saturday')),
    })
    await page.getByRole('button', { name: 'Import' }).click()
    const alert = page.getByRole('alert').filter({ hasText: 'Nothing was imported' })
    await expect(alert.textContent()).resolves.toMatch(
      /line 4: <date>: "Saturday" is not a datetime/,
    )

    await file.setInputFiles({
      name: 'bakery.xml',
      mimeType: 'application/xml',
      buffer: Buffer.from(record('2031-06-07T10:00:00+01:00')),
    })
    await page.getByLabel(/^Check only/).check()
    await page.getByRole('button', { name: 'Check file' }).click()
    const status = page.getByRole('status').filter({ hasText: 'events:' })
    await status.getByText(/1 events: 1 created, 0 updated, 0 unchanged\. Check only/).waitFor()

    await page.getByLabel(/^Check only/).uncheck()
    await page.getByRole('button', { name: 'Import' }).click()
    await status.getByText(/^1 events: 1 created, 0 updated, 0 unchanged\.\s*$/).waitFor()
    // The list refreshes and shows the imported event.
    await page.getByRole('link', { name: 'Co-op bakery open day' }).waitFor()
    expect(errors).toEqual([])
    // The summary links to the file as it now stands here: unedited, the file itself.
    const href = await status
      .getByRole('link', { name: /in the file’s order/ })
      .getAttribute('href')
    expect(href).toMatch(/^\/events\.xml\?import=[\w-]+$/)
    const exported = await page.request.get(`${server.url}${href}`)
    expect(await exported.text()).toBe(record('2031-06-07T10:00:00+01:00'))

    const res = await fetch(`${server.url}/api/events?where[feedId][equals]=8801`)
    const { docs } = (await res.json()) as { docs: { title: string; startsAt: string }[] }
    expect(docs).toEqual([
      expect.objectContaining({
        title: 'Co-op bakery open day',
        startsAt: '2031-06-07T09:00:00.000Z',
      }),
    ])
    await page.close()
  }, 120_000)
})
