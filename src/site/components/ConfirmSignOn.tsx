'use client'

import React, { useActionState } from 'react'

import { type Locale, messagesFor } from '../../../plugins/content-call/exports/client.js'
import type { FormState } from '../../../plugins/content-call/exports/client.js'

/**
 * One button that confirms a sign-on's email. A button, not the link itself: mail scanners
 * that open links must not confirm on the reader's behalf.
 */
export function ConfirmSignOn({
  locale,
  token,
  initial,
  action,
}: {
  locale: Locale
  token: string
  initial: FormState
  action: (state: FormState, form: FormData) => Promise<FormState>
}) {
  const [state, formAction, pending] = useActionState(action, initial)
  const t = messagesFor(locale)
  if (state.status !== 'idle') {
    return (
      <p
        className={`panel${state.status === 'done' ? ' panel--success' : ''}`}
        role={state.status === 'done' ? 'status' : 'alert'}
        tabIndex={-1}
        {...{ autofocus: '' }}
      >
        {state.message}
      </p>
    )
  }
  return (
    <form action={formAction} className="form">
      <p>{t.confirmIntro}</p>
      <input name="locale" type="hidden" value={locale} />
      <input name="token" type="hidden" value={token} />
      <button aria-disabled={pending || undefined} className="button" type="submit">
        {t.confirmButton}
      </button>
    </form>
  )
}
