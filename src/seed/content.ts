/**
 * Demo content for Dual Power 2022, written from the gathering's site
 * (../shared/seeds/dual-power-2022-site.txt) and one real Hyperactive calendar event
 * (../shared/seeds/hyperactive-event-2565.xml, copied beside this file and imported as it is).
 * Kept in the repository so the quick start needs nothing outside it.
 */

export const GATHERING_PLACE = {
  name: 'Indiana Dunes campground',
  address: 'Indiana Dunes (exact site shared with registered participants)',
  city: 'Chesterton',
  region: 'Indiana',
  country: 'US',
  latitude: 41.6533,
  longitude: -87.0524,
  stepFree: 'partial' as const,
  accessNotes:
    'Paved paths between the main hall, dining and the accessible cabins; sand trails elsewhere. Shuttle from Chicago for participants who need it.',
  rooms: [
    { name: 'Main hall', capacity: 250 },
    { name: 'Dune room', capacity: 60 },
    { name: 'Lakeside pavilion', capacity: 80 },
    { name: 'Quiet room', capacity: 10 },
  ],
}

export const HYPERACTIVE_PLACE = {
  name: 'Noncommercial House',
  address: '165 Commercial Street',
  city: 'London',
  country: 'GB',
  stepFree: 'unknown' as const,
  accessNotes: 'Discussion on the first floor.',
}

export const ORGANIZATIONS = [
  {
    name: 'Symbiosis Federation',
    kind: 'assembly' as const,
    website: 'https://www.symbiosis-revolution.org',
  },
  { name: 'Libertarian Socialist Caucus', kind: 'other' as const },
  { name: 'Autonomous Tenant Union Network', kind: 'tenant-union' as const },
  {
    name: 'Industrial Workers of the World',
    kind: 'solidarity-union' as const,
    website: 'https://www.iww.org',
  },
]

export const GATHERING = {
  title: {
    en: 'Dual Power 2022',
    es: 'Dual Power 2022',
  },
  slug: 'dual-power-2022',
  // July 29–31 2022 near Chicago (Central time).
  startsAt: '2022-07-29T14:00:00.000Z',
  endsAt: '2022-07-31T22:00:00.000Z',
  tz: 'America/Chicago',
  summary: {
    en: 'A weekend of learning, sharing, building, and reflection about dual power, and how we can get there. July 29–31, Indiana Dunes, Chicago.',
    es: 'Un fin de semana para aprender, compartir, construir y reflexionar sobre el poder dual y cómo llegar a él. Del 29 al 31 de julio, Indiana Dunes, Chicago.',
  },
  body: {
    en: [
      'Individual organizers from Symbiosis Federation, Libertarian Socialist Caucus, Autonomous Tenant Union Network and Industrial Workers of the World are coming together to organize a North American Dual Power get together for the summer of 2022!',
      'Over the past several decades organizers across North America have built independent working class organizations in our communities, workplaces and neighborhoods. We are fighting to create the bottom-up resistance necessary to confront capitalism and white supremacy with solidarity and mutual aid.',
      'We are seeking to bring together people and organizations who have been on the front lines of these fights for a weekend of discussion, skill building, sharing lessons learned, strategizing and networking.',
      'Organizers of Dual Power 2022 are committed to holding an accessible event organized along disability justice principles, language accessibility as well as provide child watch.',
    ],
    es: [
      'Organizadoras y organizadores de Symbiosis Federation, Libertarian Socialist Caucus, Autonomous Tenant Union Network e Industrial Workers of the World se juntan para organizar un encuentro norteamericano de Poder Dual en el verano de 2022.',
      'El encuentro es accesible, organizado según los principios de justicia para personas con discapacidad, con acceso lingüístico y cuidado infantil.',
    ],
  },
}

/** What every Dual Power gathering commits to (the seed's access statement). */
export const GATHERING_ACCESS = {
  stepFree: 'partial' as const,
  interpretation: ['es' as const, 'asl' as const],
  captions: true,
  childWatch: true,
  quietRoom: true,
  masking: 'requested' as const,
  notes:
    'Organized along disability justice principles. Tell us what you need through the access form.',
}

