import type { DescriptionMap } from '../../plugins/shared/index.js'

/**
 * The words organizers read under each field of the content they publish, in both admin
 * languages. Fields shared by several collections are described once, in SHARED.
 */

const w = (en: string, es: string) => ({ en, es })

export const SHARED: DescriptionMap = {
  title: w(
    'As readers see it, in lists and on the page.',
    'Como lo ve el público, en listados y en la página.',
  ),
  name: w('As it is shown publicly.', 'Tal como se muestra públicamente.'),
  startsAt: w(
    'Date and time it starts, in the time zone chosen beside it.',
    'Fecha y hora de inicio, en la zona horaria elegida al lado.',
  ),
  endsAt: w('Leave empty if there is no set end.', 'Déjalo vacío si no hay hora de fin.'),
  allDay: w(
    'Shows days only, without times, in the calendar and feeds.',
    'Muestra solo los días, sin horas, en el calendario y los feeds.',
  ),
  place: w(
    'Pick a saved place, or add one with +. Online events can leave it empty.',
    'Elige un lugar guardado o añade uno con +. Los eventos en línea pueden dejarlo vacío.',
  ),
  city: w(
    'Shown with the place and used by the calendar filters.',
    'Se muestra con el lugar y sirve para filtrar el calendario.',
  ),
  region: w('State, province or region.', 'Estado, provincia o región.'),
  languages: w(
    'Languages it is held in. Interpretation goes under Accessibility.',
    'Idiomas en que se realiza. La interpretación va en Accesibilidad.',
  ),
  categories: w(
    'Topics readers can filter by. Add new ones under Categories.',
    'Temas por los que el público puede filtrar. Se crean en Categorías.',
  ),
  'accessibility.stepFree': w(
    'Can someone using a wheelchair get in and around without steps?',
    '¿Se puede entrar y moverse en silla de ruedas sin escalones?',
  ),
  'accessibility.interpretation': w(
    'Sign or spoken language interpretation that will be offered.',
    'Interpretación de lengua de signos o hablada que se ofrecerá.',
  ),
  'accessibility.captions': w(
    'Live captions (CART) for spoken content.',
    'Subtítulos en vivo (CART) de lo que se dice.',
  ),
  'accessibility.childWatch': w(
    'Care for children offered during the event.',
    'Se ofrece cuidado infantil durante el evento.',
  ),
  'accessibility.quietRoom': w(
    'A quiet space to rest away from the crowd.',
    'Un espacio tranquilo para descansar lejos del grupo.',
  ),
  'accessibility.masking': w('What is asked about masks.', 'Lo que se pide sobre mascarillas.'),
  'accessibility.notes': w(
    'Anything else people need to know to take part: seating, breaks, lighting, how to ask for support.',
    'Lo demás que hace falta saber para participar: asientos, pausas, luz, cómo pedir apoyo.',
  ),
  seo: w(
    'How the page looks in search results and when shared. Empty fields use the title, summary and image.',
    'Cómo se ve la página en buscadores y al compartirla. Los campos vacíos usan el título, el resumen y la imagen.',
  ),
  'seo.title': w('Up to 70 characters.', 'Hasta 70 caracteres.'),
  'seo.description': w(
    'One or two sentences, up to 200 characters.',
    'Una o dos frases, hasta 200 caracteres.',
  ),
  'seo.image': w(
    'Shown when the page is shared; cropped to 1200×630.',
    'Se muestra al compartir la página; se recorta a 1200×630.',
  ),
}

