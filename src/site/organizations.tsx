import { notFound } from 'next/navigation'
import React from 'react'

import { ORGANIZATION_KINDS, SPONSOR_TIERS } from '../../collections/Organizations/kinds.js'
import { OrganizationsDocument, type OrganizationCardFragment } from '../graphql/operations.js'
import { SiteShell } from './components/SiteShell.js'
import { Pager } from './components/Pager.js'
import { optionLabel, siteQuery, wholeNumber, localeVariables } from './data.js'
import { type Locale, siteMessages, sitePath } from './messages.js'

function OrganizationList({ orgs, locale }: { orgs: OrganizationCardFragment[]; locale: Locale }) {
  return (
    <ul className="organizations">
      {orgs.map((org) => (
        <li id={org.slug ?? undefined} key={org.id}>
          {org.website ? <a href={org.website}>{org.name}</a> : org.name}
          <span className="meta">
            {[
              org.kind && org.kind !== 'other' && optionLabel(ORGANIZATION_KINDS, org.kind, locale),
              [org.city, org.country].filter(Boolean).join(', '),
            ]
              .filter(Boolean)
              .map((text) => ` · ${text}`)
              .join('')}
          </span>
        </li>
      ))}
    </ul>
  )
}

/** `/organizations` and `/es/organizations`: organizers, sponsors by tier, sign-ons. */
export async function OrganizationsPage({ locale, page }: { locale: Locale; page?: string }) {
  const t = siteMessages(locale)
  const data = await siteQuery(OrganizationsDocument, {
    ...localeVariables(locale),
    page: wholeNumber(page, 1),
  })
  const signOns = data.signOns
  if (signOns && signOns.page > 1 && signOns.docs.length === 0) notFound()
  const sponsors = data.sponsors?.docs ?? []
  // Highest tier first; sponsors without a tier last.
  const tiers = [...SPONSOR_TIERS.map((tier) => tier.value.replace(/-/g, '_')).reverse(), null]
  return (
    <SiteShell frame={data} locale={locale} path="/organizations" title={t.organizations}>
      <section aria-labelledby="organizers">
        <h2 id="organizers">{t.organizers}</h2>
        <OrganizationList locale={locale} orgs={data.organizers?.docs ?? []} />
      </section>
      {sponsors.length > 0 && (
        <section aria-labelledby="sponsors">
          <h2 id="sponsors">{t.sponsors}</h2>
          {tiers.map((tier) => {
            const inTier = sponsors.filter((s) => (s.sponsorTier ?? null) === tier)
            if (inTier.length === 0) return null
            return (
              <React.Fragment key={tier ?? 'none'}>
                {tier && <h3>{optionLabel(SPONSOR_TIERS, tier, locale)}</h3>}
                <OrganizationList locale={locale} orgs={inTier} />
              </React.Fragment>
            )
          })}
        </section>
      )}
      <section aria-labelledby="sign-ons">
        <h2 id="sign-ons">{t.signOns}</h2>
        {(data.signOns?.docs ?? []).length === 0 ? (
          <p>{t.noSignOns}</p>
        ) : (
          <OrganizationList locale={locale} orgs={data.signOns!.docs} />
        )}
        {signOns && (
          <Pager
            href={(n) => sitePath(locale, n > 1 ? `/organizations?page=${n}` : '/organizations')}
            labels={{ previous: t.previousPage, next: t.nextPage, pageOf: t.pageOf }}
            page={signOns.page}
            pages={signOns.totalPages}
          />
        )}
        <p>
          <a href={sitePath(locale, '/sign-on')}>{t.signOn}</a>
        </p>
      </section>
    </SiteShell>
  )
}
