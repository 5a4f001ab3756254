/** How an event costs (vocabulary shared with the public site). */
export const COST_TYPES = [
  { value: 'free', label: { en: 'Free', es: 'Gratis' } },
  {
    value: 'pay-what-you-can',
    label: { en: 'Free / pay what you can', es: 'Gratis / paga lo que puedas' },
  },
  { value: 'sliding-scale', label: { en: 'Sliding scale', es: 'Escala móvil' } },
  { value: 'fixed', label: { en: 'Fixed price', es: 'Precio fijo' } },
]
