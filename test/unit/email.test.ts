/**
 * Mail without SMTP: on a laptop (the quick start, `npm run dev`) each message is logged whole,
 * so a proposal's private link can be followed; in production only Payload's one-line notice.
 */
import { describe, expect, test } from '@jest/globals'
import type { Payload } from 'payload'

import { emailAdapter } from '../../src/email/index.js'

/** The adapter as Payload starts it, with a logger that keeps what it is given. */
function started(env: NodeJS.ProcessEnv) {
  const adapter = emailAdapter(env)
  if (typeof adapter !== 'function') return { adapter, lines: [] as string[] }
  const lines: string[] = []
  const logger = { info: (line: unknown) => lines.push(String(line)) }
  return { adapter: adapter({ payload: { logger } as unknown as Payload }), lines }
}

const PROPOSAL = {
  to: [{ name: 'Jo Park', address: 'jo@example.org' }, 'co@example.org'],
  subject: 'Your proposal "Rent strike logistics" was received',
  text: 'Change or withdraw it here:\nhttp://localhost:3000/propose/manage/abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG\n',
  html: '<p>Change or withdraw it</p>',
}

describe('email without SMTP_URL', () => {
  test.each<[string, Record<string, string>]>([
    ['the quick start', { NODE_ENV: 'production', DUALPOWER_QUICKSTART: 'true' }],
    ['npm run dev', { NODE_ENV: 'development' }],
    ['no NODE_ENV', {}],
  ])('%s logs every message whole: recipients, subject, the text with its link', async (_, env) => {
    const { adapter, lines } = started(env as NodeJS.ProcessEnv)
    expect(adapter).toMatchObject({ name: 'log', defaultFromAddress: 'no-reply@localhost' })
    await (adapter as { sendEmail: (m: unknown) => Promise<unknown> }).sendEmail(PROPOSAL)
    expect(lines).toHaveLength(1)
    expect(lines[0]).toContain('Email not sent (SMTP_URL is unset)')
    expect(lines[0]).toContain('To: jo@example.org, co@example.org')
    expect(lines[0]).toContain(`Subject: ${PROPOSAL.subject}`)
    expect(lines[0]).toContain(
      'http://localhost:3000/propose/manage/abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG',
    )
  })

  test('a message without a plain-text body says so instead of logging its HTML', async () => {
    const { adapter, lines } = started({ NODE_ENV: 'development', EMAIL_FROM_NAME: 'Assembly' })
    expect(adapter).toMatchObject({ defaultFromName: 'Assembly' })
    await (adapter as { sendEmail: (m: unknown) => Promise<unknown> }).sendEmail({
      to: 'a@example.org',
      subject: 'HTML only',
      html: '<p>secret</p>',
    })
    expect(lines[0]).toContain('(no plain-text body)')
    expect(lines[0]).not.toContain('secret')
  })

  test('production keeps bodies (private links) out of its log: Payload names recipient and subject', () => {
    expect(emailAdapter({ NODE_ENV: 'production' })).toBeUndefined()
  })

  test('with SMTP_URL mail goes to Nodemailer (an adapter made asynchronously), not the log', () => {
    const smtp = emailAdapter({ NODE_ENV: 'development', SMTP_URL: 'smtp://localhost:2525' })
    expect(smtp).toBeInstanceOf(Promise)
    // Nothing listens on that port: whatever Nodemailer tries must not fail the run later.
    ;(smtp as Promise<unknown>).catch(() => undefined)
  })
})
