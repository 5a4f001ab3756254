/** What each seed step created and found already there, by step. */
export type SeedCounts = Record<string, { created: number; unchanged: number }>

export const formatSeedCounts = (counts: SeedCounts) =>
  Object.entries(counts)
    .map(([name, c]) => `${name}: ${c.created} created, ${c.unchanged} unchanged`)
    .join('; ')
