import config from '@payload-config'
import { getPayload } from 'payload'
import React from 'react'

import { SESSION_FORMATS } from '../../collections/Sessions/index.js'
import { CALL_SETTINGS_SLUG } from '../../plugins/content-call/index.js'
import { proposalByToken } from '../../plugins/content-call/services/proposals.js'
import { type Locale, messagesFor } from '../../plugins/content-call/utilities/messages.js'
import { type CallSettings, callOpen } from '../../plugins/content-call/utilities/validate.js'
import { LANGUAGES } from '../fields/languages.js'
import { defaultTimeZone } from '../fields/timeRange.js'
import { confirmSignOnAction, manageAction, proposeAction, signOnAction } from './actions.js'
import { ConfirmSignOn } from './components/ConfirmSignOn.js'
import { SignOnForm } from './components/SignOnForm.js'
import { ORGANIZATION_KINDS } from '../../collections/Organizations/kinds.js'
import { ManageProposal } from './components/ManageProposal.js'
import { type CallOptions, ProposalForm } from './components/ProposalForm.js'
import { SiteShell } from './components/SiteShell.js'
import { initialState } from './initialState.js'
import { formFromProposal } from './proposalInput.js'

type Localized = { en: string; es: string }

const siteTimeZone = () => defaultTimeZone()

async function loadCall(locale: Locale) {
  const payload = await getPayload({ config })
  const settings = (await payload.findGlobal({
    slug: CALL_SETTINGS_SLUG as never,
    locale,
    depth: 0,
  })) as unknown as CallSettings & { intro?: string | null }
  const label = (l: Localized | string) => (typeof l === 'string' ? l : l[locale])
  const options: CallOptions = {
    formats: SESSION_FORMATS.filter((f) => settings.formats?.includes(f.value)).map((f) => ({
      value: f.value,
      label: label(f.label),
    })),
    lengths: (settings.lengths ?? []).map((m) => ({
      value: m,
      label: locale === 'es' ? `${m} minutos` : `${m} minutes`,
    })),
    languages: LANGUAGES.filter((l) => settings.languages?.includes(l.value)).map((l) => ({
      value: l.value,
      label: label(l.label),
    })),
    tracks: (settings.tracks ?? []).map((tr) => ({ value: tr.key, label: tr.label })),
    questions: (settings.questions ?? []).map((q) => ({
      key: q.key,
      type: q.type,
      required: Boolean(q.required),
      label: q.label,
      options: (q.options ?? []).map((o) => o.label),
    })),
  }
  return { payload, settings, options }
}

/** Stored answers to choice questions are labels; the form's radio buttons carry indexes. */
function withChoiceIndexes(values: Record<string, string | string[]>, options: CallOptions) {
  for (const q of options.questions) {
    const name = `answers.${q.key}`
    if (q.type !== 'choice' || typeof values[name] !== 'string') continue
    const index = q.options.indexOf(values[name])
    if (index >= 0) values[name] = String(index)
    else delete values[name]
  }
  return values
}

/** `/propose` and `/es/propose`. */
export async function ProposePage({ locale }: { locale: Locale }) {
  const t = messagesFor(locale)
  const { settings, options } = await loadCall(locale)
  const open = callOpen(settings, locale, new Date(), siteTimeZone())
  return (
    <SiteShell
      alternate={locale === 'es' ? '/propose' : '/es/propose'}
      locale={locale}
      title={t.proposeTitle}
    >
      {open.open ? (
        <>
          <p className="intro">{settings.intro || t.proposeIntro}</p>
          <ProposalForm
            action={proposeAction}
            initial={initialState()}
            locale={locale}
            options={options}
          />
        </>
      ) : (
        <p className="panel">{open.message}</p>
      )}
    </SiteShell>
  )
}

/** `/propose/manage/:token` and `/es/propose/manage/:token`: the submitter's private page. */
export async function ManagePage({ locale, token }: { locale: Locale; token: string }) {
  const t = messagesFor(locale)
  const { payload, options } = await loadCall(locale)
  const proposal = await proposalByToken(payload, token)
  const other = `${locale === 'es' ? '' : '/es'}/propose/manage/${token}`
  return (
    <SiteShell alternate={other} locale={locale} title={t.manageTitle}>
      {!proposal ? (
        <p className="panel">{t.manageInvalid}</p>
      ) : (
        <ManageProposal
          editable={proposal.editable}
          initial={initialState(withChoiceIndexes(formFromProposal(proposal.input), options))}
          locale={locale}
          manage={manageAction}
          options={options}
          state={t.reviewStates[proposal.reviewState] ?? proposal.reviewState}
          title={proposal.title}
          token={token}
        />
      )}
    </SiteShell>
  )
}

/** `/sign-on` and `/es/sign-on`. */
export function SignOnPage({ locale }: { locale: Locale }) {
  const t = messagesFor(locale)
  return (
    <SiteShell
      alternate={locale === 'es' ? '/sign-on' : '/es/sign-on'}
      locale={locale}
      title={t.signOnTitle}
    >
      <p className="intro">{t.signOnIntro}</p>
      <SignOnForm
        action={signOnAction}
        initial={initialState()}
        kinds={ORGANIZATION_KINDS.map((k) => ({ value: k.value, label: k.label[locale] }))}
        locale={locale}
      />
    </SiteShell>
  )
}

/** `/sign-on/confirm/:token`: the link in a sign-on's email. */
export function ConfirmSignOnPage({ locale, token }: { locale: Locale; token: string }) {
  const t = messagesFor(locale)
  return (
    <SiteShell
      alternate={`${locale === 'es' ? '' : '/es'}/sign-on/confirm/${token}`}
      locale={locale}
      title={t.confirmTitle}
    >
      <ConfirmSignOn
        action={confirmSignOnAction}
        initial={initialState()}
        locale={locale}
        token={token}
      />
    </SiteShell>
  )
}
