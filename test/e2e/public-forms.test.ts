/**
 * The public proposal form in Chromium: English without JavaScript, Spanish with it, every
 * validation error with the typed values kept, the honeypot and the fill time, the private
 * link (edit, withdraw), and axe-core (WCAG 2.2 AA) on every page and state.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'

import { type ApiClient, apiClient, type Json } from '../helpers/api.js'
import { axeViolations } from '../helpers/axe.js'
import { launchChromium } from '../helpers/browser.js'
import { linkIn, queuedEmails } from '../helpers/outbox.js'
import { type ServerProcess, startSeededServer } from '../helpers/server.js'

let close: () => Promise<void>
let server: ServerProcess
let dbFile: string
let browser: Browser
let client: ApiClient
let noJs: BrowserContext
let withJs: BrowserContext

const setCall = (data: Json) =>
  client.call('organizer', '/api/globals/content-call', {
    method: 'POST',
    body: JSON.stringify(data),
  })

const proposalsTitled = async (title: string) => {
  const { body } = await client.call(
    'admin',
    `/api/proposals?where[title][equals]=${encodeURIComponent(title)}`,
  )
  return body.docs as Json[]
}

const expectNoViolations = async (page: Page) => expect(await axeViolations(page)).toEqual([])

beforeAll(async () => {
  let db: { file?: string }
  ;({ server, close, db } = await startSeededServer('sqlite', { SUBMISSIONS_PER_HOUR: '200' }))
  dbFile = db.file as string
  client = apiClient(server.url)
  await client.login('admin', 'organizer')
  // Playwright types faster than a person: the fill-time check is tested on its own below.
  expect((await setCall({ minFillSeconds: 0 })).status).toBe(200)
  browser = await launchChromium()
  noJs = await browser.newContext({ javaScriptEnabled: false })
  withJs = await browser.newContext()
}, 180_000)

afterAll(async () => {
  await browser?.close()
  await close?.()
})

describe('proposing a session without JavaScript (English)', () => {
  test('every error is listed and shown at its field, typed values stay, then it is sent', async () => {
    const page = await noJs.newPage()
    await page.goto(`${server.url}/propose`)
    expect(await page.getAttribute('html', 'lang')).toBe('en')
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'Propose a session',
    )
    await page.getByLabel(/^Session title/).fill('Rent strike logistics')
    await page.getByLabel(/^Your email/).fill('not-an-email')
    await page.getByLabel('Access needs').fill('Quiet room between sessions')
    await page.getByRole('button', { name: 'Send proposal' }).click()

    const summary = page.locator('.error-summary[role=alert]')
    await expect(summary.getByRole('heading').textContent()).resolves.toBe(
      'There are 6 problems with your proposal',
    )
    const items = await summary.getByRole('listitem').allTextContents()
    expect(items).toEqual([
      'Format: Choose format.',
      'Description: Enter description.',
      'Your name: Enter your name.',
      'Your email: Enter an email address like name@example.org.',
      'I agree that the organizers may contact me about this proposal and publish the session if it is accepted.: Tick the box to agree, or we cannot consider the proposal.',
      'May we record the session?: Choose an answer.',
    ])
    // The summary has focus when the page loads, and each message stands by its field too.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('alert')
    await expect(page.getByLabel(/^Session title/).inputValue()).resolves.toBe(
      'Rent strike logistics',
    )
    await expect(page.getByLabel(/^Your email/).inputValue()).resolves.toBe('not-an-email')
    await expect(page.getByLabel('Access needs').inputValue()).resolves.toBe(
      'Quiet room between sessions',
    )
    await expect(page.getByLabel(/^Your email/).getAttribute('aria-invalid')).resolves.toBe('true')
    await expect(page.locator('#field-submitterEmail-error').textContent()).resolves.toContain(
      'Enter an email address like name@example.org.',
    )

    await page.getByLabel('Workshop').check()
    await page
      .getByLabel(/^Description/)
      .fill('How to organize a rent strike building by building.')
    await page.getByLabel(/^Your name/).fill('Jo Park')
    await page.getByLabel(/^Your email/).fill('jo@example.org')
    await page.getByLabel('Audio only').check()
    await page.getByLabel(/^I agree/).check()
    await page.getByRole('button', { name: 'Send proposal' }).click()
    await page.getByRole('heading', { name: 'Thank you: your proposal was received' }).waitFor()
    const [saved] = await proposalsTitled('Rent strike logistics')
    expect(saved).toMatchObject({
      reviewState: 'pending',
      format: 'workshop',
      submitterEmail: 'jo@example.org',
      accessNeeds: 'Quiet room between sessions',
      submittedLanguage: 'en',
      answers: [expect.objectContaining({ question: 'recording', value: 'Audio only' })],
    })
    await page.close()
  }, 60_000)

  test('the honeypot stops a bot-like submission and says why; nothing is stored', async () => {
    const page = await noJs.newPage()
    await page.goto(`${server.url}/propose`)
    await page.getByLabel(/^Session title/).fill('Honeypot test')
    await page.locator('#homepage').fill('http://spam.example', { force: true })
    await page.getByRole('button', { name: 'Send proposal' }).click()
    await expect(page.locator('.error-summary[role=alert]').textContent()).resolves.toContain(
      'Your submission looks automated',
    )
    await expect(page.getByLabel(/^Session title/).inputValue()).resolves.toBe('Honeypot test')
    expect(await proposalsTitled('Honeypot test')).toEqual([])
    await page.close()
  }, 60_000)

  /** Everything a proposal needs, typed in as a person would. */
  const fillProposal = async (page: Page, title: string) => {
    await page.getByLabel(/^Session title/).fill(title)
    await page.getByLabel('Workshop').check()
    await page.getByLabel(/^Description/).fill('A complete proposal, sent at once.')
    await page.getByLabel(/^Your name/).fill('Ade Quick')
    await page.getByLabel(/^Your email/).fill('ade@example.org')
    await page.getByLabel('Audio only').check()
    await page.getByLabel(/^I agree/).check()
  }

  test('a complete submission faster than the minimum fill time is refused with a message', async () => {
    await setCall({ minFillSeconds: 60 })
    try {
      const page = await noJs.newPage()
      await page.goto(`${server.url}/propose`)
      await fillProposal(page, 'Too fast')
      await page.getByRole('button', { name: 'Send proposal' }).click()
      await expect(page.locator('.error-summary[role=alert]').textContent()).resolves.toContain(
        'That was faster than a person can fill in the form',
      )
      await expect(page.getByLabel(/^Description/).inputValue()).resolves.toBe(
        'A complete proposal, sent at once.',
      )
      expect(await proposalsTitled('Too fast')).toEqual([])
      await page.close()
    } finally {
      await setCall({ minFillSeconds: 0 })
    }
  }, 60_000)

  test('a form sent too soon with mistakes names the mistakes; the fill time runs from the first page', async () => {
    // Long enough that typing the whole form fits between the answer and the second send.
    const minimum = 8_000
    await setCall({ minFillSeconds: minimum / 1000 })
    try {
      const page = await noJs.newPage()
      await page.goto(`${server.url}/propose`)
      // The page's stamp was made before this moment: its age is at least the time since.
      const opened = Date.now()
      await page.waitForTimeout(1_500)
      // Sent empty, too soon: what is missing, not "too fast".
      const sent = Date.now()
      await page.getByRole('button', { name: 'Send proposal' }).click()
      const summary = page.locator('.error-summary[role=alert]')
      await expect(summary.getByRole('heading').textContent()).resolves.toBe(
        'There are 7 problems with your proposal',
      )
      await expect(summary.textContent()).resolves.not.toContain('faster than a person')
      await expect(summary.getByRole('listitem').first().textContent()).resolves.toBe(
        'Session title: Enter session title.',
      )
      // Corrected and sent past the minimum after the first page but within it after the answer
      // (whose stamp, were it new, was made after `sent`): kept from the first, it is accepted.
      await fillProposal(page, 'Corrected in time')
      await page.waitForTimeout(Math.max(0, minimum + 500 - (Date.now() - opened)))
      expect(Date.now() - sent).toBeLessThan(minimum)
      await page.getByRole('button', { name: 'Send proposal' }).click()
      await page.getByRole('heading', { name: 'Thank you: your proposal was received' }).waitFor()
      expect(await proposalsTitled('Corrected in time')).toHaveLength(1)

      // The sign-on form answers the same way.
      await page.goto(`${server.url}/sign-on`)
      await page.getByRole('button', { name: 'Sign on' }).click()
      const signOn = page.locator('.error-summary[role=alert]')
      await expect(signOn.getByRole('listitem').allTextContents()).resolves.toEqual([
        'Organization name: Enter organization name.',
        'Kind of organization: Choose kind of organization.',
        'Contact person: Enter contact person.',
        'Contact email: Enter contact email.',
      ])
      await expect(signOn.textContent()).resolves.not.toContain('faster than a person')
      await page.close()
    } finally {
      await setCall({ minFillSeconds: 0 })
    }
  }, 60_000)
})

