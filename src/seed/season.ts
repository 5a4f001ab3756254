import { DateTime } from 'luxon'

/**
 * The demo's upcoming season, derived from Dual Power 2022 and dated from the day the demo is
 * loaded, so a fresh install always has a next gathering with its call open and community
 * events in the coming months (the 2022 gathering stays as it was, archived).
 */

const ZONE = 'America/Chicago'

/** Local time in Chicago → ISO instant (daylight saving included). */
const local = (date: DateTime, time: string) => {
  const [hour, minute] = time.split(':').map(Number)
  return date.setZone(ZONE).set({ hour, minute, second: 0, millisecond: 0 }).toUTC().toISO()!
}

/** The next gathering's year: this one while its call can still run a few months, else the next. */
export function nextGatheringYear(now: Date) {
  const today = DateTime.fromJSDate(now, { zone: ZONE })
  return today.month <= 3 ? today.year : today.year + 1
}

/** The last Friday of July: when Dual Power 2022 began. */
const lastFridayOfJuly = (year: number) => {
  let day = DateTime.fromObject({ year, month: 7, day: 31 }, { zone: ZONE })
  while (day.weekday !== 5) day = day.minus({ days: 1 })
  return day
}

export function nextGathering(now: Date) {
  const year = nextGatheringYear(now)
  const friday = lastFridayOfJuly(year)
  const sunday = friday.plus({ days: 2 })
  const days = {
    en: `${friday.setLocale('en').toFormat('MMMM d')}–${sunday.day}`,
    es: `del ${friday.day} al ${sunday.day} de ${friday.setLocale('es').toFormat('MMMM')}`,
  }
  return {
    year,
    slug: `dual-power-${year}`,
    title: { en: `Dual Power ${year}`, es: `Dual Power ${year}` },
    startsAt: local(friday, '09:00'),
    endsAt: local(sunday, '17:00'),
    tz: ZONE,
    // The call runs from a fortnight ago until two months before the gathering.
    call: {
      opensAt: DateTime.fromJSDate(now).minus({ days: 14 }).startOf('day').toUTC().toISO()!,
      closesAt: local(friday.minus({ days: 60 }), '23:59'),
    },
    summary: {
      en: `The next Dual Power gathering: tenant unions, co-ops, mutual aid networks and rank-and-file unions back at the Indiana Dunes, ${days.en}, ${year}. The call for sessions is open.`,
      es: `El próximo encuentro Dual Power: sindicatos de inquilinas, cooperativas, redes de apoyo mutuo y sindicatos de base de vuelta en Indiana Dunes, ${days.es} de ${year}. La convocatoria de sesiones está abierta.`,
    },
    body: {
      en: [
        `Dual Power 2022 brought our organizations together for a weekend of learning, sharing, building and reflection. In ${year} we meet again, at the same campground near Chicago, to take stock of what we built since and plan what comes next.`,
        'The gathering is organized along disability justice principles, with language access (Spanish and ASL interpretation), child watch and a quiet room. Tell us what you need through the access form.',
        'Propose a workshop, panel, skill share or discussion through the content call form before it closes.',
      ],
      es: [
        `Dual Power 2022 reunió a nuestras organizaciones durante un fin de semana para aprender, compartir, construir y reflexionar. En ${year} volvemos a encontrarnos en el mismo campamento cerca de Chicago para hacer balance de lo construido y planear lo que viene.`,
        'El encuentro se organiza según los principios de justicia para personas con discapacidad, con acceso lingüístico (interpretación al español y ASL), cuidado infantil y una sala tranquila. Cuéntanos qué necesitas en el formulario de accesibilidad.',
        'Propón un taller, una mesa redonda, un intercambio de saberes o un debate en el formulario de la convocatoria antes de que cierre.',
      ],
    },
  }
}

