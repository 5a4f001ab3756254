/** What the public forms' client components need: texts, form state and limits (no server code). */
export { type CallOptions, type FormState, HONEYPOT, listOf, valueOf } from '../forms/formState.js'
export { isLocale, type Locale, messagesFor } from '../utilities/messages.js'
export { MAX_CO_FACILITATORS } from '../utilities/validate.js'
