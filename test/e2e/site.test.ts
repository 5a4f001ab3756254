/**
 * The gathering site in Chromium, without JavaScript: the home page from the seed in both
 * languages (the gathering, the six posts in the seed's order, its organizers and the kinds of
 * organizations it calls in), a post, content the public may not see, and axe-core (WCAG 2.2
 * AA) on every page type in both languages.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'

import { POSTS, ORGANIZATIONS } from '../../src/seed/content.js'
import { type ApiClient, apiClient, type Json } from '../helpers/api.js'
import { axeViolations } from '../helpers/axe.js'
import { launchChromium } from '../helpers/browser.js'
import { type ServerProcess, startSeededServer } from '../helpers/server.js'
import { nextGathering, SEASON_EVENTS } from '../../src/seed/season.js'
import { SITE } from '../../src/seed/site.js'

let close: () => Promise<void>
let server: ServerProcess
let browser: Browser
let noJs: BrowserContext
let withJs: BrowserContext
let client: ApiClient

const open = async (path: string, context = noJs): Promise<Page> => {
  const page = await context.newPage()
  const response = await page.goto(`${server.url}${path}`)
  expect(response?.status()).toBe(200)
  return page
}
const texts = (page: Page, selector: string) => page.locator(selector).allTextContents()
/** axe runs in the page, so it needs JavaScript: the same page, opened where it runs. */
const axeOn = async (path: string) => {
  const page = await open(path, withJs)
  const violations = await axeViolations(page)
  await page.close()
  return violations
}

beforeAll(async () => {
  ;({ server, close } = await startSeededServer('sqlite'))
  client = apiClient(server.url)
  await client.login('admin')
  browser = await launchChromium()
  noJs = await browser.newContext({ javaScriptEnabled: false })
  withJs = await browser.newContext()
}, 180_000)

afterAll(async () => {
  await browser?.close()
  await close?.()
})

describe.each([
  ['en', '/', 'Dual Power 2022', 'Latest posts'],
  ['es', '/es', 'Dual Power 2022', 'Últimas publicaciones'],
] as const)('the home page (%s)', (locale, path, gathering, latest) => {
  test("the gathering, the seed's six posts in order, the organizers and the kinds", async () => {
    const page = await open(path)
    expect(await page.getAttribute('html', 'lang')).toBe(locale)
    expect(await page.locator('h1').textContent()).toContain(gathering)
    // The demo's next gathering is the pinned one, with its dates in Chicago.
    const next = nextGathering(new Date())
    expect(await page.locator('#gathering').textContent()).toBe(next.title[locale])
    expect(await page.locator('.gathering-when time').first().getAttribute('datetime')).toBe(
      next.startsAt,
    )
    expect(await page.locator('#latest-posts').textContent()).toBe(latest)
    expect(await texts(page, '.teasers h3')).toEqual(POSTS.map((post) => post.title[locale]))
    // The seed's introduction and the invitation after the kinds, from the site's words.
    const main = (await page.locator('main').textContent()) ?? ''
    for (const paragraph of SITE.intro[locale]) expect(main).toContain(paragraph)
    expect(main).toContain(SITE.invitation[locale][0])
    const organizers = await texts(page, '.organizers li')
    for (const org of ORGANIZATIONS) expect(organizers).toContain(org.name)
    expect((await texts(page, '.kinds li')).length).toBeGreaterThanOrEqual(10)
    // Every teaser's "read more" leads to its post, in the same language.
    const more = page.locator('.teasers a', { hasText: locale === 'es' ? 'Seguir' : 'Read' })
    expect(await more.count()).toBe(POSTS.length)
    expect(await more.first().getAttribute('href')).toBe(
      `${locale === 'es' ? '/es' : ''}/posts/${POSTS[0].slug}`,
    )
    await page.close()
    expect(await axeOn(path)).toEqual([])
  })

  test('a post: its title, its text, the way back, and no axe violations', async () => {
    const post = POSTS[1]
    const postPath = `${locale === 'es' ? '/es' : ''}/posts/${post.slug}`
    const page = await open(postPath)
    expect(await page.locator('h1').textContent()).toBe(post.title[locale])
    expect((await page.locator('main article').textContent())?.length).toBeGreaterThan(100)
    const other = page.locator(`nav a[hreflang="${locale === 'es' ? 'en' : 'es'}"]`)
    expect(await other.getAttribute('href')).toBe(
      `${locale === 'es' ? '' : '/es'}/posts/${post.slug}`,
    )
    await page.close()
    expect(await axeOn(postPath)).toEqual([])
  })
})