/** What the moderation queue holds in the demo: a sign-on and a post waiting for review. */
export const QUEUE = {
  organization: {
    name: 'Calumet Region Mutual Aid (demo sign-on)',
    kind: 'mutual-aid' as const,
    relationship: ['endorser'],
    listPublicly: true,
  },
  post: {
    slug: 'rideshare-board',
    title: 'Rideshare board for the gathering (demo submission)',
    summary: 'Offer or find a ride to the Indiana Dunes.',
    body: ['Leave a note with where you start from, how many seats you have and when you leave.'],
  },
}

export const POSTS = [
  {
    slug: 'post-gathering-retrospective',
    publishedAt: '2022-09-15T16:00:00.000Z',
    title: { en: 'Post Gathering Retrospective', es: 'Retrospectiva del encuentro' },
    summary: {
      en: 'A look back at the Dual Power Gathering and what it took to organize it.',
      es: 'Una mirada atrás al encuentro Dual Power y a lo que hizo falta para organizarlo.',
    },
    body: {
      en: [
        'Dual Power 2022 brought tenant unions, co-ops, mutual aid networks and rank-and-file unions to the Indiana Dunes for a weekend of sessions, caucuses and conversation.',
        'This retrospective covers how we organized it: the content call, the budget and fundraising, access and child watch, and what we would do differently next time.',
      ],
      es: [
        'Dual Power 2022 reunió en Indiana Dunes a sindicatos de inquilinas, cooperativas, redes de apoyo mutuo y sindicatos de base durante un fin de semana de sesiones, caucus y conversación.',
        'Esta retrospectiva cuenta cómo lo organizamos: la convocatoria de contenidos, el presupuesto y la recaudación, la accesibilidad y el cuidado infantil, y lo que haríamos distinto la próxima vez.',
      ],
    },
  },
  {
    slug: 'covid-statement',
    publishedAt: '2022-06-20T16:00:00.000Z',
    title: { en: 'Covid Statement', es: 'Declaración sobre la Covid' },
    summary: {
      en: "We recognize that the COVID pandemic is ongoing and a concern for many attendees. Here's what we're planning on doing during the event.",
      es: 'Sabemos que la pandemia de COVID continúa y preocupa a muchas personas. Esto es lo que haremos durante el encuentro.',
    },
    body: {
      en: [
        'Masks are requested indoors, sessions are held outdoors where we can, and rapid tests are available at registration.',
        'Keeping each other safe is part of organizing along disability justice principles.',
      ],
      es: [
        'Pedimos mascarilla en interiores, hacemos sesiones al aire libre cuando se puede y ofrecemos pruebas rápidas en la acogida.',
        'Cuidarnos unas a otras es parte de organizarnos según los principios de justicia para personas con discapacidad.',
      ],
    },
  },
  {
    slug: 'on-it-could-happen-here',
    publishedAt: '2022-06-01T16:00:00.000Z',
    title: { en: 'On It Could Happen Here', es: 'En It Could Happen Here' },
    summary: {
      en: 'Two of our organizers went on It Could Happen Here to talk with Chris about the Dual Power Gathering.',
      es: 'Dos personas de la organización hablaron con Chris en It Could Happen Here sobre el encuentro.',
    },
    body: {
      en: [
        'Two of our organizers joined the podcast It Could Happen Here to talk about dual power and the gathering.',
      ],
      es: [
        'Dos personas de la organización participaron en el pódcast It Could Happen Here para hablar del poder dual y del encuentro (la entrevista es en inglés).',
      ],
    },
  },
  {
    slug: 'cliff-notes',
    publishedAt: '2022-05-10T16:00:00.000Z',
    title: { en: 'Cliff Notes', es: 'Preguntas frecuentes' },
    summary: {
      en: "We've got some frequently asked questions about Dual Power 2022, here are the answers!",
      es: 'Aquí están las preguntas frecuentes sobre Dual Power 2022.',
    },
    body: {
      // Questions as headings: the page reads as questions and answers, and a screen reader
      // can move from one question to the next.
      en: [
        { heading: 'When and where?' },
        'July 29–31, 2022, at the Indiana Dunes near Chicago.',
        { heading: 'Is it accessible?' },
        'We organize along disability justice principles: tell us what you need and we will work on it with you.',
        { heading: 'Is there child watch?' },
        'Yes, during all sessions.',
        { heading: 'Which languages?' },
        'Sessions in English and Spanish, with interpretation.',
      ],
      es: [
        { heading: '¿Cuándo y dónde?' },
        'Del 29 al 31 de julio de 2022, en Indiana Dunes, cerca de Chicago.',
        { heading: '¿Es accesible?' },
        'Nos organizamos según los principios de justicia para personas con discapacidad: dinos qué necesitas y lo resolvemos contigo.',
        { heading: '¿Hay cuidado infantil?' },
        'Sí, durante todas las sesiones.',
        { heading: '¿En qué idiomas?' },
        'Sesiones en inglés y español, con interpretación.',
      ],
    },
  },
  {
    slug: 'fundraising-for-dual-power-2022',
    publishedAt: '2022-04-20T16:00:00.000Z',
    title: { en: 'Fundraising for Dual Power 2022', es: 'Recaudación para Dual Power 2022' },
    summary: {
      en: 'We need the support of fellow workers, tenants, activists and organizers across North America to help pay for travel and logistics for participants to attend our event in Chicago on July 29, 30, 31 at the Indiana Dunes. Your support will contribute to the success of our shared vision!',
      es: 'Necesitamos el apoyo de compañeras y compañeros de toda Norteamérica para pagar viajes y logística de quienes participan.',
    },
    body: {
      en: ['Every donation goes to travel, food, access and child watch for participants.'],
      es: [
        'Cada donación se destina a viajes, comida, accesibilidad y cuidado infantil para quienes participan.',
      ],
    },
  },
  {
    slug: 'content-at-dual-power-2022',
    publishedAt: '2022-03-15T16:00:00.000Z',
    title: { en: 'Content at Dual Power 2022', es: 'Contenidos en Dual Power 2022' },
    summary: {
      en: 'At Dual Power 2022 we want to foster an atmosphere of generative co-learning and co-creativity. We want to connect people and bring them together around shared work. We want to create a space where ideas are exchanged, stories are told, and futures are imagined, in the context of building and maintaining dual power.',
      es: 'En Dual Power 2022 queremos aprender y crear juntas/os: un espacio donde se intercambian ideas, se cuentan historias y se imaginan futuros.',
    },
    body: {
      en: ['Propose a workshop, panel, skill share or caucus through the content call form.'],
      es: [
        'Propón un taller, una mesa redonda, un intercambio de saberes o un caucus en el formulario de la convocatoria.',
      ],
    },
  },
]

