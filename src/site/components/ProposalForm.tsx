'use client'

import React, { useActionState } from 'react'

import {
  type CallOptions,
  type FormState,
  HONEYPOT,
  listOf,
  type Locale,
  MAX_CO_FACILITATORS,
  messagesFor,
  valueOf,
} from '../../../plugins/content-call/exports/client.js'
import {
  Checkbox,
  Choices,
  ErrorSummary,
  fieldProps,
  FormBasics,
  Select,
  TextArea,
  TextField,
  ThanksPanel,
} from './fields.js'

export type { CallOptions }

type Props = {
  locale: Locale
  options: CallOptions
  initial: FormState
  action: (state: FormState, form: FormData) => Promise<FormState>
  /** The private page edits an existing proposal: no email, no consent, other button. */
  token?: string
}

/**
 * The proposal form. Plain HTML that works without JavaScript (the server action answers with
 * the page); with JavaScript the same action runs without a reload. Errors are listed at the
 * top (focused) and next to each field; everything typed is kept.
 */
export function ProposalForm({ locale, options, initial, action, token }: Props) {
  const [state, formAction, pending] = useActionState(action, initial)
  const t = messagesFor(locale)
  const v = (name: string) => valueOf(state.values, name)
  const common = fieldProps(state.errors, t.required)

  if (state.status === 'done' && !token) {
    return <ThanksPanel text={t.thanksText(state.email ?? '')} title={t.thanksTitle} />
  }

  const labels: Record<string, string> = {
    title: t.title,
    format: t.format,
    track: t.track,
    description: t.description,
    audience: t.audience,
    length: t.length,
    languages: t.languages,
    submitterName: t.submitterName,
    submitterPronouns: t.submitterPronouns,
    submitterEmail: t.submitterEmail,
    organizationName: t.organizationName,
    technicalNeeds: t.technicalNeeds,
    accessNeeds: t.accessNeeds,
    childcareRequest: t.childcareRequest,
    consent: t.consent,
    ...Object.fromEntries(options.questions.map((q) => [`answers.${q.key}`, q.label])),
    ...Object.fromEntries(
      Array.from({ length: MAX_CO_FACILITATORS }, (_, i) => [
        [`coFacilitators.${i}.name`, t.coFacilitator(i + 1)],
        [`coFacilitators.${i}.email`, t.coFacilitatorEmail(i + 1)],
      ]).flat(),
    ),
  }

  return (
    <form action={formAction} className="form" id="form" noValidate>
      {state.status === 'error' ? (
        <ErrorSummary
          errors={state.errors}
          labels={labels}
          message={state.message}
          title={t.errorSummary(Object.keys(state.errors).length)}
        />
      ) : null}
      {state.status === 'done' && token && state.message ? (
        <p className="panel panel--success" role="status">
          {state.message}
        </p>
      ) : null}
      <FormBasics
        honeypotLabel={t.honeypot}
        honeypotName={HONEYPOT}
        locale={locale}
        stamp={state.stamp}
      />
      {token ? <input name="token" type="hidden" value={token} /> : null}

      <fieldset className="section">
        <legend>
          <h2>{t.sessionSection}</h2>
        </legend>
        <TextField {...common('title', t.title, true)} maxLength={300} value={v('title')} />
        {options.formats.length > 0 ? (
          <Choices
            {...common('format', t.format, true)}
            options={options.formats}
            values={[v('format')]}
          />
        ) : null}
        {options.tracks.length > 0 ? (
          <Select
            {...common('track', t.track)}
            options={options.tracks}
            placeholder={t.noTrack}
            value={v('track')}
          />
        ) : null}
        <TextArea
          {...common('description', t.description, true)}
          hint={t.descriptionHint}
          maxLength={6000}
          rows={8}
          value={v('description')}
        />
        <TextArea
          {...common('audience', t.audience)}
          maxLength={2000}
          rows={3}
          value={v('audience')}
        />
        {options.lengths.length > 0 ? (
          <Select
            {...common('length', t.length)}
            options={options.lengths}
            placeholder={t.choose}
            value={v('length')}
          />
        ) : null}
        {options.languages.length > 0 ? (
          <Choices
            {...common('languages', t.languages)}
            multiple
            options={options.languages}
            values={listOf(state.values, 'languages')}
          />
        ) : null}
        {options.questions.map((q) => {
          const name = `answers.${q.key}`
          if (q.type === 'checkbox') {
            return (
              <Checkbox
                {...common(name, q.label, q.required)}
                checked={v(name) === 'on'}
                key={q.key}
              />
            )
          }
          if (q.type === 'choice') {
            return (
              <Choices
                {...common(name, q.label, q.required)}
                key={q.key}
                options={q.options.map((label, i) => ({ value: String(i), label }))}
                values={[v(name)]}
              />
            )
          }
          return (
            <TextArea
              {...common(name, q.label, q.required)}
              key={q.key}
              maxLength={2000}
              rows={3}
              value={v(name)}
            />
          )
        })}
      </fieldset>

      <fieldset className="section">
        <legend>
          <h2>{t.aboutYouSection}</h2>
        </legend>
        <TextField
          {...common('submitterName', t.submitterName, true)}
          autoComplete="name"
          maxLength={200}
          value={v('submitterName')}
        />
        <TextField
          {...common('submitterPronouns', t.submitterPronouns)}
          maxLength={60}
          value={v('submitterPronouns')}
        />
        {token ? null : (
          <TextField
            {...common('submitterEmail', t.submitterEmail, true)}
            autoComplete="email"
            hint={t.submitterEmailHint}
            type="email"
            value={v('submitterEmail')}
          />
        )}
        <TextField
          {...common('organizationName', t.organizationName)}
          autoComplete="organization"
          maxLength={200}
          value={v('organizationName')}
        />
        {[0, 1].map((i) => (
          <div className="field-row" key={i}>
            <TextField
              {...common(`coFacilitators.${i}.name`, t.coFacilitator(i + 1))}
              maxLength={200}
              value={v(`coFacilitators.${i}.name`)}
            />
            <TextField
              {...common(`coFacilitators.${i}.email`, t.coFacilitatorEmail(i + 1))}
              type="email"
              value={v(`coFacilitators.${i}.email`)}
            />
          </div>
        ))}
      </fieldset>

      <fieldset className="section">
        <legend>
          <h2>{t.accessSection}</h2>
        </legend>
        <p className="section__note">{t.accessPrivate}</p>
        <TextArea
          {...common('accessNeeds', t.accessNeeds)}
          hint={t.accessNeedsHint}
          maxLength={4000}
          rows={4}
          value={v('accessNeeds')}
        />
        <TextArea
          {...common('childcareRequest', t.childcareRequest)}
          hint={t.childcareHint}
          maxLength={2000}
          rows={3}
          value={v('childcareRequest')}
        />
        <TextArea
          {...common('technicalNeeds', t.technicalNeeds)}
          maxLength={2000}
          rows={3}
          value={v('technicalNeeds')}
        />
      </fieldset>

      {token ? (
        <input name="consent" type="hidden" value="on" />
      ) : (
        <Checkbox {...common('consent', t.consent, true)} checked={v('consent') === 'on'} />
      )}
      <button aria-disabled={pending || undefined} className="button" type="submit">
        {token ? t.manageEdit : t.submit}
      </button>
    </form>
  )
}
