/** The kinds of organization the gathering invites (from its call), plus "other". */
export const ORGANIZATION_KINDS = [
  { value: 'tenant-union', label: { en: 'Tenant union', es: 'Sindicato de inquilinas/os' } },
  {
    value: 'worker-cooperative',
    label: {
      en: 'Worker cooperative or cooperative network',
      es: 'Cooperativa de trabajo o red de cooperativas',
    },
  },
  {
    value: 'food-sovereignty',
    label: {
      en: 'Food sovereignty / permaculture / urban agriculture',
      es: 'Soberanía alimentaria / permacultura / agricultura urbana',
    },
  },
  { value: 'mutual-aid', label: { en: 'Mutual aid network', es: 'Red de apoyo mutuo' } },
  {
    value: 'solidarity-union',
    label: { en: 'Rank and file / solidarity union', es: 'Sindicato de base / de solidaridad' },
  },
  {
    value: 'assembly',
    label: { en: 'Community or regional assembly', es: 'Asamblea comunitaria o regional' },
  },
  { value: 'labor-council', label: { en: 'Labor council', es: 'Consejo laboral' } },
  {
    value: 'abolitionist',
    label: { en: 'Abolitionist / prisoner support', es: 'Abolicionista / apoyo a presas/os' },
  },
  {
    value: 'solidarity-economy',
    label: { en: 'Solidarity economy organization', es: 'Organización de economía solidaria' },
  },
  {
    value: 'community-defense',
    label: { en: 'Community defense network', es: 'Red de defensa comunitaria' },
  },
  {
    value: 'street-medic',
    label: {
      en: 'Street medic / harm reduction collective',
      es: 'Colectivo de medicina de calle / reducción de daños',
    },
  },
  { value: 'workers-center', label: { en: 'Workers center', es: 'Centro de trabajadoras/es' } },
  {
    value: 'houseless-union',
    label: { en: 'Houseless union', es: 'Sindicato de personas sin hogar' },
  },
  {
    value: 'indigenous-community',
    label: { en: 'Autonomous Indigenous community', es: 'Comunidad indígena autónoma' },
  },
  {
    value: 'environmental-direct-action',
    label: {
      en: 'Environmental direct action / water protectors',
      es: 'Acción directa ambiental / protectores del agua',
    },
  },
  {
    value: 'intentional-community',
    label: {
      en: 'Intentional community / housing co-op / community land trust',
      es: 'Comunidad intencional / cooperativa de vivienda / fideicomiso de tierras',
    },
  },
  { value: 'other', label: { en: 'Other', es: 'Otra' } },
] as const

/** Sponsor tiers, lowest first. */
export const SPONSOR_TIERS = [
  { value: 'solidarity', label: { en: 'Solidarity', es: 'Solidaridad' } },
  { value: 'supporter', label: { en: 'Supporter', es: 'Apoyo' } },
  { value: 'sustainer', label: { en: 'Sustainer', es: 'Sostén' } },
]
