/** Admin labels and descriptions in the two admin languages. */
export type Localized = { en: string; es: string }

/** Navigation groups, named for what organizers think about. */
export const groups = {
  publishing: { en: 'Publishing', es: 'Publicación' },
  gathering: { en: 'Gathering', es: 'Encuentro' },
  community: { en: 'Community', es: 'Comunidad' },
  contentCall: { en: 'Content call', es: 'Convocatoria' },
  settings: { en: 'Settings', es: 'Configuración' },
} satisfies Record<string, Localized>
