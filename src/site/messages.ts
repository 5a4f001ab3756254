import type { Locale } from '../../plugins/content-call/exports/client.js'
import { defaultTimeZone, SUPPORTED_TIME_ZONES } from '../fields/timeRange.js'

/** The public site's own words (the forms' words are content-call's). */
const en = {
  skipToContent: 'Skip to the content',
  siteName: 'Dual Power',
  mainNavigation: 'Site',
  home: 'Home',
  propose: 'Propose a session',
  signOn: 'Sign on',
  latestPosts: 'Latest posts',
  readMore: 'Read more',
  organizedBy: 'Organized by',
  whoWeInvite: 'Who we are calling in',
  published: 'Published',
  backHome: 'Back to the home page',
}
const es: typeof en = {
  skipToContent: 'Saltar al contenido',
  siteName: 'Dual Power',
  mainNavigation: 'Sitio',
  home: 'Inicio',
  propose: 'Proponer una sesión',
  signOn: 'Adherirse',
  latestPosts: 'Últimas publicaciones',
  readMore: 'Seguir leyendo',
  organizedBy: 'Organizan',
  whoWeInvite: 'A quién convocamos',
  published: 'Publicado',
  backHome: 'Volver al inicio',
}

export const siteMessages = (locale: Locale) => (locale === 'es' ? es : en)

/** A path of the site in `locale` (`/es/…` for Spanish). */
export const sitePath = (locale: Locale, path: string) =>
  locale === 'es' ? (path === '/' ? '/es' : `/es${path}`) : path

/** A day as people in `locale` write it, in the event's or the site's time zone. */
export const formatDay = (iso: string, locale: Locale, timeZone: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone }).format(new Date(iso))

const ZONES = new Map(
  SUPPORTED_TIME_ZONES.map((zone) => [zone.replace(/[^A-Za-z0-9]/g, '_'), zone]),
)

/** GraphQL answers a select with its enum name (`America_Chicago`): the zone it stands for. */
export const zoneFromGraphQL = (name: string) => ZONES.get(name) ?? defaultTimeZone()
