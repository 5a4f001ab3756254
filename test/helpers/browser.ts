import fs from 'node:fs'
import { type Browser, chromium } from 'playwright-core'

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
