import type { EmailAdapter, SendEmailOptions } from 'payload'

import { nodemailerAdapter } from '@payloadcms/email-nodemailer'

const fromAddress = (env: NodeJS.ProcessEnv) => env.EMAIL_FROM_ADDRESS || 'no-reply@localhost'
const fromName = (env: NodeJS.ProcessEnv) => env.EMAIL_FROM_NAME || 'Dual Power CMS'

/** Addresses as one line, whatever form Nodemailer's options give them in. */
function addresses(value: SendEmailOptions['to']): string {
  if (!value) return ''
  const list = Array.isArray(value) ? value : [value]
  return list.map((a) => (typeof a === 'string' ? a : a.address)).join(', ')
}

/**
 * Without SMTP on a laptop (the quick start, `npm run dev`): every message is written to the log
 * whole, so the private links that proposals and sign-ons send can be followed on a fresh
 * install. Production logs are shared more widely: there Payload's own adapter names only the
 * recipient and the subject.
 */
export const logEmailAdapter =
  (env: NodeJS.ProcessEnv = process.env): EmailAdapter =>
  ({ payload }) => ({
    name: 'log',
    defaultFromAddress: fromAddress(env),
    defaultFromName: fromName(env),
    sendEmail: async (message) => {
      const body = typeof message.text === 'string' ? message.text : '(no plain-text body)'
      payload.logger.info(
        [
          `Email not sent (SMTP_URL is unset), written here in full:`,
          `To: ${addresses(message.to)}`,
          `Subject: ${message.subject ?? ''}`,
          '',
          body,
        ].join('\n'),
      )
    },
  })

/**
 * SMTP_URL (e.g. smtps://user:pass@mail.example.org:465) sends real mail. Unset, messages go to
 * the log: whole outside production (see logEmailAdapter), recipient and subject in production.
 */
export function emailAdapter(env: NodeJS.ProcessEnv = process.env) {
  const smtp = env.SMTP_URL?.trim()
  if (!smtp) {
    const laptop = env.NODE_ENV !== 'production' || env.DUALPOWER_QUICKSTART === 'true'
    return laptop ? logEmailAdapter(env) : undefined
  }
  return nodemailerAdapter({
    defaultFromAddress: fromAddress(env),
    defaultFromName: fromName(env),
    transportOptions: smtp,
  }) as unknown as Promise<EmailAdapter> | EmailAdapter
}
