import type { Payload } from 'payload'

import { MODERATION_OPTIONS, sendModerationDigest } from '../../moderation/index.js'
import type { SanitizedModerationOptions } from '../../moderation/index.js'
import { PRIVATE_LINK_EDIT, SUBMISSION_CLIENT, SUBMISSION_LOCALE } from '../hooks/proposalHooks.js'
import type { Locale } from '../utilities/messages.js'
import { hashToken, looksLikeToken } from '../utilities/tokens.js'
import type { SignOnInput } from '../utilities/validateSignOn.js'
import { describeError, type SubmitResult } from './proposals.js'

/** A sign-on from the public form: the same path as an anonymous REST create, counted against
 * `client`'s submission limit. */
export async function submitSignOn(
  payload: Payload,
  input: SignOnInput,
  locale: Locale,
  client?: string,
): Promise<SubmitResult> {
  try {
    const doc = await payload.create({
      collection: 'organizations',
      // The form's strings; the collection's hooks validate kind and links against the vocabulary.
      data: input as never,
      overrideAccess: false,
      locale,
      context: { [SUBMISSION_LOCALE]: locale, [SUBMISSION_CLIENT]: client },
      depth: 0,
    })
    const contact = input.privateContact as { email?: string } | undefined
    return { ok: true, id: String(doc.id), email: String(contact?.email ?? '') }
  } catch (error) {
    return describeError(error, locale)
  }
}

/**
 * Confirms a sign-on's email: moderators see it from now on and get one email about it.
 * Answers the organization's name, or null for an unknown or already used link.
 */
export async function confirmSignOn(payload: Payload, token: unknown): Promise<string | null> {
  if (!looksLikeToken(token)) return null
  const { docs } = await payload.find({
    collection: 'organizations',
    where: {
      and: [
        { signOnTokenHash: { equals: hashToken(token) } },
        { awaitingConfirmation: { equals: true } },
      ],
    },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const org = docs[0] as unknown as { id: string; name: string } | undefined
  if (!org) return null
  await payload.update({
    collection: 'organizations',
    id: org.id,
    data: { awaitingConfirmation: false, signOnTokenHash: null },
    overrideAccess: true,
    context: { [PRIVATE_LINK_EDIT]: true },
    depth: 0,
  })
  const moderation = payload.config.custom?.[MODERATION_OPTIONS] as
    SanitizedModerationOptions | undefined
  await sendModerationDigest(
    payload,
    [{ collection: 'organizations', id: org.id, title: org.name, from: null, to: 'pending' }],
    { what: 'A confirmed sign-on', recipients: moderation?.notifyRecipients },
  )
  return org.name
}
