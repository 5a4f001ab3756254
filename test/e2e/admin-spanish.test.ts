/**
 * The admin in Spanish, walked as an admin sees it: the dashboard, the account page and the
 * empty form of every collection and global. None of the English words of our own config
 * (labels, descriptions, row names, choices) may show: each has its Spanish.
 */
import type { Page } from 'playwright-core'

import { describe, expect, test } from '@jest/globals'
import type { Field } from 'payload'

import { loginToAdmin, seededServerAndBrowser } from '../helpers/browser.js'

const ready = seededServerAndBrowser()

/** Our English texts that differ from their Spanish: labels, descriptions, rows, choices. */
async function ourEnglish(): Promise<{ english: Set<string>; screens: string[] }> {
  process.env.PAYLOAD_SECRET ||= 'test-secret-not-for-production'
  const { default: configPromise } = await import('../../src/payload.config.js')
  const config = await configPromise
  const english = new Set<string>()
  const add = (value: unknown) => {
    if (!value || typeof value !== 'object') return
    const { en, es } = value as { en?: unknown; es?: unknown }
    // Short words ("No", "URL") read the same or are names; whole phrases are what matters.
    if (typeof en === 'string' && typeof es === 'string' && en !== es && en.length >= 8) {
      english.add(en)
    }
  }
  const walk = (fields: Field[]) => {
    for (const field of fields) {
      if (field.type === 'tabs') {
        for (const tab of field.tabs) {
          add(tab.label)
          walk(tab.fields)
        }
        continue
      }
      if ('label' in field) add(field.label)
      if (field.admin && 'description' in field.admin) add(field.admin.description)
      if ('labels' in field && field.labels) {
        add(field.labels.singular)
        add(field.labels.plural)
      }
      if ('options' in field && Array.isArray(field.options)) {
        for (const option of field.options) if (typeof option === 'object') add(option.label)
      }
      if ('fields' in field) walk(field.fields)
    }
  }
  const screens = ['/admin', '/admin/account']
  for (const collection of config.collections) {
    if (collection.slug.startsWith('payload-') || collection.admin?.hidden === true) continue
    add(collection.labels?.singular)
    add(collection.labels?.plural)
    walk(collection.fields)
    screens.push(`/admin/collections/${collection.slug}/create`)
  }
  for (const global of config.globals ?? []) {
    if (global.slug.startsWith('payload-')) continue
    add(global.label)
    walk(global.fields)
    screens.push(`/admin/globals/${global.slug}`)
  }
  return { english, screens }
}

/**
 * Every text node of the page and the names given as attributes; not scripts (Next inlines
 * the whole admin config, both languages, for the browser).
 */
const pageText = (page: Page): Promise<string> =>
  page.evaluate(() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    const parts: string[] = []
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.parentElement?.closest('script, style, template, noscript')) {
        parts.push(node.textContent ?? '')
      }
    }
    for (const element of document.querySelectorAll('[aria-label], [title], [placeholder]')) {
      for (const name of ['aria-label', 'title', 'placeholder']) {
        parts.push(element.getAttribute(name) ?? '')
      }
    }
    return parts.join('\n')
  })

/** Logs in with the browser in `language`; the admin follows it. */
async function adminIn(language: 'en' | 'es') {
  const context = await ready.browser.newContext({
    // Tall enough that Payload, which renders fields as they scroll into view, renders them all.
    viewport: { width: 1280, height: 12_000 },
    locale: language === 'es' ? 'es-ES' : 'en-US',
    extraHTTPHeaders: { 'Accept-Language': language },
  })
  const page = await context.newPage()
  await loginToAdmin(page, ready.server.url, 'admin@example.org', language)
  return { context, page }
}

/** Which of `english` each screen shows. */
async function englishOn(page: Page, screens: string[], english: Set<string>) {
  const found: string[] = []
  for (const screen of screens) {
    await page.goto(`${ready.server.url}${screen}`)
    await page.locator('.template-default').first().waitFor({ timeout: 30_000 })
    await page.waitForLoadState('networkidle')
    // Payload renders a closed group's fields only once it is opened: open them all.
    const closed = page.locator('.collapsible__toggle--collapsed')
    for (let opened = 0; opened < 50 && (await closed.count()) > 0; opened++) {
      await closed.first().click()
    }
    await page.waitForLoadState('networkidle')
    const text = await pageText(page)
    for (const words of english) if (text.includes(words)) found.push(`${screen}: ${words}`)
  }
  return found
}

describe('the admin in Spanish', () => {
  test('the dashboard, the account page and every empty form show none of our English', async () => {
    const { english, screens } = await ourEnglish()
    expect(english.size).toBeGreaterThan(100)
    // The control: the same walk in English finds them, so a Spanish screen that shows none
    // has truly none.
    const control = await adminIn('en')
    const inEnglish = await englishOn(control.page, ['/admin/collections/events/create'], english)
    expect(inEnglish.length).toBeGreaterThan(30)
    await control.context.close()

    const { context, page } = await adminIn('es')
    expect(await englishOn(page, screens, english)).toEqual([])
    await context.close()
  }, 300_000)
})
