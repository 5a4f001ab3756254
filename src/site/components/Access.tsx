import React from 'react'

import { MASKING_OPTIONS, STEP_FREE_OPTIONS } from '../../fields/accessibility.js'
import { LANGUAGES } from '../../fields/languages.js'
import { optionLabel } from '../data.js'
import type { Locale, SiteMessages } from '../messages.js'

type Access = {
  stepFree?: string | null
  interpretation?: string[] | null
  captions?: boolean | null
  childWatch?: boolean | null
  quietRoom?: boolean | null
  masking?: string | null
  notes?: string | null
} | null

/** Names of languages as the API gives them (`asl`), in the reader's language. */
export const languageNames = (names: readonly string[] | null | undefined, locale: Locale) =>
  (names ?? []).map((name) => optionLabel(LANGUAGES, name, locale)).join(', ')

/**
 * Accessibility and language access as a description list: what is there, what is not, and
 * "not known yet" said plainly (a guess is worse than saying so).
 */
export function AccessDetails({
  access,
  languages,
  locale,
  t,
  notesLang,
}: {
  access: Access
  languages?: readonly string[] | null
  locale: Locale
  t: SiteMessages
  /** `en` when the notes are the English fallback on a Spanish page. */
  notesLang?: string
}) {
  const offered = [
    access?.captions && t.captions,
    access?.childWatch && t.childWatch,
    access?.quietRoom && t.quietRoom,
    access?.masking && optionLabel(MASKING_OPTIONS, access.masking, locale),
  ].filter(Boolean)
  return (
    <>
      <AccessList access={access} languages={languages} locale={locale} offered={offered} t={t} />
      {access?.notes && <p lang={notesLang}>{access.notes}</p>}
    </>
  )
}

function AccessList({
  access,
  languages,
  locale,
  offered,
  t,
}: {
  access: Access
  languages?: readonly string[] | null
  locale: Locale
  offered: unknown[]
  t: SiteMessages
}) {
  return (
    <dl className="details">
      {languages && languages.length > 0 && (
        <>
          <dt>{t.languages}</dt>
          <dd>{languageNames(languages, locale)}</dd>
        </>
      )}
      {access?.interpretation && access.interpretation.length > 0 && (
        <>
          <dt>{t.interpretation}</dt>
          <dd>{languageNames(access.interpretation, locale)}</dd>
        </>
      )}
      {access?.stepFree && (
        <>
          <dt>{t.stepFree}</dt>
          <dd>{optionLabel(STEP_FREE_OPTIONS, access.stepFree, locale)}</dd>
        </>
      )}
      {offered.length > 0 && (
        <>
          <dt>{t.access}</dt>
          <dd>{offered.join(' · ')}</dd>
        </>
      )}
    </dl>
  )
}
