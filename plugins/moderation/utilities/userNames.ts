import type { Payload } from 'payload'

/**
 * Staff accounts' names (or emails) by id, for the admin's moderation panels. Read on the server
 * without the viewer's access: moderators may not read other accounts, and these show a name
 * only.
 */
export async function userNames(payload: Payload, ids: string[]): Promise<Map<string, string>> {
  const names = new Map<string, string>()
  const wanted = [...new Set(ids.filter(Boolean))]
  if (wanted.length === 0) return names
  const people = await payload.find({
    collection: 'users',
    where: { id: { in: wanted } },
    select: { name: true, email: true },
    limit: wanted.length,
    depth: 0,
  })
  for (const person of people.docs) names.set(String(person.id), person.name || person.email)
  return names
}