export const SEASON_PLACES = [
  {
    name: 'Pilsen Neighbors Hall',
    address: '1800 S Blue Island Ave',
    city: 'Chicago',
    region: 'Illinois',
    country: 'US',
    stepFree: 'yes' as const,
    accessNotes: 'Step-free entrance on Blue Island Ave; accessible restroom on the ground floor.',
  },
  {
    name: 'Back of the Yards Co-op Kitchen',
    address: '4600 S Ashland Ave',
    city: 'Chicago',
    region: 'Illinois',
    country: 'US',
    stepFree: 'partial' as const,
    accessNotes: 'One step at the front door; a ramp at the side door on request.',
  },
]

type SeasonEvent = {
  slug: string
  /** Days after the demo is loaded, and the local start time in Chicago. */
  inDays: number
  start: string
  hours: number
  title: { en: string; es: string }
  summary: { en: string; es: string }
  place?: string
  onlineUrl?: string
  organizations: string[]
  languages: ('en' | 'es' | 'asl')[]
  interpretation?: ('es' | 'en' | 'asl')[]
  costType: 'free' | 'pay-what-you-can' | 'sliding-scale'
  moderationStatus: 'published' | 'promoted'
}

export const SEASON_EVENTS: SeasonEvent[] = [
  {
    slug: 'pilsen-tenants-open-meeting',
    inDays: 9,
    start: '18:30',
    hours: 2,
    title: {
      en: 'Pilsen tenants: open meeting',
      es: 'Inquilinas de Pilsen: asamblea abierta',
    },
    summary: {
      en: 'Meet your neighbours, bring your repair requests and rent increases, and plan the next building action together.',
      es: 'Conoce a tus vecinas y vecinos, trae tus reparaciones pendientes y subidas de alquiler, y preparemos juntas la próxima acción en el edificio.',
    },
    place: 'Pilsen Neighbors Hall',
    organizations: ['Autonomous Tenant Union Network'],
    languages: ['en', 'es'],
    interpretation: ['es'],
    costType: 'free',
    moderationStatus: 'published',
  },
  {
    slug: 'mutual-aid-pantry-restock',
    inDays: 16,
    start: '11:00',
    hours: 3,
    title: {
      en: 'Mutual aid pantry restock',
      es: 'Reposición de la despensa de apoyo mutuo',
    },
    summary: {
      en: 'Sort donations, restock the shelves and share a meal. No experience needed; tasks for every body and energy level.',
      es: 'Clasificamos donaciones, llenamos las estanterías y compartimos comida. No hace falta experiencia; hay tareas para todos los cuerpos y niveles de energía.',
    },
    place: 'Back of the Yards Co-op Kitchen',
    organizations: ['Symbiosis Federation'],
    languages: ['en', 'es'],
    costType: 'free',
    moderationStatus: 'published',
  },
  {
    slug: 'co-op-bylaws-workshop-online',
    inDays: 23,
    start: '19:00',
    hours: 1.5,
    title: {
      en: 'Writing co-op bylaws (online workshop)',
      es: 'Cómo escribir los estatutos de una cooperativa (taller en línea)',
    },
    summary: {
      en: 'A hands-on session on bylaws for worker and housing co-ops: membership, decisions, money and conflict.',
      es: 'Una sesión práctica sobre estatutos de cooperativas de trabajo y de vivienda: membresía, decisiones, dinero y conflictos.',
    },
    onlineUrl: 'https://meet.example.org/co-op-bylaws',
    organizations: ['Libertarian Socialist Caucus'],
    languages: ['en'],
    interpretation: ['es', 'asl'],
    costType: 'free',
    moderationStatus: 'promoted',
  },
  {
    slug: 'eviction-defense-training',
    inDays: 37,
    start: '18:00',
    hours: 2.5,
    title: {
      en: 'Know your rights: eviction defense training',
      es: 'Conoce tus derechos: formación contra desalojos',
    },
    summary: {
      en: 'What a notice means, what a landlord may and may not do, and how a building defends a neighbour facing eviction.',
      es: 'Qué significa un aviso, qué puede y qué no puede hacer el casero, y cómo un edificio defiende a una vecina amenazada de desalojo.',
    },
    place: 'Pilsen Neighbors Hall',
    organizations: ['Autonomous Tenant Union Network', 'Industrial Workers of the World'],
    languages: ['en', 'es'],
    interpretation: ['es', 'asl'],
    costType: 'free',
    moderationStatus: 'promoted',
  },
  {
    slug: 'asamblea-vivienda-y-barrio',
    inDays: 51,
    start: '17:00',
    hours: 2,
    title: {
      en: 'Spanish-language assembly: housing and the neighbourhood',
      es: 'Asamblea en español: vivienda y barrio',
    },
    summary: {
      en: 'An assembly held in Spanish, with English interpretation, on rents, repairs and the neighbourhood we want.',
      es: 'Una asamblea en español, con interpretación al inglés, sobre alquileres, reparaciones y el barrio que queremos.',
    },
    place: 'Back of the Yards Co-op Kitchen',
    organizations: ['Autonomous Tenant Union Network'],
    languages: ['es'],
    interpretation: ['en'],
    costType: 'free',
    moderationStatus: 'published',
  },
  {
    slug: 'solidarity-economy-fair',
    inDays: 65,
    start: '10:00',
    hours: 6,
    title: { en: 'Solidarity economy fair', es: 'Feria de economía solidaria' },
    summary: {
      en: "Worker co-ops, community land trusts and mutual aid networks show what they do; children's corner and a quiet room.",
      es: 'Cooperativas de trabajo, fideicomisos comunitarios de tierras y redes de apoyo mutuo muestran lo que hacen; rincón infantil y sala tranquila.',
    },
    place: 'Pilsen Neighbors Hall',
    organizations: ['Symbiosis Federation', 'Libertarian Socialist Caucus'],
    languages: ['en', 'es'],
    interpretation: ['asl'],
    costType: 'pay-what-you-can',
    moderationStatus: 'promoted',
  },
  {
    slug: 'dual-power-info-session',
    inDays: 93,
    start: '18:30',
    hours: 1,
    title: {
      en: 'Info session: the next Dual Power gathering',
      es: 'Sesión informativa: el próximo encuentro Dual Power',
    },
    summary: {
      en: 'How the gathering works, how to propose a session, travel support and access: bring your questions.',
      es: 'Cómo funciona el encuentro, cómo proponer una sesión, ayudas para el viaje y accesibilidad: trae tus preguntas.',
    },
    onlineUrl: 'https://meet.example.org/dual-power-info',
    organizations: ['Symbiosis Federation', 'Autonomous Tenant Union Network'],
    languages: ['en', 'es'],
    interpretation: ['asl'],
    costType: 'free',
    moderationStatus: 'published',
  },
  {
    slug: 'rank-and-file-organizing-skills',
    inDays: 121,
    start: '13:00',
    hours: 3,
    title: {
      en: 'Rank-and-file organizing skills',
      es: 'Herramientas de organización de base',
    },
    summary: {
      en: 'One-on-one conversations, mapping a workplace and building a committee: a training for new organizers.',
      es: 'Conversaciones uno a uno, mapear un centro de trabajo y formar un comité: una formación para quienes empiezan a organizarse.',
    },
    place: 'Back of the Yards Co-op Kitchen',
    organizations: ['Industrial Workers of the World'],
    languages: ['en'],
    interpretation: ['es'],
    costType: 'sliding-scale',
    moderationStatus: 'published',
  },
]

/** A season event's start and end as ISO instants, counted from the day the demo is loaded. */
export function seasonTimes(event: SeasonEvent, now: Date) {
  const day = DateTime.fromJSDate(now, { zone: ZONE }).plus({ days: event.inDays })
  const startsAt = local(day, event.start)
  const endsAt = DateTime.fromISO(startsAt)
    .plus({ minutes: event.hours * 60 })
    .toUTC()
    .toISO()!
  return { startsAt, endsAt }
}
