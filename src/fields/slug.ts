import type { CollectionSlug, PayloadRequest, TextField } from 'payload'

/** URL-safe, accent-free, lower case: "Dual Power 2022: ¡Bienvenidas!" → "dual-power-2022-bienvenidas". */
export const slugify = (value: string): string =>
  value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 96)
    .replace(/-+$/g, '')

/** The slug numbered `n`: `base` itself, then `base-2`, `base-3`… within the 96 characters. */
const numbered = (base: string, n: number) => {
  if (n === 1) return base
  const suffix = `-${n}`
  return base.slice(0, 96 - suffix.length).replace(/-+$/g, '') + suffix
}

/**
 * `base`, or the first of `base-2`, `base-3`… that no document of the collection has yet,
 * hidden ones included, seen from the request's transaction (so an import sees the events it
 * has just written). Asked by exact value, through the slug's index, and then 50 numbers at a
 * time: a pattern (`like 'base-%'`) would read the whole table for every event an import makes.
 */
export async function freeSlug(
  req: PayloadRequest,
  collection: string,
  base: string,
): Promise<string> {
  // Most titles are new: one count by the exact value, the cheapest question an adapter takes.
  const { totalDocs } = await req.payload.db.count({
    collection: collection as CollectionSlug,
    where: { slug: { equals: base } },
    req,
  })
  if (totalDocs === 0) return base
  for (let first = 2; ; first += 50) {
    const candidates = Array.from({ length: 50 }, (_, i) => numbered(base, first + i))
    // The adapter's find: no access, hooks or population to run for a look at slugs.
    const { docs } = await req.payload.db.find({
      collection: collection as CollectionSlug,
      where: { slug: { in: candidates } },
      select: { slug: true },
      limit: 0,
      pagination: false,
      req,
    })
    const taken = new Set(docs.map((d) => (d as { slug?: string }).slug))
    const free = candidates.find((c) => !taken.has(c))
    if (free) return free
  }
}

/**
 * A unique slug that fills itself from `source` (the English value when the source is
 * localized) and stays as it is once set, so links keep working when a title changes.
 */
export function slugField(source = 'title', overrides: Partial<TextField> = {}): TextField {
  return {
    name: 'slug',
    type: 'text',
    index: true,
    unique: true,
    maxLength: 96,
    label: { en: 'Slug (web address)', es: 'Slug (dirección web)' },
    admin: {
      position: 'sidebar',
      description: {
        en: 'Filled in from the title. Change it only before sharing links.',
        es: 'Se rellena con el título. Cámbialo solo antes de compartir enlaces.',
      },
    },
    hooks: {
      beforeValidate: [
        async ({ collection, data, originalDoc, req, value }) => {
          if (typeof value === 'string' && value.trim() !== '') return slugify(value)
          if (originalDoc?.slug) return originalDoc.slug
          const raw = data?.[source] ?? originalDoc?.[source]
          const text = typeof raw === 'string' ? raw : (raw?.en ?? Object.values(raw ?? {})[0])
          const base = typeof text === 'string' ? slugify(text) : ''
          if (!base) return value
          return collection ? freeSlug(req, collection.slug, base) : base
        },
      ],
    },
    ...overrides,
  } as TextField
}
