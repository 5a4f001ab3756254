import type { Locale } from './messages.js'

/** The review states that tell a submitter something: each drafts an email. */
export const DECISIONS = ['accepted', 'waitlisted', 'rejected'] as const
export type Decision = (typeof DECISIONS)[number]

export const isDecision = (state: unknown): state is Decision =>
  (DECISIONS as readonly unknown[]).includes(state)

export const PLACEHOLDERS = ['name', 'title', 'gathering'] as const
type Values = Record<(typeof PLACEHOLDERS)[number], string>

export type Template = { subject: string; body: string }

/** The built-in texts, used where the call settings leave a template empty. */
export const DEFAULT_TEMPLATES: Record<Locale, Record<Decision, Template>> = {
  en: {
    accepted: {
      subject: 'Your proposal “{title}” was accepted',
      body: 'Hello {name},\n\nThank you for proposing “{title}”. We are glad to tell you that it is part of {gathering}.\n\nWe will write to you soon about the day, time and room, and about anything you need to take part fully.\n\nIn solidarity,\nThe organizers',
    },
    waitlisted: {
      subject: 'Your proposal “{title}” is on the waiting list',
      body: 'Hello {name},\n\nThank you for proposing “{title}” for {gathering}. We received more proposals than we have room for, and yours is on our waiting list: if a place opens up, we will write to you straight away.\n\nIn solidarity,\nThe organizers',
    },
    rejected: {
      subject: 'About your proposal “{title}”',
      body: 'Hello {name},\n\nThank you for proposing “{title}” for {gathering}. We received many more proposals than we have room for, and we are sorry that we cannot include yours this time.\n\nWe hope to see you at the gathering all the same.\n\nIn solidarity,\nThe organizers',
    },
  },
  es: {
    accepted: {
      subject: 'Tu propuesta «{title}» fue aceptada',
      body: 'Hola, {name}:\n\nGracias por proponer «{title}». Nos alegra decirte que forma parte de {gathering}.\n\nPronto te escribiremos con el día, la hora y la sala, y para saber qué necesitas para participar plenamente.\n\nEn solidaridad,\nLa organización',
    },
    waitlisted: {
      subject: 'Tu propuesta «{title}» está en lista de espera',
      body: 'Hola, {name}:\n\nGracias por proponer «{title}» para {gathering}. Recibimos más propuestas de las que caben, y la tuya está en nuestra lista de espera: si se libera un espacio, te escribiremos enseguida.\n\nEn solidaridad,\nLa organización',
    },
    rejected: {
      subject: 'Sobre tu propuesta «{title}»',
      body: 'Hola, {name}:\n\nGracias por proponer «{title}» para {gathering}. Recibimos muchas más propuestas de las que caben y lamentamos no poder incluir la tuya esta vez.\n\nEsperamos verte en el encuentro de todos modos.\n\nEn solidaridad,\nLa organización',
    },
  },
}

const PLACEHOLDER = /\{([^{}\s]*)\}/g

/** A template field's check: only known placeholders (a typo would reach the submitter). */
export function validateTemplate(value: unknown): true | string {
  if (typeof value !== 'string' || value === '') return true
  const unknown = [...value.matchAll(PLACEHOLDER)]
    .map((m) => m[1]!)
    .filter((name) => !(PLACEHOLDERS as readonly string[]).includes(name))
  return unknown.length === 0
    ? true
    : `Unknown placeholder ${unknown.map((n) => `{${n}}`).join(', ')}: use ${PLACEHOLDERS.map((p) => `{${p}}`).join(', ')}.`
}

/** Fills the placeholders; the organizer's template where set, the built-in text otherwise. */
export function renderDecision(
  decision: Decision,
  locale: Locale,
  custom: Partial<Template> | null | undefined,
  values: Values,
): Template {
  const fallback = DEFAULT_TEMPLATES[locale][decision]
  const fill = (text: string) =>
    text.replace(PLACEHOLDER, (whole, name: string) =>
      name in values ? values[name as keyof Values] : whole,
    )
  return {
    subject: fill(custom?.subject?.trim() || fallback.subject),
    body: fill(custom?.body?.trim() || fallback.body),
  }
}
