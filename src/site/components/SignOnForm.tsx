'use client'

import React, { useActionState } from 'react'

import { type Locale, messagesFor } from '../../../plugins/content-call/exports/client.js'
import { type FormState, HONEYPOT, valueOf } from '../../../plugins/content-call/exports/client.js'
import {
  Checkbox,
  ErrorSummary,
  fieldProps,
  FormBasics,
  type Option,
  Select,
  TextField,
  ThanksPanel,
} from './fields.js'

type Props = {
  locale: Locale
  kinds: Option[]
  initial: FormState
  action: (state: FormState, form: FormData) => Promise<FormState>
}

/** The sign-on form: plain HTML that works without JavaScript, errors listed and kept. */
export function SignOnForm({ locale, kinds, initial, action }: Props) {
  const [state, formAction, pending] = useActionState(action, initial)
  const t = messagesFor(locale)
  const v = (name: string) => valueOf(state.values, name)
  const common = fieldProps(state.errors, t.required)
  if (state.status === 'done') {
    return <ThanksPanel text={t.signOnThanksText(state.email ?? '')} title={t.signOnThanksTitle} />
  }
  const labels: Record<string, string> = {
    name: t.orgName,
    kind: t.orgKind,
    website: t.orgWebsite,
    city: t.orgCity,
    region: t.orgRegion,
    country: t.orgCountry,
    'privateContact.name': t.contactName,
    'privateContact.email': t.contactEmail,
  }
  return (
    <form action={formAction} className="form" noValidate>
      {state.status === 'error' ? (
        <ErrorSummary
          errors={state.errors}
          labels={labels}
          message={state.message}
          title={t.errorSummary(Object.keys(state.errors).length)}
        />
      ) : null}
      <FormBasics
        honeypotLabel={t.honeypot}
        honeypotName={HONEYPOT}
        locale={locale}
        stamp={state.stamp}
      />
      <TextField
        {...common('name', t.orgName, true)}
        autoComplete="organization"
        maxLength={200}
        value={v('name')}
      />
      <Select
        {...common('kind', t.orgKind, true)}
        options={kinds}
        placeholder={t.choose}
        value={v('kind')}
      />
      <TextField
        {...common('website', t.orgWebsite)}
        autoComplete="url"
        type="url"
        value={v('website')}
      />
      <TextField
        {...common('city', t.orgCity)}
        autoComplete="address-level2"
        maxLength={120}
        value={v('city')}
      />
      <TextField
        {...common('region', t.orgRegion)}
        autoComplete="address-level1"
        maxLength={120}
        value={v('region')}
      />
      <TextField
        {...common('country', t.orgCountry)}
        autoComplete="country-name"
        maxLength={120}
        value={v('country')}
      />
      <TextField
        {...common('privateContact.name', t.contactName, true)}
        autoComplete="name"
        maxLength={200}
        value={v('privateContact.name')}
      />
      <TextField
        {...common('privateContact.email', t.contactEmail, true)}
        autoComplete="email"
        hint={t.contactEmailHint}
        type="email"
        value={v('privateContact.email')}
      />
      <Checkbox {...common('listPublicly', t.listPublicly)} checked={v('listPublicly') === 'on'} />
      <button aria-disabled={pending || undefined} className="button" type="submit">
        {t.signOnSubmit}
      </button>
    </form>
  )
}
