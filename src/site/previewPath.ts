/** What the site previews for staff: posts and events by slug, sessions by id. */
export const PREVIEWABLE = ['posts', 'events', 'sessions'] as const

/** The preview address of a document in a language, for the admin's Preview button. */
export const previewPath = (
  collection: (typeof PREVIEWABLE)[number],
  key: string | number,
  locale?: string | null,
) => `${locale === 'es' ? '/es' : ''}/preview/${collection}/${encodeURIComponent(String(key))}`
