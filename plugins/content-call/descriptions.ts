import type { DescriptionMap } from '../shared/index.js'

/** The words organizers and reviewers read under each field of the content call's screens. */

const w = (en: string, es: string) => ({ en, es })

const decisionEmail = (which: { en: string; es: string }): DescriptionMap => ({
  subject: w(
    `Subject of the email sent when a proposal is ${which.en}. Empty: the built-in text.`,
    `Asunto del correo que se envía cuando una propuesta ${which.es}. Vacío: el texto incluido.`,
  ),
  body: w(
    'The message; {name}, {title} and {gathering} are filled in for each person.',
    'El mensaje; {name}, {title} y {gathering} se rellenan para cada persona.',
  ),
})

const prefixed = (prefix: string, map: DescriptionMap): DescriptionMap =>
  Object.fromEntries(Object.entries(map).map(([path, words]) => [`${prefix}.${path}`, words]))

export const CONTENT_CALL_DESCRIPTIONS: Record<string, DescriptionMap> = {
  'content-call': {
    opensAt: w(
      'From this moment the public can send proposals.',
      'Desde este momento el público puede enviar propuestas.',
    ),
    intro: w(
      'The first words on the proposal form, in each language.',
      'Las primeras palabras del formulario de propuestas, en cada idioma.',
    ),
    formats: w(
      'The kinds of session people may propose.',
      'Los tipos de sesión que se pueden proponer.',
    ),
    lengths: w(
      'Session lengths people may choose, in minutes.',
      'Duraciones que se pueden elegir, en minutos.',
    ),
    languages: w(
      'Languages people may say they can run a session in.',
      'Idiomas en que se puede decir que se facilitará la sesión.',
    ),
    tracks: w(
      'Themes of the programme people can file their proposal under.',
      'Ejes del programa en que se puede inscribir la propuesta.',
    ),
    'tracks.key': w(
      'A short word kept with each proposal; do not change it once proposals use it.',
      'Una palabra corta que se guarda con cada propuesta; no la cambies cuando ya haya propuestas.',
    ),
    'tracks.label': w('The name people see on the form.', 'El nombre que se ve en el formulario.'),
    questions: w(
      'Questions of your own, asked after the standard ones.',
      'Preguntas propias, después de las habituales.',
    ),
    'questions.key': w(
      'A short word kept with each answer; do not change it once people have answered.',
      'Una palabra corta que se guarda con cada respuesta; no la cambies cuando ya haya respuestas.',
    ),
    'questions.type': w(
      'A written answer, one choice from a list, or a box to tick.',
      'Respuesta escrita, una opción de una lista o una casilla para marcar.',
    ),
    'questions.required': w(
      'The form cannot be sent without an answer.',
      'El formulario no se envía sin respuesta.',
    ),
    'questions.label': w('The question as people read it.', 'La pregunta tal como se lee.'),
    'questions.options': w(
      'The choices, for a question with a list.',
      'Las opciones, si la pregunta tiene lista.',
    ),
    'questions.options.label': w('One choice as people read it.', 'Una opción tal como se lee.'),
    maxPerEmail: w(
      'How many proposals one email address may send.',
      'Cuántas propuestas puede enviar una misma dirección de correo.',
    ),
    minFillSeconds: w(
      'A form sent faster than this is refused as automated.',
      'Un formulario enviado más rápido se rechaza como automático.',
    ),
    'criteria.key': w(
      'A short word kept with each score; do not change it once reviews use it.',
      'Una palabra corta que se guarda con cada puntuación; no la cambies cuando ya haya revisiones.',
    ),
    'criteria.weight': w(
      'How much this criterion counts in the total score.',
      'Cuánto cuenta este criterio en la puntuación total.',
    ),
    'criteria.label': w(
      'The criterion as reviewers read it.',
      'El criterio tal como lo leen quienes revisan.',
    ),
    'criteria.help': w(
      'Shown to reviewers beside the score.',
      'Se muestra a quienes revisan junto a la puntuación.',
    ),
    blindReview: w(
      'Reviewers judge the proposal, not who sent it.',
      'Quienes revisan juzgan la propuesta, no a quien la envía.',
    ),
    acceptedEmail: w(
      'The email for accepted proposals.',
      'El correo para las propuestas aceptadas.',
    ),
    waitlistedEmail: w('The email for the waiting list.', 'El correo para la lista de espera.'),
    rejectedEmail: w(
      'The email for proposals not accepted.',
      'El correo para las propuestas no aceptadas.',
    ),
    ...prefixed('acceptedEmail', decisionEmail({ en: 'accepted', es: 'se acepta' })),
    ...prefixed('waitlistedEmail', decisionEmail({ en: 'waitlisted', es: 'queda en espera' })),
    ...prefixed('rejectedEmail', decisionEmail({ en: 'not accepted', es: 'no se acepta' })),
    eraseAfterDays: w(
      'Private needs are kept only as long as they help: erased this many days after the gathering.',
      'Las necesidades privadas se guardan solo mientras sirven: se borran estos días después del encuentro.',
    ),
  },
  proposals: {
    title: w('As the person wrote it.', 'Tal como lo escribió la persona.'),
    format: w('The kind of session proposed.', 'El tipo de sesión propuesta.'),
    description: w('What would happen in the session.', 'Lo que pasaría en la sesión.'),
    audience: w('Who the session is for.', 'Para quién es la sesión.'),
    length: w(
      'How long the session would be, in minutes.',
      'Cuánto duraría la sesión, en minutos.',
    ),
    languages: w(
      'Languages the person can run it in.',
      'Idiomas en que la persona puede facilitarla.',
    ),
    submitterName: w('The person who sent it.', 'La persona que la envió.'),
    submitterPronouns: w('As they want them used.', 'Como quiere que se usen.'),
    submitterEmail: w(
      'Where confirmations and decisions go. Never published.',
      'Adonde van las confirmaciones y decisiones. Nunca se publica.',
    ),
    organizationName: w(
      'The group they named on the form.',
      'El grupo que indicaron en el formulario.',
    ),
    organization: w(
      'The matching organization here, once an organizer links it.',
      'La organización correspondiente, cuando alguien de la organización la enlaza.',
    ),
    coFacilitators: w('Other people who would run it.', 'Otras personas que la facilitarían.'),
    'coFacilitators.name': w('As they want to be named.', 'Como quieren que se les nombre.'),
    'coFacilitators.email': w('Never published.', 'Nunca se publica.'),
    technicalNeeds: w(
      'Equipment or setup the session needs.',
      'Equipos o montaje que necesita la sesión.',
    ),
    accessNeeds: w(
      'What the person needs to take part. Erased after the gathering.',
      'Lo que la persona necesita para participar. Se borra después del encuentro.',
    ),
    childcareRequest: w(
      'Ages and times of care asked for. Erased after the gathering.',
      'Edades y horarios de cuidado pedidos. Se borra después del encuentro.',
    ),
    consent: w(
      'The person agreed to be contacted and published if accepted.',
      'La persona aceptó que se le contacte y se publique si se acepta.',
    ),
    reviewState: w(
      'Where the proposal is in review; a decision drafts its email in the outbox.',
      'En qué punto de la revisión está; una decisión redacta su correo en la bandeja de salida.',
    ),
    session: w(
      'The session made from it, once accepted.',
      'La sesión creada a partir de ella, una vez aceptada.',
    ),
    track: w('The theme it was filed under.', 'El eje en que se inscribió.'),
    answers: w(
      'Answers to the questions of this call.',
      'Respuestas a las preguntas de esta convocatoria.',
    ),
    'answers.question': w('Which question it answers.', 'A qué pregunta responde.'),
    'answers.label': w('The question as it was asked.', 'La pregunta tal como se hizo.'),
    'answers.value': w('What the person answered.', 'Lo que respondió la persona.'),
    flagged: w(
      'Why a content filter held it for a look.',
      'Por qué un filtro de contenido la retuvo para revisarla.',
    ),
    reviewScore: w('The weighted average of its reviews.', 'La media ponderada de sus revisiones.'),
    reviewCount: w('How many reviews it has.', 'Cuántas revisiones tiene.'),
    reviews: w('The reviews of this proposal.', 'Las revisiones de esta propuesta.'),
    decisionEmails: w(
      'Emails about the decision, sent or waiting.',
      'Correos sobre la decisión, enviados o pendientes.',
    ),
  },
  reviews: {
    proposal: w('The proposal reviewed.', 'La propuesta revisada.'),
    scores: w(
      'One score per criterion of the call.',
      'Una puntuación por criterio de la convocatoria.',
    ),
    'scores.criterion': w('The criterion scored.', 'El criterio puntuado.'),
    'scores.score': w('From 1 (weak) to 5 (strong).', 'De 1 (débil) a 5 (fuerte).'),
    comment: w(
      'Seen by organizers, never by the person who proposed.',
      'Lo ve la organización, nunca quien propuso.',
    ),
    weightedScore: w(
      "This review's total, with the criteria's weights.",
      'El total de esta revisión, con el peso de cada criterio.',
    ),
  },
  'decision-emails': {
    proposal: w('The proposal the email is about.', 'La propuesta de la que trata el correo.'),
    decision: w('The decision it announces.', 'La decisión que anuncia.'),
    to: w('Who it goes to.', 'A quién va.'),
    language: w('The language it is written in.', 'El idioma en que está escrito.'),
    subject: w('Edit it before releasing the email.', 'Edítalo antes de liberar el correo.'),
    body: w('Edit it before releasing the email.', 'Edítalo antes de liberar el correo.'),
    releasedAt: w('When an organizer released it for sending.', 'Cuándo se liberó para enviarlo.'),
    releasedBy: w('Who released it.', 'Quién lo liberó.'),
    sentAt: w('When the mail server took it.', 'Cuándo lo aceptó el servidor de correo.'),
    attempts: w('How many times sending was tried.', 'Cuántas veces se intentó enviar.'),
    messageId: w(
      'For tracing the email with the mail provider.',
      'Para rastrear el correo con el proveedor.',
    ),
    lastError: w(
      'Why the last try failed, if it did.',
      'Por qué falló el último intento, si falló.',
    ),
  },
  'erasure-log': {
    summary: w('What this run erased.', 'Lo que borró esta ejecución.'),
    gathering: w(
      'The gathering whose needs were erased.',
      'El encuentro cuyas necesidades se borraron.',
    ),
    cutoff: w(
      'Needs were erased once this date had passed.',
      'Las necesidades se borraron pasada esta fecha.',
    ),
    erased: w(
      'Which documents lost which fields; never their text.',
      'Qué documentos perdieron qué campos; nunca su texto.',
    ),
    'erased.collection': w('The kind of document.', 'El tipo de documento.'),
    'erased.documentId': w('Which document.', 'Qué documento.'),
    'erased.fields': w('The fields emptied.', 'Los campos vaciados.'),
  },
}