export const DESCRIPTIONS: Record<string, DescriptionMap> = {
  posts: {
    body: w('The whole text of the post.', 'El texto completo de la publicación.'),
    heroImage: w(
      'Shown at the top of the post and in link previews.',
      'Se muestra arriba de la publicación y al compartirla.',
    ),
    authors: w('People credited as authors.', 'Personas que firman la publicación.'),
    publishedAt: w(
      'The date shown on the post; lists show the newest first.',
      'La fecha que muestra la publicación; los listados ponen primero la más reciente.',
    ),
  },
  events: {
    room: w('Room or area within the place, if any.', 'Sala o zona dentro del lugar, si la hay.'),
    summary: w(
      'A short introduction for lists, feeds and shared calendars.',
      'Una introducción breve para listados, feeds y calendarios compartidos.',
    ),
    body: w('Everything else people should know.', 'Todo lo demás que conviene saber.'),
    image: w(
      'Shown on the event page and in link previews.',
      'Se muestra en la página del evento y al compartirla.',
    ),
    organizations: w('Groups that organize it.', 'Grupos que lo organizan.'),
    contactEmail: w(
      'Public address for questions about the event.',
      'Correo público para preguntas sobre el evento.',
    ),
    contactPhone: w('Public phone number, if any.', 'Teléfono público, si lo hay.'),
    registrationUrl: w('Where people sign up, if they need to.', 'Dónde apuntarse, si hace falta.'),
    costType: w('Whether it costs anything.', 'Si tiene algún costo.'),
    cost: w('Amounts or how the sliding scale works.', 'Importes o cómo funciona la escala.'),
    tags: w(
      'Free words that help find it; type and press Enter.',
      'Palabras libres que ayudan a encontrarlo; escribe y pulsa Intro.',
    ),
    eventGroup: w(
      'The series it belongs to, when it repeats (a monthly meeting).',
      'La serie a la que pertenece, si se repite (una reunión mensual).',
    ),
    stickAtTop: w(
      'Keeps a featured event at the top of lists and on the home page.',
      'Mantiene un evento destacado arriba de los listados y en la portada.',
    ),
    allowsComments: w(
      'Marks the event as open to comments in the shared calendar feed.',
      'Indica en el feed del calendario compartido que admite comentarios.',
    ),
    sessions: w(
      'The sessions of this gathering, made under Sessions.',
      'Las sesiones de este encuentro, creadas en Sesiones.',
    ),
    'hyperactive.collectiveId': w(
      'The collective that published it in the source calendar.',
      'El colectivo que lo publicó en el calendario de origen.',
    ),
    'hyperactive.userId': w(
      'Who published it in the source calendar.',
      'Quién lo publicó en el calendario de origen.',
    ),
    'hyperactive.source': w(
      'The file or address it was imported from.',
      'El archivo o la dirección de donde se importó.',
    ),
    'hyperactive.createdOn': w(
      'When the source calendar first published it.',
      'Cuándo lo publicó por primera vez el calendario de origen.',
    ),
    'hyperactive.updatedOn': w(
      'When the source calendar last changed it.',
      'Cuándo lo cambió por última vez el calendario de origen.',
    ),
  },
  sessions: {
    event: w(
      'The gathering this session is part of.',
      'El encuentro del que forma parte la sesión.',
    ),
    abstract: w('One or two sentences for the programme.', 'Una o dos frases para el programa.'),
    description: w('What happens in the session, in full.', 'Lo que pasa en la sesión, completo.'),
    format: w('Workshop, panel, skill share…', 'Taller, mesa redonda, intercambio de saberes…'),
    track: w(
      'The theme it belongs to in the programme.',
      'El eje temático al que pertenece en el programa.',
    ),
    facilitators: w('People who run it.', 'Personas que la facilitan.'),
    interpretation: SHARED['accessibility.interpretation']!,
    capacity: w(
      'How many people can join; empty for no limit.',
      'Cuántas personas pueden participar; vacío si no hay límite.',
    ),
    materials: w(
      'Slides, readings or recordings to share.',
      'Presentaciones, lecturas o grabaciones para compartir.',
    ),
    'materials.label': w('What it is, as the link text.', 'Qué es, como texto del enlace.'),
    'materials.url': w(
      'The full address, starting with https://.',
      'La dirección completa, empezando por https://.',
    ),
    recordingConsent: w(
      'Every facilitator agreed that the session may be recorded.',
      'Todas las personas facilitadoras aceptaron que se grabe la sesión.',
    ),
    proposal: w(
      'The proposal this session was made from, if any.',
      'La propuesta de la que salió esta sesión, si la hay.',
    ),
  },
  'event-groups': {
    occurrences: w('The events of this series.', 'Los eventos de esta serie.'),
  },
  places: {
    address: w(
      'Street and number, as people would look it up.',
      'Calle y número, como se buscaría en un mapa.',
    ),
    latitude: w(
      'For the map; leave empty if unsure.',
      'Para el mapa; déjalo vacío si no lo sabes.',
    ),
    longitude: w(
      'For the map; leave empty if unsure.',
      'Para el mapa; déjalo vacío si no lo sabes.',
    ),
    stepFree: SHARED['accessibility.stepFree']!,
    rooms: w(
      'Rooms events and sessions can be held in.',
      'Salas donde pueden celebrarse eventos y sesiones.',
    ),
    'rooms.name': w('As it is signposted at the place.', 'Como está señalizada en el lugar.'),
    'rooms.capacity': w('How many people fit.', 'Cuántas personas caben.'),
    'rooms.accessNotes': w('How to reach it and what it is like.', 'Cómo llegar y cómo es.'),
  },
  people: {
    pronouns: w('As the person wants them shown.', 'Como la persona quiere que se muestren.'),
    bio: w('A few public sentences about the person.', 'Unas frases públicas sobre la persona.'),
    organization: w(
      'The group they are part of, if any.',
      'El grupo del que forman parte, si lo hay.',
    ),
    email: w(
      'For organizers only; never published.',
      'Solo para la organización; nunca se publica.',
    ),
  },
  organizations: {
    kind: w(
      'What kind of group it is; the site lists organizations by kind.',
      'Qué tipo de grupo es; el sitio agrupa las organizaciones por tipo.',
    ),
    description: w(
      'What the group does, in a few public sentences.',
      'Lo que hace el grupo, en unas frases públicas.',
    ),
    logo: w('Square images look best.', 'Las imágenes cuadradas se ven mejor.'),
    website: w(
      'Its public website, starting with https://.',
      'Su sitio web público, empezando por https://.',
    ),
    socialLinks: w('Other public pages of the group.', 'Otras páginas públicas del grupo.'),
    'socialLinks.label': w(
      'The name of the site (Mastodon, Instagram…).',
      'El nombre del sitio (Mastodon, Instagram…).',
    ),
    'socialLinks.url': w(
      'The full address, starting with https://.',
      'La dirección completa, empezando por https://.',
    ),
    relationship: w(
      'How it takes part: organizer, sponsor or signatory.',
      'Cómo participa: organiza, patrocina o se adhiere.',
    ),
    sponsorTier: w(
      'For sponsors: the tier they are listed under.',
      'Para patrocinadores: el nivel en que aparecen.',
    ),
    privateContact: w(
      'Who organizers can write to. Never published.',
      'A quién puede escribir la organización. Nunca se publica.',
    ),
    'privateContact.name': w('The contact person.', 'La persona de contacto.'),
    'privateContact.email': w('Their email address.', 'Su correo.'),
    'privateContact.phone': w('Their phone number, if given.', 'Su teléfono, si lo dio.'),
    signOnLanguage: w('The language to write to them in.', 'El idioma en que escribirles.'),
  },
  categories: {},
  users: {
    name: w(
      'How other staff see you in the admin and in the moderation history.',
      'Cómo te ve el resto del equipo en el panel y en el historial de moderación.',
    ),
  },
  media: {
    caption: w(
      'Shown under the image where it is used.',
      'Se muestra bajo la imagen donde se use.',
    ),
  },
  site: {
    name: w(
      "The site's name, in the header and the browser tab.",
      'El nombre del sitio, en la cabecera y la pestaña del navegador.',
    ),
    'navigation.label': w('The words of the link in the menu.', 'El texto del enlace en el menú.'),
    footer: w(
      'A short line at the bottom of every page.',
      'Una línea breve al pie de cada página.',
    ),
  },
}
