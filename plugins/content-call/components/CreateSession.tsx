import type { UIFieldServerProps } from 'payload'

import React from 'react'

import { holds } from '../utilities/roles.js'
import { CreateSessionButton } from './CreateSessionButton.js'

const texts = {
  en: {
    heading: 'Session',
    open: (title: string) => `Open the session “${title}”`,
    notYet: 'When the proposal is accepted (and saved), its session can be created here.',
  },
  es: {
    heading: 'Sesión',
    open: (title: string) => `Abrir la sesión «${title}»`,
    notYet: 'Cuando la propuesta esté aceptada (y guardada), aquí se puede crear su sesión.',
  },
}

/**
 * In a proposal's sidebar, for organizers: a link to the session made from it, or the button
 * that makes it once the proposal is accepted.
 */
export async function CreateSession({ i18n, id, payload, user }: UIFieldServerProps) {
  if (!id || !holds({ user, payload }, 'organizers')) return null
  const t = i18n.language === 'es' ? texts.es : texts.en
  const [proposal, sessions] = await Promise.all([
    payload.findByID({
      collection: 'proposals',
      id,
      depth: 0,
      select: { reviewState: true },
      overrideAccess: true,
    }),
    payload.find({
      collection: 'sessions',
      where: { proposal: { equals: id } },
      depth: 0,
      limit: 1,
      select: { title: true },
      overrideAccess: true,
    }),
  ])
  const session = sessions.docs[0]
  const admin = payload.config.routes.admin
  return (
    <div className="field-type create-session" style={{ marginBottom: 'var(--base)' }}>
      <h3 style={{ fontSize: '1rem', margin: '0 0 calc(var(--base) / 2)' }}>{t.heading}</h3>
      {session ? (
        <a href={`${admin}/collections/sessions/${session.id}`}>{t.open(String(session.title))}</a>
      ) : proposal.reviewState === 'accepted' ? (
        <CreateSessionButton proposalId={String(id)} />
      ) : (
        <p style={{ margin: 0 }}>{t.notYet}</p>
      )}
    </div>
  )
}
