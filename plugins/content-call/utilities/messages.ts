/** Texts of the public forms, their errors and emails, in English and Spanish. */
export type Locale = 'en' | 'es'

export const isLocale = (value: unknown): value is Locale => value === 'en' || value === 'es'

const en = {
  // Proposal form
  proposeTitle: 'Propose a session',
  proposeIntro:
    'Tell us about the session you would like to run. Fields marked “required” must be filled in; everything else is optional.',
  required: 'required',
  optional: 'optional',
  sessionSection: 'Your session',
  aboutYouSection: 'About you',
  accessSection: 'Access and care',
  accessPrivate: 'Only the organizers read this section.',
  title: 'Session title',
  format: 'Format',
  track: 'Track',
  noTrack: 'No particular track',
  description: 'Description',
  descriptionHint: 'What will happen in the session, and what will people take away?',
  audience: 'Who is it for?',
  length: 'Length',
  languages: 'Languages you can run it in',
  submitterName: 'Your name',
  submitterPronouns: 'Your pronouns',
  submitterEmail: 'Your email',
  submitterEmailHint:
    'We send a confirmation with a private link to view, edit or withdraw your proposal.',
  organizationName: 'Organization (if any)',
  coFacilitator: (n: number) => `Co-facilitator ${n}: name`,
  coFacilitatorEmail: (n: number) => `Co-facilitator ${n}: email`,
  technicalNeeds: 'Technical needs',
  accessNeeds: 'Access needs',
  accessNeedsHint:
    'Anything that would help you take part fully: interpretation, seating, breaks, sensory needs…',
  childcareRequest: 'Childcare',
  childcareHint: 'Ages of children and the times you would need care.',
  consent:
    'I agree that the organizers may contact me about this proposal and publish the session if it is accepted.',
  honeypot: 'Leave this field empty',
  choose: 'Choose…',
  submit: 'Send proposal',
  // Outcomes
  errorSummary: (n: number) =>
    n === 1
      ? 'There is 1 problem with your proposal'
      : `There are ${n} problems with your proposal`,
  errRequired: (label: string) => `Enter ${label.toLowerCase()}.`,
  errChoose: (label: string) => `Choose ${label.toLowerCase()}.`,
  errTooLong: (label: string, max: number) => `${label} must be ${max} characters or fewer.`,
  errAnswerChoose: 'Choose an answer.',
  errAnswerText: 'Answer this question.',
  errAnswerCheck: 'Tick this box to continue.',
  errEmail: 'Enter an email address like name@example.org.',
  errConsent: 'Tick the box to agree, or we cannot consider the proposal.',
  errNotOffered: (label: string) =>
    `That ${label.toLowerCase()} is not offered: choose one from the list.`,
  errTooFast:
    'That was faster than a person can fill in the form. Check your answers and send it again.',
  errHoneypot:
    'Your submission looks automated, because the field “Leave this field empty” was filled in. Empty it and send again.',
  errPerEmail: (max: number) =>
    `You have already sent ${max} ${max === 1 ? 'proposal' : 'proposals'} with this email, the most this call accepts. Write to the organizers if you need to change one.`,
  errNotOpen: (date: string) => `The content call opens on ${date}.`,
  errClosed: (date: string) => `The content call closed on ${date}. Thank you for your interest.`,
  errNoCall: 'The content call is not open.',
  errRateLimited: (seconds: number) =>
    `Too many submissions from your connection. Please wait ${Math.ceil(seconds / 60)} minute(s) and try again.`,
  errTooLarge: 'What you sent is too large. Shorten the longest answers and try again.',
  errLimitsUnavailable:
    'Submissions are paused for a moment on our side, and yours was not saved. Please try again in a minute.',
  errStampSpent:
    'This copy of the form was already sent, or it is more than a day old. Check your answers and send it again.',
  errFlagged: 'Your proposal was received and will be reviewed.',
  errServer: 'Something went wrong on our side and your proposal was not saved. Please try again.',
  thanksTitle: 'Thank you: your proposal was received',
  thanksText: (email: string) =>
    `We sent a confirmation to ${email} with a private link where you can view, edit or withdraw your proposal until review starts.`,
  // Manage page
  manageTitle: 'Your proposal',
  manageState: 'Status',
  manageEdit: 'Save changes',
  manageSaved: 'Your changes were saved.',
  manageWithdraw: 'Withdraw this proposal',
  manageWithdrawConfirm: 'I want to withdraw this proposal',
  manageWithdrawn: 'Your proposal was withdrawn. Thank you for letting us know.',
  manageLocked: 'Review has started, so the proposal can no longer be changed here.',
  manageInvalid:
    'This link is not valid or has expired (links stop working when the call closes). Write to the organizers if you need help.',
  reviewStates: {
    pending: 'Received, waiting for review',
    'in-review': 'In review',
    accepted: 'Accepted',
    waitlisted: 'Waitlisted',
    rejected: 'Not accepted',
    withdrawn: 'Withdrawn',
  } as Record<string, string>,
  // Sign-on form
  signOnTitle: 'Sign your organization on',
  signOnIntro:
    'Organizations that sign on are listed as supporters of the gathering once we have confirmed the email and a moderator has checked the entry.',
  orgName: 'Organization name',
  orgKind: 'Kind of organization',
  orgDescription: 'What does your organization do?',
  orgWebsite: 'Website',
  orgCity: 'City',
  orgRegion: 'State or region',
  orgCountry: 'Country',
  contactName: 'Contact person',
  contactEmail: 'Contact email',
  contactEmailHint: 'We send a link to confirm this address. It is never published.',
  listPublicly: 'List our organization publicly as a signatory',
  signOnSubmit: 'Sign on',
  signOnThanksTitle: 'Almost done: check your email',
  signOnThanksText: (email: string) =>
    `We sent a link to ${email}. Open it to confirm the address; then a moderator checks the entry before it is listed.`,
  confirmTitle: 'Email confirmed',
  confirmText: 'Thank you. A moderator will check the entry before it is listed.',
  confirmIntro: 'Press the button to confirm that this address belongs to your organization.',
  confirmButton: 'Confirm our sign-on',
  confirmInvalid: 'This confirmation link is not valid or was already used.',
  errUrl: 'Enter a web address starting with https:// or http://.',
  // Language switch and layout
  language: 'Language',
  switchTo: 'Leer en español',
  skipToForm: 'Skip to the form',
  // Emails
  proposalEmailSubject: (title: string) => `Your proposal: ${title}`,
  proposalEmailText: (name: string, title: string, link: string, until: string) =>
    `Hello ${name},\n\nThank you for proposing "${title}". We have received it.\n\nYou can view, edit or withdraw it until review starts, at this private link (do not share it):\n${link}\n\nThe link works until ${until}.\n`,
  signOnEmailSubject: (org: string) => `Confirm the sign-on of ${org}`,
  signOnEmailText: (name: string, org: string, link: string) =>
    `Hello ${name},\n\nSomeone signed ${org} on to the gathering with this address. If it was you, confirm it here:\n${link}\n\nIf it was not you, ignore this email and nothing will be published.\n`,
}

