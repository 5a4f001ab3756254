import type { CollectionAfterLoginHook } from 'payload'

/**
 * The content language follows the admin's language until the person picks one. Payload keeps
 * the content locale a user chose as a preference and otherwise writes in the default locale,
 * so Spanish typed in the Spanish admin was saved as the English version. At login, a person
 * without that preference gets the language they log in with (the browser's or the one they
 * chose for the admin); the header's "Content language" then shows it and switches it.
 */
export const contentLocaleFromLanguage: CollectionAfterLoginHook = async ({ req, user }) => {
  const localization = req.payload.config.localization
  const language = req.i18n?.language
  if (!localization || !language || !localization.localeCodes.includes(language)) return user
  // The default locale is what Payload uses without a preference: nothing to keep.
  if (language === localization.defaultLocale) return user
  const owner = { relationTo: 'users' as const, value: String(user.id) }
  const { totalDocs } = await req.payload.count({
    collection: 'payload-preferences',
    where: {
      and: [
        { key: { equals: 'locale' } },
        { 'user.relationTo': { equals: owner.relationTo } },
        { 'user.value': { equals: owner.value } },
      ],
    },
    req,
  })
  if (totalDocs === 0) {
    await req.payload.create({
      collection: 'payload-preferences',
      data: { key: 'locale', user: owner, value: language },
      req,
    })
  }
  return user
}