describe('proponer una sesión con JavaScript (español), y el enlace privado', () => {
  test('errors in Spanish with focus on the summary, then sent, edited and withdrawn', async () => {
    const page = await withJs.newPage()
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(e.message))
    await page.goto(`${server.url}/propose`)
    await expectNoViolations(page)
    await page.getByRole('link', { name: 'Leer en español' }).click()
    await page.waitForURL(/\/es\/propose$/)
    expect(await page.getAttribute('html', 'lang')).toBe('es')
    await expectNoViolations(page)

    await page.getByLabel(/^Título de la sesión/).fill('Cooperativas de vivienda')
    await page.getByRole('button', { name: 'Enviar propuesta' }).click()
    const summary = page.locator('.error-summary[role=alert]')
    await expect(summary.getByRole('heading').textContent()).resolves.toBe(
      'Hay 6 problemas en tu propuesta',
    )
    await page.waitForFunction(() => document.activeElement?.getAttribute('role') === 'alert')
    await expect(page.getByLabel(/^Título de la sesión/).inputValue()).resolves.toBe(
      'Cooperativas de vivienda',
    )
    await expectNoViolations(page)

    await page.getByLabel('Taller').check()
    await page.getByLabel(/^Descripción/).fill('Cómo empezar una cooperativa de vivienda.')
    await page.getByLabel(/^Tu nombre/).fill('Marisol Vega')
    await page.getByLabel(/^Tu correo/).fill('marisol@example.org')
    await page.getByLabel('Lengua de señas americana (ASL)').check()
    await page.getByLabel('Sí').check()
    await page.getByLabel(/^Acepto/).check()
    await page.getByRole('button', { name: 'Enviar propuesta' }).click()
    await page.getByRole('heading', { name: 'Gracias: recibimos tu propuesta' }).waitFor()
    await expectNoViolations(page)

    // The confirmation email is in Spanish and carries the private link.
    const link = await linkIn(dbFile, 'marisol@example.org')
    expect(new URL(link).pathname).toMatch(/^\/es\/propose\/manage\//)
    await page.goto(`${server.url}${new URL(link).pathname}`)
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'Tu propuesta',
    )
    await expectNoViolations(page)
    await expect(page.getByLabel(/^Título de la sesión/).inputValue()).resolves.toBe(
      'Cooperativas de vivienda',
    )
    await page.getByLabel(/^Título de la sesión/).fill('Cooperativas de vivienda en Chicago')
    await page.getByRole('button', { name: 'Guardar cambios' }).click()
    await page.getByText('Guardamos tus cambios.').waitFor()
    expect(await proposalsTitled('Cooperativas de vivienda en Chicago')).toHaveLength(1)
    // The summary above the form shows the new title without a reload.
    await page
      .locator('.summary-list dd', { hasText: 'Cooperativas de vivienda en Chicago' })
      .waitFor({ timeout: 10_000 })
    await page.getByText('Guardamos tus cambios.').waitFor()

    // Withdrawing needs the confirmation box.
    await page.getByRole('button', { name: 'Retirar esta propuesta' }).click()
    await page.getByText('Rellena «Quiero retirar esta propuesta».').first().waitFor()
    await page.getByLabel('Quiero retirar esta propuesta').check()
    await page.getByRole('button', { name: 'Retirar esta propuesta' }).click()
    await page.getByText('Retiraste tu propuesta. Gracias por avisarnos.').waitFor()
    await expectNoViolations(page)
    const [withdrawn] = await proposalsTitled('Cooperativas de vivienda en Chicago')
    expect(withdrawn).toMatchObject({ reviewState: 'withdrawn', submittedLanguage: 'es' })

    // The link now shows the state and no longer edits.
    await page.reload()
    await expect(page.locator('.summary-list').textContent()).resolves.toContain('Retirada')
    await expect(page.getByRole('button', { name: 'Guardar cambios' }).count()).resolves.toBe(0)
    expect(errors).toEqual([])
    await page.close()
  }, 90_000)

  test('an unknown private link says so, in the page language', async () => {
    const page = await withJs.newPage()
    await page.goto(`${server.url}/propose/manage/${'x'.repeat(43)}`)
    await expect(page.locator('main').textContent()).resolves.toContain(
      'This link is not valid or has expired',
    )
    await expectNoViolations(page)
    await page.close()
  }, 30_000)
})

