import config from '@payload-config'
import { getPayload } from 'payload'
import React from 'react'

import {
  callOpen,
  formFromProposal,
  initialState as initialWith,
  type Locale,
  loadCall,
  messagesFor,
  organizationKinds,
  proposalByToken,
  withChoiceIndexes,
} from '../../plugins/content-call/exports/site.js'
import { defaultTimeZone } from '../fields/timeRange.js'
import { confirmSignOnAction, manageAction, proposeAction, signOnAction } from './actions.js'
import { ConfirmSignOn } from './components/ConfirmSignOn.js'
import { ManageProposal } from './components/ManageProposal.js'
import { ProposalForm } from './components/ProposalForm.js'
import { SignOnForm } from './components/SignOnForm.js'
import { SiteShell } from './components/SiteShell.js'

const siteTimeZone = () => defaultTimeZone()
const initialState = (values?: Parameters<typeof initialWith>[1]) =>
  initialWith(process.env.PAYLOAD_SECRET || '', values)
const payload = () => getPayload({ config })

/** `/propose` and `/es/propose`. */
export async function ProposePage({ locale }: { locale: Locale }) {
  const t = messagesFor(locale)
  const { settings, options } = await loadCall(await payload(), locale)
  const open = callOpen(settings, locale, new Date(), siteTimeZone())
  return (
    <SiteShell path="/propose" skipLabel={t.skipToForm} locale={locale} title={t.proposeTitle}>
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
  const { options } = await loadCall(await payload(), locale)
  const proposal = await proposalByToken(await payload(), token)
  return (
    <SiteShell
      locale={locale}
      meta={{ noindex: true }}
      path={`/propose/manage/${token}`}
      skipLabel={t.skipToForm}
      title={t.manageTitle}
    >
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
export async function SignOnPage({ locale }: { locale: Locale }) {
  const t = messagesFor(locale)
  return (
    <SiteShell path="/sign-on" skipLabel={t.skipToForm} locale={locale} title={t.signOnTitle}>
      <p className="intro">{t.signOnIntro}</p>
      <SignOnForm
        action={signOnAction}
        initial={initialState()}
        kinds={organizationKinds(await payload(), locale)}
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
      meta={{ noindex: true }}
      path={`/sign-on/confirm/${token}`}
      skipLabel={t.skipToForm}
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
