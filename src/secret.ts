import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { dataDir } from './paths.js'

export const LOCAL_SECRET_FILE = path.join(dataDir, '.payload-secret')

/**
 * PAYLOAD_SECRET signs logins and API keys. In production it must come from the environment.
 * Elsewhere (quick start, dev, tests) a random one is generated once into data/ and reused, so
 * logins survive restarts without anyone having to invent a secret.
 */
export function resolveSecret(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.PAYLOAD_SECRET?.trim()
  if (fromEnv) return fromEnv
  // `next build` evaluates the config without serving anything: no secret is used there.
  if (env.NEXT_PHASE === 'phase-production-build') return 'build-time-placeholder'
  if (env.NODE_ENV === 'production') {
    throw new Error(
      'PAYLOAD_SECRET is required when NODE_ENV=production: set it to a long random string (e.g. `openssl rand -hex 32`)',
    )
  }
  if (fs.existsSync(LOCAL_SECRET_FILE)) return fs.readFileSync(LOCAL_SECRET_FILE, 'utf8').trim()
  fs.mkdirSync(dataDir, { recursive: true })
  const secret = crypto.randomBytes(32).toString('hex')
  fs.writeFileSync(LOCAL_SECRET_FILE, secret + '\n', { mode: 0o600 })
  console.info(
    `Generated a local PAYLOAD_SECRET in ${LOCAL_SECRET_FILE} (set PAYLOAD_SECRET to use your own)`,
  )
  return secret
}
