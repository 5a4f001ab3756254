import { describe, expect, test } from '@jest/globals'

import { apiClient, type Json } from '../helpers/api.js'
import { loginToAdmin, seededServerAndBrowser } from '../helpers/browser.js'

const ready = seededServerAndBrowser()

describe('admin in Chromium', () => {
  test('an admin logs in and sees the dashboard', async () => {
    const page = await ready.browser.newPage({ locale: 'en-US' })
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    await page.goto(`${ready.server.url}/admin`)
    await page.waitForURL(/\/admin\/login/)
    await page.getByLabel(/email/i).fill('admin@example.org')
    await page.getByLabel(/password/i).fill('test-password-123')
    await page.getByRole('button', { name: /login/i }).click()
    await page.waitForURL((url) => url.pathname === '/admin', { timeout: 30_000 })
    await page.getByText('Users', { exact: true }).first().waitFor({ timeout: 30_000 })
    await page.getByText('Media', { exact: true }).first().waitFor()
    expect(errors).toEqual([])
    await page.close()
  }, 120_000)

  test('the login page speaks Spanish to a Spanish browser', async () => {
    const context = await ready.browser.newContext({
      locale: 'es-ES',
      extraHTTPHeaders: { 'Accept-Language': 'es' },
    })
    const page = await context.newPage()
    await page.goto(`${ready.server.url}/admin/login`)
    await page.getByRole('button', { name: /iniciar sesión/i }).waitFor({ timeout: 30_000 })
    await context.close()
  }, 120_000)

  test('in the Spanish admin, content is written in Spanish unless the person picks otherwise', async () => {
    const context = await ready.browser.newContext({
      locale: 'es-ES',
      extraHTTPHeaders: { 'Accept-Language': 'es' },
    })
    const page = await context.newPage()
    await loginToAdmin(page, ready.server.url, 'organizer@example.org', 'es')

    await page.goto(`${ready.server.url}/admin/collections/posts/create`)
    // The header says plainly which language the fields are being written in.
    const localizer = page.locator('.localizer-button').first()
    await expect(localizer.textContent()).resolves.toMatch(/^Idioma del contenido:\s*Español/)
    const title = 'Asamblea de inquilinas en el barrio'
    await page.locator('#field-title').fill(title)
    await page.getByRole('button', { name: 'Guardar' }).click()
    await page.waitForURL(/\/admin\/collections\/posts\/[0-9a-f-]{36}/, { timeout: 30_000 })

    const client = apiClient(ready.server.url)
    await client.login('organizer')
    const find = async (locale: string) =>
      (
        await client.call(
          'organizer',
          `/api/posts?locale=${locale}&fallback-locale=none&where[title][equals]=${encodeURIComponent(title)}`,
        )
      ).body.docs as Json[]
    expect(await find('es')).toHaveLength(1)
    expect(await find('en')).toEqual([])

    // Dates as Spanish writes them: '29 jul 2022, 9:00', not 'julio 29º 2022' or '9:00 AM'.
    const [event] = (
      await client.call('organizer', '/api/events?where[slug][equals]=dual-power-2022&depth=0')
    ).body.docs as Json[]
    await page.goto(`${ready.server.url}/admin/collections/events/${event!.id as string}`)
    // Payload's date picker registers the Spanish calendar after its first render (upstream):
    // the field shows English for a moment, then Spanish.
    const spanish = /^\d{1,2} [a-z]{3,4}\.? \d{4}, \d{1,2}:\d{2}$/
    const input = page.locator('#field-startsAt input').first()
    let starts = await input.inputValue()
    for (const until = Date.now() + 15_000; !spanish.test(starts) && Date.now() < until;) {
      await page.waitForTimeout(200)
      starts = await input.inputValue()
    }
    expect(starts).toMatch(spanish)
    expect(starts).not.toMatch(/AM|PM|º/)
    await context.close()
  }, 120_000)

  test('a wrong password is refused with a message, and no session starts', async () => {
    const page = await ready.browser.newPage()
    await page.goto(`${ready.server.url}/admin/login`)
    await page.getByLabel(/email/i).fill('organizer@example.org')
    await page.getByLabel(/password/i).fill('not-the-password')
    await page.getByRole('button', { name: /login/i }).click()
    await page
      .getByText(/incorrect|invalid/i)
      .first()
      .waitFor({ timeout: 30_000 })
    expect(new URL(page.url()).pathname).toBe('/admin/login')
    await page.close()
  }, 120_000)
})
