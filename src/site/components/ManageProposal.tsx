'use client'

import React, { useActionState } from 'react'

import { type Locale, messagesFor } from '../../../plugins/content-call/exports/client.js'
import type { FormState } from '../../../plugins/content-call/exports/client.js'
import { Checkbox, ErrorSummary } from './fields.js'
import { type CallOptions, ProposalForm } from './ProposalForm.js'

type Props = {
  locale: Locale
  title: string
  state: string
  editable: boolean
  token: string
  options: CallOptions
  initial: FormState
  manage: (state: FormState, form: FormData) => Promise<FormState>
}

/** What a submitter sees through their private link: the state, the form to edit, withdrawal. */
export function ManageProposal(props: Props) {
  const { locale, title, state, editable, token, options, initial, manage } = props
  const t = messagesFor(locale)
  const [withdrawal, withdraw] = useActionState(manage, { ...initial, values: {} })
  if (withdrawal.status === 'done') {
    return (
      <p className="panel panel--success" role="status" tabIndex={-1} {...{ autofocus: '' }}>
        {withdrawal.message}
      </p>
    )
  }
  return (
    <>
      <dl className="summary-list">
        <dt>{t.title}</dt>
        <dd>{title}</dd>
        <dt>{t.manageState}</dt>
        <dd>{state}</dd>
      </dl>
      {!editable ? (
        <p className="panel">{t.manageLocked}</p>
      ) : (
        <>
          <ProposalForm
            action={manage}
            initial={initial}
            locale={locale}
            options={options}
            token={token}
          />
          <form action={withdraw} className="form form--withdraw" noValidate>
            <h2>{t.manageWithdraw}</h2>
            {withdrawal.status === 'error' ? (
              <ErrorSummary
                errors={withdrawal.errors}
                labels={{ confirmWithdraw: t.manageWithdrawConfirm }}
                message={withdrawal.message}
                title={t.errorSummary(Object.keys(withdrawal.errors).length)}
              />
            ) : null}
            <input name="locale" type="hidden" value={locale} />
            <input name="token" type="hidden" value={token} />
            <input name="intent" type="hidden" value="withdraw" />
            <Checkbox
              checked={false}
              error={withdrawal.errors.confirmWithdraw}
              label={t.manageWithdrawConfirm}
              name="confirmWithdraw"
              requiredText={t.required}
            />
            <button className="button button--warning" type="submit">
              {t.manageWithdraw}
            </button>
          </form>
        </>
      )}
    </>
  )
}
