import { afterAll, beforeAll } from '@jest/globals'
import fs from 'node:fs'
import { type Browser, chromium, type Page } from 'playwright-core'

import { type ServerProcess, startSeededServer } from './server.js'

/** Debian's Chromium (CHROMIUM_PATH overrides). Playwright never downloads a browser here. */
export const chromiumPath = () => process.env.CHROMIUM_PATH || '/usr/bin/chromium'

export const chromiumAvailable = () => fs.existsSync(chromiumPath())

export function launchChromium(): Promise<Browser> {
  if (!chromiumAvailable()) {
    throw new Error(
      `Chromium not found at ${chromiumPath()}: apt-get install chromium, or set CHROMIUM_PATH`,
    )
  }
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    // No sandbox as root in CI; no background traffic on a machine without a network.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  })
}

/**
 * Logs a seeded account (password from startSeededServer) into the admin and waits for the
 * dashboard; `es` answers the Spanish login page (the page's browser context must ask for
 * Spanish).
 */
export async function loginToAdmin(
  page: Page,
  baseUrl: string,
  email: string,
  language: 'en' | 'es' = 'en',
) {
  const es = language === 'es'
  await page.goto(`${baseUrl}/admin/login`)
  await page.getByLabel(es ? /correo/i : /email/i).fill(email)
  await page.getByLabel(es ? /contraseña/i : /password/i).fill('test-password-123')
  await page.getByRole('button', { name: es ? /iniciar sesión/i : /login/i }).click()
  await page.waitForURL((url) => url.pathname === '/admin', { timeout: 30_000 })
}

/**
 * A seeded SQLite server and Chromium for the test file that calls it at its top level: started
 * before its tests, stopped after. Its fields are there once the tests run.
 */
export function seededServerAndBrowser(env: Record<string, string> = {}) {
  const ready = {} as { server: ServerProcess; browser: Browser }
  let close: (() => Promise<void>) | undefined
  beforeAll(async () => {
    ;({ server: ready.server, close } = await startSeededServer('sqlite', env))
    ready.browser = await launchChromium()
  }, 180_000)
  afterAll(async () => {
    await ready.browser?.close()
    await close?.()
  })
  return ready
}
