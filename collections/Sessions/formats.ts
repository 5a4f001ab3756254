/** The formats of a session (vocabulary shared with the content call and the site). */
export const SESSION_FORMATS = [
  { value: 'workshop', label: { en: 'Workshop', es: 'Taller' } },
  { value: 'panel', label: { en: 'Panel', es: 'Mesa redonda' } },
  { value: 'skill-share', label: { en: 'Skill share', es: 'Intercambio de saberes' } },
  { value: 'discussion', label: { en: 'Discussion', es: 'Debate' } },
  { value: 'caucus', label: { en: 'Caucus', es: 'Caucus' } },
  { value: 'plenary', label: { en: 'Plenary', es: 'Plenaria' } },
  { value: 'other', label: { en: 'Other', es: 'Otro' } },
]
