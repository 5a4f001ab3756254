'use server'

import config from '@payload-config'
import { refresh } from 'next/cache'
import { headers } from 'next/headers'
import { getPayload } from 'payload'

import {
  CLIENT_IP_HEADER,
  type FormContext,
  type FormState,
  handleConfirmSignOn,
  handleManage,
  handlePropose,
  handleSignOn,
} from '../../plugins/content-call/exports/site.js'

/** Payload, the submitter's address as the HTTP layer recorded it for this request (server
 * actions are posted to any URL, so every limit is counted there, by client), the secret. */
const context = async (): Promise<FormContext> => ({
  payload: await getPayload({ config }),
  client: (await headers()).get(CLIENT_IP_HEADER) || 'unknown',
  secret: process.env.PAYLOAD_SECRET || '',
})

/** The public proposal form (`/propose`, `/es/propose`). */
export async function proposeAction(_previous: FormState, form: FormData): Promise<FormState> {
  return handlePropose(form, await context())
}

/** The private page of a proposal: save changes, or withdraw. */
export async function manageAction(_previous: FormState, form: FormData): Promise<FormState> {
  const { saved, ...state } = await handleManage(form, await context())
  // The page around the form (the summary's title) shows the saved values too.
  if (saved) refresh()
  return state
}

/** The public sign-on form (`/sign-on`, `/es/sign-on`). */
export async function signOnAction(_previous: FormState, form: FormData): Promise<FormState> {
  return handleSignOn(form, await context())
}

/** The button on the link a sign-on's email carries. */
export async function confirmSignOnAction(
  _previous: FormState,
  form: FormData,
): Promise<FormState> {
  return handleConfirmSignOn(form, await context())
}