export const PEOPLE = [
  {
    name: 'Rosa Delgado',
    pronouns: 'she/her',
    org: 'Autonomous Tenant Union Network',
    bio: 'Tenant organizer in Chicago.',
  },
  {
    name: 'Sam Whitehorse',
    pronouns: 'they/them',
    org: 'Symbiosis Federation',
    bio: 'Community assembly facilitator.',
  },
  {
    name: 'Marcus Lee',
    pronouns: 'he/him',
    org: 'Industrial Workers of the World',
    bio: 'Rank-and-file organizer.',
  },
  {
    name: 'Ana Torres',
    pronouns: 'ella/she',
    org: 'Libertarian Socialist Caucus',
    bio: 'Cooperative developer.',
  },
]

type SeedSession = {
  slug: string
  title: { en: string; es?: string }
  abstract: string
  format: 'workshop' | 'panel' | 'skill-share' | 'discussion' | 'caucus' | 'plenary'
  track: string
  day: 30 | 31
  start: string // local time, America/Chicago (UTC−5 in July)
  minutes: number
  room: string
  facilitators: string[]
  languages: ('en' | 'es')[]
}

export const SESSIONS: SeedSession[] = [
  {
    slug: 'opening-plenary',
    title: { en: 'Opening plenary', es: 'Plenaria de apertura' },
    abstract: 'Welcome, land acknowledgement, access and community agreements.',
    format: 'plenary',
    track: 'Plenaries',
    day: 30,
    start: '09:30',
    minutes: 60,
    room: 'Main hall',
    facilitators: ['Sam Whitehorse', 'Ana Torres'],
    languages: ['en', 'es'],
  },
  {
    slug: 'building-tenant-unions',
    title: {
      en: 'Building tenant unions that last',
      es: 'Construir sindicatos de inquilinas que duren',
    },
    abstract:
      'From a building committee to a city-wide union: structures, dues and defending each other.',
    format: 'workshop',
    track: 'Housing',
    day: 30,
    start: '11:00',
    minutes: 90,
    room: 'Dune room',
    facilitators: ['Rosa Delgado'],
    languages: ['en'],
  },
  {
    slug: 'co-op-finance-skill-share',
    title: { en: 'Co-op finance skill share' },
    abstract: 'Bookkeeping, patronage and raising capital without giving up control.',
    format: 'skill-share',
    track: 'Solidarity economy',
    day: 30,
    start: '11:00',
    minutes: 90,
    room: 'Lakeside pavilion',
    facilitators: ['Ana Torres'],
    languages: ['en', 'es'],
  },
  {
    slug: 'assemblies-panel',
    title: {
      en: 'Community assemblies as dual power',
      es: 'Asambleas comunitarias como poder dual',
    },
    abstract: 'Three assemblies compare how they make decisions and keep people coming back.',
    format: 'panel',
    track: 'Assemblies',
    day: 30,
    start: '14:00',
    minutes: 90,
    room: 'Main hall',
    facilitators: ['Sam Whitehorse', 'Marcus Lee'],
    languages: ['en'],
  },
  {
    slug: 'disabled-organizers-caucus',
    title: { en: 'Disabled organizers caucus', es: 'Caucus de organizadoras/es con discapacidad' },
    abstract: 'A closed space for disabled organizers.',
    format: 'caucus',
    track: 'Caucuses',
    day: 30,
    start: '16:00',
    minutes: 60,
    room: 'Quiet room',
    facilitators: ['Sam Whitehorse'],
    languages: ['en'],
  },
  {
    slug: 'solidarity-unionism',
    title: { en: 'Solidarity unionism at work' },
    abstract: 'Organizing without contracts: direct action on the shop floor.',
    format: 'workshop',
    track: 'Labor',
    day: 31,
    start: '09:30',
    minutes: 90,
    room: 'Dune room',
    facilitators: ['Marcus Lee'],
    languages: ['en'],
  },
  {
    slug: 'mutual-aid-to-power',
    title: { en: 'From mutual aid to power', es: 'Del apoyo mutuo al poder' },
    abstract: 'How mutual aid networks grow into lasting counter-institutions.',
    format: 'discussion',
    track: 'Mutual aid',
    day: 31,
    start: '11:00',
    minutes: 90,
    room: 'Lakeside pavilion',
    facilitators: ['Rosa Delgado', 'Ana Torres'],
    languages: ['en', 'es'],
  },
  {
    slug: 'closing-plenary',
    title: { en: 'Closing plenary: what next?', es: 'Plenaria de cierre: ¿y ahora qué?' },
    abstract: 'Commitments, networks and the next gathering.',
    format: 'plenary',
    track: 'Plenaries',
    day: 31,
    start: '15:00',
    minutes: 60,
    room: 'Main hall',
    facilitators: ['Sam Whitehorse', 'Marcus Lee'],
    languages: ['en', 'es'],
  },
]