describe('what the public may not see', () => {
  test('a hidden and a pending post are on no page, and their own pages are not found', async () => {
    for (const moderationStatus of ['hidden', 'pending']) {
      const slug = `not-public-${moderationStatus}`
      const { status } = await client.call('admin', '/api/posts', {
        method: 'POST',
        body: JSON.stringify({
          title: `Not public (${moderationStatus})`,
          slug,
          summary: 'staff only',
          moderationStatus,
          publishedAt: '2031-01-01T00:00:00.000Z',
        }),
      })
      expect(status).toBe(201)
      const home = await open('/')
      expect(await texts(home, '.teasers h3')).not.toContain(`Not public (${moderationStatus})`)
      expect(await home.content()).not.toContain(slug)
      await home.close()
      const page = await noJs.newPage()
      expect((await page.goto(`${server.url}/posts/${slug}`))?.status()).toBe(404)
      await page.close()
    }
    // The staff's view holds both: the absence above is the API's doing, not a missing post.
    const { body } = await client.call('admin', '/api/posts?where[slug][like]=not-public&depth=0')
    expect((body.docs as Json[]).length).toBe(2)
  })
})

describe('pages follow the content at once', () => {
  test('the forms are in the navigation only while the call is open; a change is on the next page', async () => {
    const navigation = async () => {
      const page = await open('/es')
      const links = await texts(page, 'header nav li a')
      await page.close()
      return links
    }
    expect(await navigation()).toContain('Proponer una sesión')
    // A second identical request is answered from the page cache.
    await fetch(`${server.url}/es`)
    expect((await fetch(`${server.url}/es`)).headers.get('x-cache')).toBe('hit')
    const call = (await client.call('admin', '/api/globals/content-call')).body
    const close = (closesAt: unknown) =>
      client.call('admin', '/api/globals/content-call', {
        method: 'POST',
        body: JSON.stringify({ closesAt }),
      })
    expect((await close('2001-01-01T00:00:00.000Z')).status).toBe(200)
    try {
      const links = await navigation()
      expect(links).not.toContain('Proponer una sesión')
      expect(links).not.toContain('Adherirse')
      expect(links).toContain('Calendario')
    } finally {
      expect((await close(call.closesAt)).status).toBe(200)
    }
    expect(await navigation()).toContain('Proponer una sesión')
  })
})

describe.each(['en', 'es'] as const)('a fresh install (%s)', (locale) => {
  test('the calendar shows the coming season in its own language', async () => {
    const page = await open(locale === 'es' ? '/es/calendar' : '/calendar')
    const titles = (await texts(page, '.events h2')).map((t) => t.trim())
    // Machine-readable times are ISO instants, as the API gives them.
    const stamps = await page
      .locator('time[datetime]')
      .evaluateAll((times) => times.map((time) => time.getAttribute('datetime')))
    expect(stamps.length).toBeGreaterThan(4)
    for (const stamp of stamps) expect(stamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/)
    await page.close()
    const season = SEASON_EVENTS.map((event) => event.title[locale])
    // Soonest first; the list shows at least the next months' events and the gathering.
    expect(titles.slice(0, 4)).toEqual(season.slice(0, 4))
    expect(titles).toContain(nextGathering(new Date()).title[locale])
  })
})
