/**
 * The admin with axe-core (WCAG 2.2 A and AA) in both admin languages: the dashboard, and a list
 * and an edit form of every collection and global an admin has, as an organizer meets them.
 */
import type { Page } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'

import { axeViolations } from '../helpers/axe.js'
import { loginToAdmin, seededServerAndBrowser } from '../helpers/browser.js'

const ready = seededServerAndBrowser()

/** After Payload has drawn the page and our names have been given (on the next frame). */
const settle = async (page: Page) => {
  await page.waitForLoadState('networkidle')
  await page.waitForTimeout(300)
}

/** Accessible names and visible text that show an object instead of a word. */
const objectWords = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('[aria-label], [title], button, a, h1, h2, h3, label')]
      .map((el) => `${el.getAttribute('aria-label') ?? ''} ${el.textContent ?? ''}`)
      .filter((text) => text.includes('[object Object]')),
  )

describe.each(['en', 'es'] as const)('the admin in %s', (language) => {
  let page: Page
  let paths: string[] = []

  beforeAll(async () => {
    const context = await ready.browser.newContext({
      // Tall, so Payload draws every field of a long form at once.
      viewport: { width: 1280, height: 6000 },
      locale: language === 'es' ? 'es-ES' : 'en-US',
      extraHTTPHeaders: { 'Accept-Language': language },
    })
    page = await context.newPage()
    await loginToAdmin(page, ready.server.url, 'admin@example.org', language)
    await settle(page)
    const links = await page
      .locator('nav a[href^="/admin/collections/"], nav a[href^="/admin/globals/"]')
      .evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')!))
    paths = [...new Set(links)]
  }, 120_000)

  afterAll(async () => page?.context().close())

  test('the dashboard: no violations, every "+" named by its collection', async () => {
    expect(paths.length).toBeGreaterThanOrEqual(12)
    await page.goto(`${ready.server.url}/admin`)
    await settle(page)
    expect(await axeViolations(page)).toEqual([])
    expect(await objectWords(page)).toEqual([])
    expect(await page.locator('main, [role="main"]').count()).toBe(1)
    const create = language === 'es' ? 'Crear Eventos' : 'Create new Events'
    expect(await page.locator(`a[aria-label="${create}"]`).count()).toBe(1)
  }, 60_000)

  test('date and rich-text fields are named by their labels', async () => {
    await page.goto(`${ready.server.url}/admin/collections/events/create`)
    await settle(page)
    const starts = language === 'es' ? 'Empieza' : 'Starts'
    const summary = language === 'es' ? 'Resumen' : 'Summary'
    const named = (name: string) =>
      page.getByRole('textbox', { name: new RegExp(`^${name}(\\W|$)`) }).count()
    await expect(named(starts)).resolves.toBe(1)
    await expect(named(summary)).resolves.toBe(1)
  }, 60_000)

  test('a list and an edit form of every collection and global', async () => {
    const found: string[] = []
    let tabsChecked = 0
    for (const path of paths) {
      const views = path.startsWith('/admin/globals/') ? [path] : [path, `${path}/create`]
      for (const view of views) {
        await page.goto(`${ready.server.url}${view}`)
        await settle(page)
        const check = async (where: string) => {
          for (const violation of await axeViolations(page)) found.push(`${where} ${violation}`)
          for (const words of await objectWords(page)) found.push(`${where} ${words.slice(0, 80)}`)
        }
        await check(view)
        // A form in tabs draws one tab at a time: each is checked.
        const tabs = page.locator('.tabs-field__tab-button')
        for (let i = 1; i < (await tabs.count()); i++) {
          await tabs.nth(i).click()
          await settle(page)
          await check(`${view} (tab ${i + 1})`)
          tabsChecked++
        }
      }
    }
    expect(found).toEqual([])
    expect(tabsChecked).toBeGreaterThanOrEqual(3)
  }, 600_000)
})