describe('signing an organization on', () => {
  test('without JavaScript: errors, then sent; the emailed button confirms it for moderators', async () => {
    const page = await noJs.newPage()
    await page.goto(`${server.url}/sign-on`)
    await page.getByRole('button', { name: 'Sign on' }).click()
    const summary = page.locator('.error-summary[role=alert]')
    await summary.waitFor()
    await expect(summary.getByRole('listitem').allTextContents()).resolves.toEqual([
      'Organization name: Enter organization name.',
      'Kind of organization: Choose kind of organization.',
      'Contact person: Enter contact person.',
      'Contact email: Enter contact email.',
    ])
    await page.getByLabel(/^Organization name/).fill('Calumet Food Not Bombs')
    await page.getByLabel(/^Kind of organization/).selectOption('mutual-aid')
    await page.getByLabel(/^Contact person/).fill('Rae')
    await page.getByLabel(/^Contact email/).fill('rae@example.org')
    await page.getByLabel('List our organization publicly as a signatory').check()
    await page.getByRole('button', { name: 'Sign on' }).click()
    await page.getByRole('heading', { name: 'Almost done: check your email' }).waitFor()

    const moderator = apiClient(server.url)
    await moderator.login('moderator')
    const visibleToModerator = async () =>
      (
        (
          await moderator.call(
            'moderator',
            '/api/organizations?where[name][equals]=Calumet%20Food%20Not%20Bombs',
          )
        ).body.docs as Json[]
      ).length
    expect(await visibleToModerator()).toBe(0)

    const link = await linkIn(dbFile, 'rae@example.org', '/sign-on/confirm/')
    await page.goto(`${server.url}${new URL(link).pathname}`)
    await page.getByRole('button', { name: 'Confirm our sign-on' }).click()
    await page
      .getByText('Thank you. A moderator will check the entry before it is listed.')
      .waitFor()
    expect(await visibleToModerator()).toBe(1)
    const digest = (await queuedEmails(dbFile)).filter(
      (m) => m.subject === 'A confirmed sign-on: 1 item for moderation',
    )
    expect(digest.map((m) => m.to)).toEqual(['moderator@example.org'])
    expect(digest[0]!.text).toContain('"Calumet Food Not Bombs"')
    // The link works once.
    await page.goto(`${server.url}${new URL(link).pathname}`)
    await page.getByRole('button', { name: 'Confirm our sign-on' }).click()
    await page.getByText('This confirmation link is not valid or was already used.').waitFor()
    await page.close()
  }, 60_000)

  test('axe finds nothing on the sign-on pages in either language and state', async () => {
    const page = await withJs.newPage()
    await page.goto(`${server.url}/es/sign-on`)
    expect(await page.getAttribute('html', 'lang')).toBe('es')
    await expectNoViolations(page)
    await page.getByRole('button', { name: 'Adherirse' }).click()
    await page.locator('.error-summary[role=alert]').waitFor()
    await expectNoViolations(page)
    await page.goto(`${server.url}/sign-on`)
    await expectNoViolations(page)
    await page.goto(`${server.url}/sign-on/confirm/${'y'.repeat(43)}`)
    await expectNoViolations(page)
    await page.close()
  }, 60_000)
})
