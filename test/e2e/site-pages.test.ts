/**
 * The site's other page types in Chromium without JavaScript, in both languages: posts, the
 * calendar (list, month, filters and their feeds), an event, the gathering's programme (and its
 * printed form), organizations, the sitemap, the embeddable calendar and staff previews; what
 * the public may not see is on none of them; axe-core (WCAG 2.2 AA) on each.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'

import type { Browser, BrowserContext, Page } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'

import { paragraphs } from '../../plugins/shared/index.js'
import { ORGANIZATIONS, POSTS, SESSIONS } from '../../src/seed/content.js'
import { type ApiClient, apiClient, type Json } from '../helpers/api.js'
import { axeViolations } from '../helpers/axe.js'
import { launchChromium } from '../helpers/browser.js'
import { removeDemoSeason } from '../helpers/season.js'
import { type ServerProcess, startSeededServer } from '../helpers/server.js'

let close: () => Promise<void>
let server: ServerProcess
let browser: Browser
let noJs: BrowserContext
let withJs: BrowserContext
let client: ApiClient
const made: Record<string, Json> = {}

const open = async (path: string, context = noJs, status = 200): Promise<Page> => {
  const page = await context.newPage()
  const response = await page.goto(`${server.url}${path}`)
  expect(response?.status()).toBe(status)
  return page
}
const texts = (page: Page, selector: string) => page.locator(selector).allTextContents()
const axeOn = async (path: string) => {
  const page = await open(path, withJs)
  const violations = await axeViolations(page)
  await page.close()
  return violations
}
const es = (locale: string, path: string) => (locale === 'es' ? `/es${path}` : path)
const create = async (collection: string, data: Json) => {
  const res = await client.call('admin', `/api/${collection}`, {
    method: 'POST',
    body: JSON.stringify(data),
  })
  expect(res.status).toBe(201)
  return res.body.doc as Json
}

// Next month, mid-month at midday in Chicago: the same day and month in every zone the site uses.
const now = new Date()
const next = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 15, 17))
const monthKey = next.toISOString().slice(0, 7)

beforeAll(async () => {
  ;({ server, close } = await startSeededServer('sqlite'))
  client = apiClient(server.url)
  await client.login('admin')
  // Without the demo's coming season, the calendar and the embed list exactly the events made
  // here (site.test.ts shows the season on the home page).
  await removeDemoSeason(client, 'admin')
  browser = await launchChromium()
  noJs = await browser.newContext({ javaScriptEnabled: false })
  withJs = await browser.newContext()
  made.category = await create('categories', { name: 'Tenant organizing' })
  made.place = await create('places', { name: 'Pilsen Community Hall', city: 'Chicago' })
  const event = (title: string, extra: Json) =>
    create('events', {
      title,
      startsAt: next.toISOString(),
      endsAt: new Date(next.getTime() + 2 * 3600_000).toISOString(),
      startsAt_tz: 'America/Chicago',
      summary: paragraphs(`${title}: what it is about.`),
      place: made.place!.id,
      accessibility: { stepFree: 'yes', childWatch: true },
      languages: ['en', 'es'],
      ...extra,
    })
  made.public = await event('Tenant union open meeting', {
    categories: [made.category!.id],
    moderationStatus: 'published',
  })
  made.other = await event('Seed library swap', { moderationStatus: 'published' })
  made.hidden = await event('Hidden planning call', { moderationStatus: 'hidden' })
  made.pendingPost = await create('posts', {
    title: 'Pending announcement',
    slug: 'pending-announcement',
    moderationStatus: 'pending',
  })
  made.sponsor = await create('organizations', {
    name: 'Cooperative Bank of the Lakes',
    relationship: ['sponsor'],
    sponsorTier: 'sustainer',
    listPublicly: true,
    moderationStatus: 'published',
  })
  made.unlisted = await create('organizations', {
    name: 'Quiet Supporters Collective',
    relationship: ['endorser'],
    listPublicly: false,
    moderationStatus: 'published',
  })
}, 240_000)

afterAll(async () => {
  await browser?.close()
  await close?.()
})

describe.each(['en', 'es'] as const)('page types (%s)', (locale) => {
  test('posts: every post, newest first; the FAQ reads as questions and answers', async () => {
    const list = await open(es(locale, '/posts'))
    expect(await texts(list, '.teasers h3')).toEqual(POSTS.map((post) => post.title[locale]))
    expect(await list.content()).not.toContain('Pending announcement')
    await list.close()
    const faq = await open(es(locale, '/posts/cliff-notes'))
    const questions = await texts(faq, 'main article h2')
    expect(questions).toHaveLength(4)
    for (const question of questions) expect(question.trim().endsWith('?')).toBe(true)
    await faq.close()
    expect(await axeOn(es(locale, '/posts'))).toEqual([])
  })

  test('the calendar: upcoming events, a filter and its own feeds, the month', async () => {
    const list = await open(es(locale, '/calendar'))
    const titles = await texts(list, '.events h2')
    expect(titles).toEqual(
      expect.arrayContaining(['Tenant union open meeting', 'Seed library swap']),
    )
    expect(titles).not.toContain('Hidden planning call')
    await list.close()

    const filtered = await open(es(locale, `/calendar?category=${made.category!.id}`))
    expect(await texts(filtered, '.events h2')).toEqual(['Tenant union open meeting'])
    const rss = await filtered.locator('.subscribe a[href*="events.rss"]').getAttribute('href')
    const ics = await filtered.locator('.subscribe a[href*="events.ics"]').getAttribute('href')
    expect(rss).toContain(`category=${made.category!.id}`)
    expect(ics).toContain(`category=${made.category!.id}`)
    await filtered.close()
    const feed = await (await fetch(`${server.url}${rss}`)).text()
    expect(feed).toContain('Tenant union open meeting')
    expect(feed).not.toContain('Seed library swap')
    // Feed items lead to the event's page on the site, in the feed's language.
    expect(feed).toContain(`${es(locale, '/events/')}${made.public!.slug}</link>`)

    const month = await open(es(locale, `/calendar?view=month&month=${monthKey}`))
    const cell = month.locator('td.has-events')
    expect(await cell.count()).toBe(1)
    expect(await cell.textContent()).toContain('Tenant union open meeting')
    expect(await month.content()).not.toContain('Hidden planning call')
    await month.close()
    expect(await axeOn(es(locale, '/calendar'))).toEqual([])
    expect(await axeOn(es(locale, `/calendar?view=month&month=${monthKey}`))).toEqual([])
  })

  test('an event: its time in its own zone, place, access, languages, add-to-calendar', async () => {
    const path = es(locale, `/events/${made.public!.slug}`)
    const page = await open(path)
    expect(await page.locator('h1').textContent()).toBe('Tenant union open meeting')
    const details = await page.locator('main').textContent()
    expect(details).toMatch(
      locale === 'es' ? /hora (de verano |estándar )?central/i : /Central (Daylight|Standard) Time/,
    )
    expect(details).toContain('Pilsen Community Hall')
    expect(details).toContain(locale === 'es' ? 'Cuidado infantil' : 'Child watch')
    expect(details).toContain(locale === 'es' ? 'Inglés, Español' : 'English, Spanish')
    const add = page.locator('a[download]')
    expect(await add.getAttribute('href')).toMatch(/^\/events\/\d+\.ics/)
    await page.close()
    const hidden = await open(es(locale, `/events/${made.hidden!.slug}`), noJs, 404)
    await hidden.close()
    expect(await axeOn(path)).toEqual([])
  })

  test('the programme: by day with rooms; printed without the navigation', async () => {
    // The gathering's page leads to its programme (an event without sessions has no such link).
    const gathering = await open(es(locale, '/events/dual-power-2022'))
    expect(await gathering.locator('.actions a[href$="/schedule"]').getAttribute('href')).toBe(
      es(locale, '/events/dual-power-2022/schedule'),
    )
    await gathering.close()
    const single = await open(es(locale, `/events/${made.public!.slug}`))
    expect(await single.locator('.actions a[href$="/schedule"]').count()).toBe(0)
    await single.close()
    const path = es(locale, '/events/dual-power-2022/schedule')
    const page = await open(path)
    expect(await page.locator('section.day').count()).toBe(new Set(SESSIONS.map((s) => s.day)).size)
    const titles = await texts(page, '.session-title')
    expect(titles.sort()).toEqual(SESSIONS.map((s) => s.title[locale] ?? s.title.en).sort())
    expect(await page.locator('main').textContent()).toContain('Main hall')
    expect(await page.locator('.site-header nav').first().isVisible()).toBe(true)
    await page.emulateMedia({ media: 'print' })
    expect(await page.locator('.site-header nav').first().isVisible()).toBe(false)
    expect(await page.locator('.schedule').first().isVisible()).toBe(true)
    await page.close()
    expect(await axeOn(path)).toEqual([])
  })

  test('organizations: organizers, sponsors by tier, public sign-ons only', async () => {
    const path = es(locale, '/organizations')
    const page = await open(path)
    const organizers = await texts(page, '[aria-labelledby="organizers"] li')
    for (const org of ORGANIZATIONS) expect(organizers.join('\n')).toContain(org.name)
    const sponsors = page.locator('[aria-labelledby="sponsors"]')
    expect(await sponsors.locator('h3').allTextContents()).toEqual([
      locale === 'es' ? 'Sostén' : 'Sustainer',
    ])
    expect(await sponsors.textContent()).toContain('Cooperative Bank of the Lakes')
    const html = await page.content()
    expect(html).not.toContain('Quiet Supporters Collective')
    expect(html).not.toContain('Calumet Region Mutual Aid')
    await page.close()
    expect(await axeOn(path)).toEqual([])
  })

  test('the embeddable calendar: framable by another site, no cookies', async () => {
    const path = es(locale, '/embed/events')
    const res = await fetch(`${server.url}${path}`)
    expect(res.status).toBe(200)
    expect(res.headers.get('x-frame-options')).toBeNull()
    expect(res.headers.get('content-security-policy')).toContain('frame-ancestors *')
    expect(res.headers.get('set-cookie')).toBeNull()
    const other = await fetch(`${server.url}${es(locale, '/calendar')}`)
    expect(other.headers.get('content-security-policy')).toContain("frame-ancestors 'self'")
    // A partner page on another origin frames it, and cannot frame any other page. (A local
    // server: Chromium keeps pages from public addresses from framing local ones.)
    const partner = http.createServer((req, res) => {
      const framed = req.url === '/other' ? es(locale, '/calendar') : path
      res.setHeader('content-type', 'text/html')
      res.end(`<title>Partner</title><iframe title="Events" src="${server.url}${framed}"></iframe>`)
    })
    await new Promise<void>((resolve) => partner.listen(0, '127.0.0.1', resolve))
    const partnerUrl = `http://localhost:${(partner.address() as AddressInfo).port}`
    const page = await withJs.newPage()
    try {
      await page.goto(`${partnerUrl}/`)
      const frame = page.frameLocator('iframe')
      expect((await frame.locator('li a').allTextContents()).sort()).toEqual([
        'Seed library swap',
        'Tenant union open meeting',
      ])
      expect(await frame.locator('body').textContent()).not.toContain('Hidden planning call')
      const refused = page.waitForEvent('requestfailed')
      await page.goto(`${partnerUrl}/other`)
      expect((await refused).failure()?.errorText).toBe('net::ERR_BLOCKED_BY_RESPONSE')
    } finally {
      partner.close()
    }
    await page.close()
    expect(await axeOn(path)).toEqual([])
  })
})

describe('readable on a phone and at 400% zoom', () => {
  test('every page type reflows into 320 CSS pixels without sideways scrolling', async () => {
    const phone = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 320, height: 640 },
    })
    for (const path of [
      '/es',
      '/posts/cliff-notes',
      '/calendar',
      `/es/calendar?view=month&month=${monthKey}`,
      `/events/${made.public!.slug}`,
      '/es/events/dual-power-2022/schedule',
      '/organizations',
    ]) {
      const page = await open(path, phone)
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      )
      expect({ path, overflow }).toEqual({ path, overflow: 0 })
      if (path.includes('month')) {
        // The month reads as a list of its busy days: the day is named, not just numbered, and
        // the name is shown (not only in the accessibility tree).
        const day = page.locator('td.has-events .day .visually-hidden').first()
        expect(await day.innerText()).toMatch(/\p{L}/u)
        expect((await day.boundingBox())?.width).toBeGreaterThan(100)
      }
      await page.close()
    }
    await phone.close()
  })
})

describe('language fallbacks', () => {
  test('English shown on a Spanish page is marked lang="en", and only where Spanish is missing', async () => {
    // A post with a Spanish title and summary but no Spanish body (older than the seed's, so
    // the lists above are unchanged).
    const radio = await create('posts', {
      title: 'Interview on the radio',
      slug: 'interview-on-the-radio',
      summary: 'Two of us spoke on community radio.',
      body: paragraphs('We spoke about the gathering on community radio.'),
      publishedAt: '2020-01-01T12:00:00.000Z',
      moderationStatus: 'published',
    })
    const translated = await client.call('admin', `/api/posts/${radio.id}?locale=es`, {
      method: 'PATCH',
      body: JSON.stringify({
        title: 'Entrevista en la radio',
        summary: 'Dos de nosotras hablamos en una radio comunitaria.',
      }),
    })
    expect(translated.status).toBe(200)
    const post = await open('/es/posts/interview-on-the-radio')
    expect(await post.locator('h1').textContent()).toBe('Entrevista en la radio')
    expect(await post.locator('h1 [lang]').count()).toBe(0)
    expect(await post.locator('main article .intro').getAttribute('lang')).toBeNull()
    expect(await post.locator('main article div[lang="en"]').textContent()).toContain(
      'community radio',
    )
    await post.close()
    // The gathering's access notes exist in English only; its summary in both.
    const gathering = await open('/es/events/dual-power-2022')
    expect(await gathering.locator('section p[lang="en"]').textContent()).toContain(
      'disability justice',
    )
    expect(await gathering.locator('.intro').getAttribute('lang')).toBeNull()
    await gathering.close()
    // In the programme: sessions without a Spanish title keep their English one, marked.
    const programme = await open('/es/events/dual-power-2022/schedule')
    const english = SESSIONS.filter((s) => !s.title.es).map((s) => s.title.en)
    expect(english.length).toBeGreaterThan(0)
    expect(
      (await texts(programme, '.session-title[lang="en"]')).map((t) => t.trim()).sort(),
    ).toEqual(english.sort())
    expect(await programme.locator('.session-title:not([lang])').count()).toBe(
      SESSIONS.length - english.length,
    )
    await programme.close()
    // English pages mark nothing.
    const en = await open('/events/dual-power-2022/schedule')
    expect(await en.locator('main [lang]').count()).toBe(0)
    await en.close()
  })
})

describe('found and shared', () => {
  test('sitemap.xml lists public pages in both languages and nothing else; robots.txt points at it', async () => {
    const sitemap = await (await fetch(`${server.url}/sitemap.xml`)).text()
    expect(sitemap).toContain(`${server.url}/posts/cliff-notes</loc>`)
    expect(sitemap).toContain(`${server.url}/es/posts/cliff-notes"`)
    expect(sitemap).toContain(`/events/${made.public!.slug}</loc>`)
    for (const secret of ['pending-announcement', String(made.hidden!.slug), 'rideshare-board'])
      expect(sitemap).not.toContain(secret)
    const robots = await (await fetch(`${server.url}/robots.txt`)).text()
    expect(robots).toContain(`Sitemap: ${server.url}/sitemap.xml`)
    expect(robots).toContain('Disallow: /preview/')
  })

  test('a page names its canonical address, its other language, its feed and its icon', async () => {
    const page = await open('/es/posts/cliff-notes')
    const icon = await page.locator('link[rel="icon"]').getAttribute('href')
    expect((await fetch(`${server.url}${icon}`)).headers.get('content-type')).toContain('svg')
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(
      `${server.url}/es/posts/cliff-notes`,
    )
    expect(await page.locator('link[hreflang="en"]').getAttribute('href')).toBe(
      `${server.url}/posts/cliff-notes`,
    )
    expect(await page.locator('link[type="application/rss+xml"]').getAttribute('href')).toBe(
      `${server.url}/feeds/posts.rss?locale=es`,
    )
    expect(await page.locator('meta[property="og:title"]').getAttribute('content')).toBe(
      'Preguntas frecuentes',
    )
    await page.close()
  })
})

describe('staff previews', () => {
  test('a pending post as it will look, for staff only, never cached or indexed', async () => {
    const anonymous = await open('/preview/posts/pending-announcement')
    expect(await anonymous.content()).not.toContain('Pending announcement')
    await anonymous.close()
    const staff = await browser.newContext({
      javaScriptEnabled: false,
      extraHTTPHeaders: { authorization: client.authorization('admin') },
    })
    const page = await open('/preview/posts/pending-announcement', staff)
    expect(await page.locator('h1').textContent()).toBe('Pending announcement')
    expect(await page.locator('[role="note"]').count()).toBe(1)
    expect(await page.locator('meta[name="robots"]').getAttribute('content')).toContain('noindex')
    await staff.close()
    const res = await fetch(`${server.url}/preview/posts/pending-announcement`, {
      headers: { authorization: client.authorization('admin') },
    })
    expect(res.headers.get('x-cache')).toBeNull()
    expect(res.headers.get('cache-control')).toMatch(/no-store/)
    // The public page of the same post is still not found.
    await (await open('/posts/pending-announcement', noJs, 404)).close()
  })
})
