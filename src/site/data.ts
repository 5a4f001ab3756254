import config from '@payload-config'
import type { TypedDocumentNode } from '@graphql-typed-document-node/core'
import { headers } from 'next/headers'
import { getPayload, type TypedUser } from 'payload'

import { previewQuery, publicQuery } from '../graphql/public.js'
import type { Locale } from './messages.js'

/** A signed-in staff member previewing pending content; absent for every public page. */
export type Viewer = TypedUser | null | undefined

/**
 * Runs one of the site's named queries as an anonymous reader (see src/graphql/public.ts), or,
 * for a preview, as the staff member asking.
 */
export async function siteQuery<Result, Variables extends Record<string, unknown>>(
  document: TypedDocumentNode<Result, Variables>,
  variables: Variables,
  viewer?: Viewer,
): Promise<Result> {
  const payload = await getPayload({ config })
  return viewer
    ? previewQuery(payload, document, variables, viewer)
    : publicQuery(payload, document, variables)
}

/**
 * The address the site is reached at, for canonical URLs and shared links: SERVER_URL when set,
 * otherwise the host the request came to (its X-Forwarded-Proto believed only behind a proxy
 * the operator named with TRUST_PROXY, as Express does for the feeds).
 */
export async function siteOrigin(): Promise<string> {
  const configured = process.env.SERVER_URL
  if (configured) return configured.replace(/\/$/, '')
  const asked = await headers()
  const host = asked.get('host') ?? 'localhost'
  const forwarded = process.env.TRUST_PROXY ? asked.get('x-forwarded-proto') : null
  const protocol = forwarded === 'https' ? 'https' : 'http'
  return `${protocol}://${host}`
}

type Option = { value: string; label: { en: string; es: string } }

/**
 * The label of a select's value as the API gives it: GraphQL names an option by its value with
 * every other character as `_` (`skill_share` for `skill-share`).
 */
export const optionLabel = (options: readonly Option[], name: string, locale: Locale): string =>
  options.find((option) => option.value.replace(/[^A-Za-z0-9]/g, '_') === name)?.label[locale] ??
  name

/** A whole number from a query-string value, or the fallback. */
export const wholeNumber = (value: string | string[] | undefined, fallback: number): number => {
  const n = Number(Array.isArray(value) ? value[0] : value)
  return Number.isInteger(n) && n > 0 && n < 10_000 ? n : fallback
}

/** A page's language, and whether it asks for its own words without the English fallback. */
export const localeVariables = (locale: Locale) => ({ locale, marked: locale !== 'en' })

/** A localized text as a page shows it: in the page's language, or English marked `lang="en"`. */
export type Shown<T> = { value: T; lang?: 'en' }

/**
 * The documents of a list asked for again without the English fallback (`own…` in the queries),
 * by id; null on English pages, which do not ask.
 */
export const ownById = <D extends { id: string }>(list: { docs: D[] } | null | undefined) =>
  list ? new Map(list.docs.map((doc) => [doc.id, doc])) : null

/**
 * What a page shows for a localized field: `value` came with English as the fallback, `own`
 * without it. Where the page's language has nothing, the English shown is marked.
 */
export function shown<T>(value: T, own: T | null | undefined, asked: boolean): Shown<T> {
  const empty = (v: unknown) => v === null || v === undefined || v === ''
  return asked && !empty(value) && empty(own) ? { value, lang: 'en' } : { value }
}

/** Where something is, in one line: the place's name and city. */
export const placeLine = (place: { name?: string | null; city?: string | null } | null) =>
  [place?.name, place?.city].filter(Boolean).join(', ')
