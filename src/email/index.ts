import type { EmailAdapter } from 'payload'

import { nodemailerAdapter } from '@payloadcms/email-nodemailer'

/**
 * SMTP_URL (e.g. smtps://user:pass@mail.example.org:465) sends real mail; unset, Payload writes
 * each message to the log instead, which is what a laptop or a test wants.
 */
export function emailAdapter(env: NodeJS.ProcessEnv = process.env) {
  const smtp = env.SMTP_URL?.trim()
  if (!smtp) return undefined
  return nodemailerAdapter({
    defaultFromAddress: env.EMAIL_FROM_ADDRESS || 'no-reply@localhost',
    defaultFromName: env.EMAIL_FROM_NAME || 'Dual Power CMS',
    transportOptions: smtp,
  }) as unknown as Promise<EmailAdapter> | EmailAdapter
}
