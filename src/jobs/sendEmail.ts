import type { TaskConfig } from 'payload'

/**
 * Sends one email through the configured transport, with retries. Anything that emails people
 * (moderation notices, confirmations, decisions) queues this task instead of sending inline,
 * so a slow or failing mail server never holds up a save.
 */
export const sendEmailTask: TaskConfig<'sendEmail'> = {
  slug: 'sendEmail',
  label: 'Send email',
  retries: { attempts: 5, backoff: { type: 'exponential', delay: 30_000 } },
  inputSchema: [
    { name: 'to', type: 'text', required: true },
    { name: 'subject', type: 'text', required: true },
    { name: 'text', type: 'textarea', required: true },
    { name: 'html', type: 'textarea' },
  ],
  outputSchema: [{ name: 'messageId', type: 'text' }],
  handler: async ({ input, req }) => {
    const result = (await req.payload.sendEmail({
      to: input.to,
      subject: input.subject,
      text: input.text,
      ...(input.html ? { html: input.html } : {}),
    })) as { messageId?: string } | undefined
    return { output: { messageId: result?.messageId ?? '' } }
  },
}
