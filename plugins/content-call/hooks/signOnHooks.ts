import type {
  Access,
  CollectionAfterChangeHook,
  CollectionBeforeChangeHook,
  Field,
  Where,
} from 'payload'

import { MODERATION_DIGEST } from '../../moderation/index.js'
import { type Locale, messagesFor } from '../utilities/messages.js'
import { newToken } from '../utilities/tokens.js'
import { validateSignOn } from '../utilities/validateSignOn.js'
import { allow, callOptions, holds } from '../utilities/roles.js'
import { fieldErrors, publicSubmission, siteOrigin } from './proposalHooks.js'

const SIGN_ON_TOKEN = 'content-call:sign-on-token'
const organizers = allow('organizers')

/** What sign-ons add to organizations: the confirmation state and the link's hash. */
export const signOnFields: Field[] = [
  {
    name: 'awaitingConfirmation',
    type: 'checkbox',
    defaultValue: false,
    index: true,
    label: { en: 'Sign-on email not confirmed yet', es: 'Correo de adhesión sin confirmar' },
    admin: {
      position: 'sidebar',
      readOnly: true,
      description: {
        en: 'Moderators see a sign-on once its email is confirmed.',
        es: 'Moderación ve una adhesión cuando se confirma su correo.',
      },
    },
    access: { read: organizers, update: organizers },
  },
  {
    name: 'signOnLanguage',
    type: 'select',
    options: [
      { value: 'en', label: 'English' },
      { value: 'es', label: 'Español' },
    ],
    label: { en: 'Language of the sign-on', es: 'Idioma de la adhesión' },
    admin: { position: 'sidebar', readOnly: true },
    access: { read: organizers, update: organizers },
  },
  { name: 'signOnTokenHash', type: 'text', hidden: true, index: true },
]

const SYSTEM_FIELDS = ['awaitingConfirmation', 'signOnLanguage', 'signOnTokenHash'] as const

/**
 * Moderators who are not organizers do not see sign-ons waiting for their email confirmation
 * (the public never sees pending ones anyway).
 */
export const hideUnconfirmed =
  (existing: Access | undefined): Access =>
  async (args) => {
    const base = existing ? await existing(args) : Boolean(args.req.user)
    if (!base || holds(args.req, 'organizers') || !holds(args.req, 'moderators')) return base
    const confirmed: Where = { awaitingConfirmation: { not_equals: true } }
    return base === true ? confirmed : { and: [base as Where, confirmed] }
  }

/**
 * Sign-ons from the public (REST, GraphQL, the form): only the organization's own fields are
 * kept, it is listed as an endorser, pending, and waits for its email to be confirmed. The
 * moderators' notice waits for the confirmation too.
 */
export const publicSignOn: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  const locale = await publicSubmission(data, operation, req, SYSTEM_FIELDS)
  if (!locale) return data
  const { data: clean, errors } = validateSignOn(
    data,
    callOptions(req.payload).vocabulary.organizationKinds.map((k) => k.value),
    locale,
  )
  if (!clean) throw fieldErrors(errors, req, 'organizations')
  const { token, hash } = newToken()
  // For the email after the save (the saved doc, as the public may read it, has no contact).
  req.context[SIGN_ON_TOKEN] = { token, locale, ...clean.privateContact, org: clean.name }
  // Collected, not sent: moderators hear of it once the email is confirmed.
  req.context[MODERATION_DIGEST] = []
  return {
    ...clean,
    relationship: ['endorser'],
    moderationStatus: 'pending',
    awaitingConfirmation: true,
    signOnLanguage: locale,
    signOnTokenHash: hash,
  }
}

export const signOnConfirmPath = (locale: Locale, token: string) =>
  `${locale === 'es' ? '/es' : ''}/sign-on/confirm/${token}`

/** After a public sign-on: the confirmation link, in the language it was made in. */
export const sendSignOnConfirmation: CollectionAfterChangeHook = async ({
  doc,
  operation,
  req,
}) => {
  const issued = req.context?.[SIGN_ON_TOKEN] as
    { token: string; locale: Locale; name: string; email: string; org: string } | undefined
  if (operation !== 'create' || !issued) return doc
  delete req.context[SIGN_ON_TOKEN]
  const t = messagesFor(issued.locale)
  await req.payload.jobs.queue({
    task: 'sendEmail',
    input: {
      to: issued.email,
      subject: t.signOnEmailSubject(issued.org),
      text: t.signOnEmailText(
        issued.name,
        issued.org,
        `${siteOrigin(req)}${signOnConfirmPath(issued.locale, issued.token)}`,
      ),
    },
    req,
  })
  return doc
}
