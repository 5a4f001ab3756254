import { type Locale, messagesFor } from './messages.js'
import type { FieldErrors } from './validate.js'

export type SignOnInput = {
  name?: unknown
  kind?: unknown
  website?: unknown
  city?: unknown
  region?: unknown
  country?: unknown
  listPublicly?: unknown
  privateContact?: unknown
}

export type SignOnData = {
  name: string
  kind: string
  website: string | null
  city: string | null
  region: string | null
  country: string | null
  listPublicly: boolean
  privateContact: { name: string; email: string }
}

const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/
const str = (value: unknown) => (typeof value === 'string' ? value.trim() : '')

/** An organization's sign-on: what the public may set, checked, errors per field. */
export function validateSignOn(
  input: SignOnInput,
  kinds: string[],
  locale: Locale,
): { data?: SignOnData; errors: FieldErrors } {
  const t = messagesFor(locale)
  const errors: FieldErrors = {}
  const text = (name: string, value: unknown, label: string, max: number, required = false) => {
    const v = str(value)
    if (required && !v) errors[name] = t.errRequired(label)
    else if (v.length > max) errors[name] = t.errTooLong(label, max)
    return v || null
  }
  const name = text('name', input.name, t.orgName, 200, true)
  const kind = str(input.kind)
  if (!kind) errors.kind = t.errChoose(t.orgKind)
  else if (!kinds.includes(kind)) errors.kind = t.errNotOffered(t.orgKind)
  const website = text('website', input.website, t.orgWebsite, 500)
  if (website && !/^https?:\/\/[^\s/]+\.[^\s]+$/i.test(website)) errors.website = t.errUrl
  const city = text('city', input.city, t.orgCity, 120)
  const region = text('region', input.region, t.orgRegion, 120)
  const country = text('country', input.country, t.orgCountry, 120)
  const contact = (input.privateContact ?? {}) as { name?: unknown; email?: unknown }
  const contactName = text('privateContact.name', contact.name, t.contactName, 200, true)
  const email = str(contact.email).toLowerCase()
  if (!email) errors['privateContact.email'] = t.errRequired(t.contactEmail)
  else if (email.length > 254 || !EMAIL.test(email)) errors['privateContact.email'] = t.errEmail
  const listPublicly =
    input.listPublicly === true || input.listPublicly === 'on' || input.listPublicly === 'true'
  if (Object.keys(errors).length > 0) return { errors }
  return {
    errors,
    data: {
      name: name as string,
      kind,
      website,
      city,
      region,
      country,
      listPublicly,
      privateContact: { name: contactName as string, email },
    },
  }
}
