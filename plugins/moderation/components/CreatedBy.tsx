import type { RelationshipFieldServerProps } from 'payload'

import React from 'react'

import { messagesFor } from '../utilities/messages.js'
import { userNames } from '../utilities/userNames.js'

/**
 * Who created the document, by name, read-only. Payload's own relationship field needs read
 * access to the account, which moderators do not have: it showed them "Untitled - ID: …".
 */
export async function CreatedBy({ data, field, i18n, payload }: RelationshipFieldServerProps) {
  const value = (data as { createdBy?: unknown } | undefined)?.createdBy
  const id =
    value && typeof value === 'object' ? String((value as { id: unknown }).id) : (value ?? '')
  const label = field.label
  const text =
    typeof label === 'object' && label !== null && !('$$typeof' in label)
      ? ((label as Record<string, string>)[i18n.language] ?? (label as Record<string, string>).en)
      : String(label ?? '')
  const name = id ? (await userNames(payload, [String(id)])).get(String(id)) : undefined
  return (
    <div className="field-type created-by">
      <span className="field-label">{text}</span>
      <p>{name ?? messagesFor(i18n.language).historySystem}</p>
    </div>
  )
}