export type Messages = typeof en

const es: Messages = {
  proposeTitle: 'Propón una sesión',
  proposeIntro:
    'Cuéntanos la sesión que te gustaría facilitar. Los campos marcados «obligatorio» hay que rellenarlos; el resto es opcional.',
  required: 'obligatorio',
  optional: 'opcional',
  sessionSection: 'Tu sesión',
  aboutYouSection: 'Sobre ti',
  accessSection: 'Accesibilidad y cuidados',
  accessPrivate: 'Solo la organización lee esta sección.',
  title: 'Título de la sesión',
  format: 'Formato',
  track: 'Eje',
  noTrack: 'Ningún eje en particular',
  description: 'Descripción',
  descriptionHint: '¿Qué pasará en la sesión y qué se llevará la gente?',
  audience: '¿Para quién es?',
  length: 'Duración',
  languages: 'Idiomas en los que puedes facilitarla',
  submitterName: 'Tu nombre',
  submitterPronouns: 'Tus pronombres',
  submitterEmail: 'Tu correo',
  submitterEmailHint:
    'Te enviamos una confirmación con un enlace privado para ver, editar o retirar tu propuesta.',
  organizationName: 'Organización (si la hay)',
  coFacilitator: (n: number) => `Co-facilitador/a ${n}: nombre`,
  coFacilitatorEmail: (n: number) => `Co-facilitador/a ${n}: correo`,
  technicalNeeds: 'Necesidades técnicas',
  accessNeeds: 'Necesidades de accesibilidad',
  accessNeedsHint:
    'Lo que te ayude a participar plenamente: interpretación, asientos, pausas, necesidades sensoriales…',
  childcareRequest: 'Cuidado infantil',
  childcareHint: 'Edades de las criaturas y horarios en que necesitarías cuidado.',
  consent:
    'Acepto que la organización me contacte sobre esta propuesta y publique la sesión si se acepta.',
  honeypot: 'Deja este campo vacío',
  choose: 'Elige…',
  submit: 'Enviar propuesta',
  errorSummary: (n: number) =>
    n === 1 ? 'Hay 1 problema en tu propuesta' : `Hay ${n} problemas en tu propuesta`,
  errRequired: (label: string) => `Rellena «${label}».`,
  errChoose: (label: string) => `Elige «${label}».`,
  errTooLong: (label: string, max: number) => `«${label}» admite como máximo ${max} caracteres.`,
  errAnswerChoose: 'Elige una respuesta.',
  errAnswerText: 'Responde a esta pregunta.',
  errAnswerCheck: 'Marca esta casilla para continuar.',
  errEmail: 'Escribe una dirección de correo como nombre@ejemplo.org.',
  errConsent: 'Marca la casilla para aceptar; si no, no podemos considerar la propuesta.',
  errNotOffered: (label: string) => `Esa opción de «${label}» no se ofrece: elige una de la lista.`,
  errTooFast:
    'Eso fue más rápido de lo que una persona puede rellenar el formulario. Revisa tus respuestas y vuelve a enviarlo.',
  errHoneypot:
    'Tu envío parece automático porque el campo «Deja este campo vacío» tiene texto. Vacíalo y vuelve a enviarlo.',
  errPerEmail: (max: number) =>
    `Ya enviaste ${max} ${max === 1 ? 'propuesta' : 'propuestas'} con este correo, el máximo que admite la convocatoria. Escribe a la organización si necesitas cambiar alguna.`,
  errNotOpen: (date: string) => `La convocatoria abre el ${date}.`,
  errClosed: (date: string) => `La convocatoria cerró el ${date}. Gracias por tu interés.`,
  errNoCall: 'La convocatoria no está abierta.',
  errRateLimited: (seconds: number) =>
    `Demasiados envíos desde tu conexión. Espera ${Math.ceil(seconds / 60)} minuto(s) y vuelve a intentarlo.`,
  errTooLarge:
    'Lo que enviaste es demasiado grande. Acorta las respuestas más largas y vuelve a intentarlo.',
  errLimitsUnavailable:
    'Los envíos están en pausa un momento de nuestro lado y el tuyo no se guardó. Vuelve a intentarlo en un minuto.',
  errStampSpent:
    'Esta copia del formulario ya se envió, o tiene más de un día. Revisa tus respuestas y vuelve a enviarlo.',
  errFlagged: 'Recibimos tu propuesta y la revisaremos.',
  errServer: 'Algo falló de nuestro lado y tu propuesta no se guardó. Vuelve a intentarlo.',
  thanksTitle: 'Gracias: recibimos tu propuesta',
  thanksText: (email: string) =>
    `Enviamos una confirmación a ${email} con un enlace privado para ver, editar o retirar tu propuesta hasta que empiece la revisión.`,
  manageTitle: 'Tu propuesta',
  manageState: 'Estado',
  manageEdit: 'Guardar cambios',
  manageSaved: 'Guardamos tus cambios.',
  manageWithdraw: 'Retirar esta propuesta',
  manageWithdrawConfirm: 'Quiero retirar esta propuesta',
  manageWithdrawn: 'Retiraste tu propuesta. Gracias por avisarnos.',
  manageLocked: 'La revisión ya empezó, así que la propuesta ya no se puede cambiar aquí.',
  manageInvalid:
    'Este enlace no es válido o caducó (los enlaces dejan de funcionar al cerrar la convocatoria). Escribe a la organización si necesitas ayuda.',
  reviewStates: {
    pending: 'Recibida, pendiente de revisión',
    'in-review': 'En revisión',
    accepted: 'Aceptada',
    waitlisted: 'En lista de espera',
    rejected: 'No aceptada',
    withdrawn: 'Retirada',
  },
  signOnTitle: 'Adhiere tu organización',
  signOnIntro:
    'Las organizaciones que se adhieren aparecen como apoyos del encuentro cuando confirmamos el correo y una persona de moderación revisa la entrada.',
  orgName: 'Nombre de la organización',
  orgKind: 'Tipo de organización',
  orgDescription: '¿Qué hace tu organización?',
  orgWebsite: 'Sitio web',
  orgCity: 'Ciudad',
  orgRegion: 'Estado o región',
  orgCountry: 'País',
  contactName: 'Persona de contacto',
  contactEmail: 'Correo de contacto',
  contactEmailHint: 'Te enviamos un enlace para confirmar esta dirección. Nunca se publica.',
  listPublicly: 'Mostrar públicamente nuestra organización como adherente',
  signOnSubmit: 'Adherirse',
  signOnThanksTitle: 'Casi listo: revisa tu correo',
  signOnThanksText: (email: string) =>
    `Enviamos un enlace a ${email}. Ábrelo para confirmar la dirección; después una persona de moderación revisa la entrada antes de publicarla.`,
  confirmTitle: 'Correo confirmado',
  confirmText: 'Gracias. Una persona de moderación revisará la entrada antes de publicarla.',
  confirmIntro: 'Pulsa el botón para confirmar que esta dirección es de tu organización.',
  confirmButton: 'Confirmar nuestra adhesión',
  confirmInvalid: 'Este enlace de confirmación no es válido o ya se usó.',
  errUrl: 'Escribe una dirección web que empiece por https:// o http://.',
  language: 'Idioma',
  switchTo: 'Read in English',
  skipToForm: 'Saltar al formulario',
  proposalEmailSubject: (title: string) => `Tu propuesta: ${title}`,
  proposalEmailText: (name: string, title: string, link: string, until: string) =>
    `Hola, ${name}:\n\nGracias por proponer «${title}». La hemos recibido.\n\nPuedes verla, editarla o retirarla hasta que empiece la revisión en este enlace privado (no lo compartas):\n${link}\n\nEl enlace funciona hasta el ${until}.\n`,
  signOnEmailSubject: (org: string) => `Confirma la adhesión de ${org}`,
  signOnEmailText: (name: string, org: string, link: string) =>
    `Hola, ${name}:\n\nAlguien adhirió ${org} al encuentro con esta dirección. Si fuiste tú, confírmalo aquí:\n${link}\n\nSi no fuiste tú, ignora este correo y no se publicará nada.\n`,
}

export const messagesFor = (locale: unknown): Messages => (locale === 'es' ? es : en)

// Making an Intl.DateTimeFormat is slow (ICU loads the locale's patterns) and a public
// submission formats dates on every request, so each language and zone gets one, kept.
const formatters = new Map<string, Intl.DateTimeFormat>()

/** A date as people read it in that language, in the site's time zone. */
export const formatDate = (iso: string, locale: Locale, timeZone = 'UTC') => {
  const language = locale === 'es' ? 'es' : 'en-GB'
  const key = `${language} ${timeZone}`
  let format = formatters.get(key)
  if (!format) {
    format = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short', timeZone })
    formatters.set(key, format)
  }
  return format.format(new Date(iso))
}