export const PROPOSALS = [
  {
    title: 'Eviction defense rapid response',
    state: 'accepted' as const,
    name: 'Rosa Delgado',
    email: 'rosa@example.org',
    format: 'workshop' as const,
    description: 'How to set up a phone tree and show up when a neighbor is being evicted.',
    accessNeeds: 'Needs a seat near the front; uses captions.',
    childcare: 'Two children, ages 4 and 7.',
  },
  {
    title: 'Land trusts 101',
    state: 'in-review' as const,
    name: 'Jo Park',
    email: 'jo@example.org',
    format: 'skill-share' as const,
    description: 'Community land trusts explained, with a case study from the Midwest.',
    accessNeeds: '',
    childcare: '',
  },
  {
    title: 'Street medic basics',
    state: 'waitlisted' as const,
    name: 'Dee Romero',
    email: 'dee@example.org',
    format: 'workshop' as const,
    description: 'First aid for actions, harm reduction and aftercare.',
    accessNeeds: 'Step-free room please.',
    childcare: '',
  },
  {
    title: 'Crypto for co-ops',
    state: 'rejected' as const,
    name: 'Pat Quinn',
    email: 'pat@example.org',
    format: 'panel' as const,
    description: 'Blockchain governance for cooperatives.',
    accessNeeds: '',
    childcare: '',
  },
  {
    title: 'Houseless union organizing',
    state: 'pending' as const,
    name: 'Lou Martin',
    email: 'lou@example.org',
    format: 'discussion' as const,
    description: 'Lessons from organizing houseless unions in three cities.',
    accessNeeds: '',
    childcare: 'One infant.',
  },
]

/** The real event from London Indymedia's Hyperactive calendar (seed XML, id 2565). */
