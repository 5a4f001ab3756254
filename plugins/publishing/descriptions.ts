import type { DescriptionMap } from '../shared/index.js'

/** The words admins read under each field of the webhook screens. */

const w = (en: string, es: string) => ({ en, es })

export const PUBLISHING_DESCRIPTIONS: Record<string, DescriptionMap> = {
  webhooks: {
    url: w(
      'The address that receives a signed message on each change.',
      'La dirección que recibe un mensaje firmado con cada cambio.',
    ),
    description: w(
      'For your own notes: who runs it and why.',
      'Para tus notas: quién lo lleva y para qué.',
    ),
    collections: w(
      'Which kinds of content it hears about.',
      'De qué tipos de contenido recibe avisos.',
    ),
    events: w('Which changes it hears about.', 'De qué cambios recibe avisos.'),
    active: w(
      'Untick to pause deliveries without deleting it.',
      'Desmarca para pausar los envíos sin borrarlo.',
    ),
    deliveries: w(
      'What was sent to it, newest first.',
      'Lo que se le envió, lo más reciente primero.',
    ),
  },
  'webhook-deliveries': {
    summary: w('The change that was sent.', 'El cambio que se envió.'),
    webhook: w('Where it was sent.', 'Adónde se envió.'),
    event: w('What kind of change it was.', 'Qué tipo de cambio fue.'),
    collection: w('The kind of content that changed.', 'El tipo de contenido que cambió.'),
    documentId: w('Which item changed.', 'Qué elemento cambió.'),
    body: w('Exactly what was sent.', 'Exactamente lo que se envió.'),
    status: w(
      'Waiting, retrying, delivered, failed or cancelled.',
      'En espera, reintentando, entregado, fallido o cancelado.',
    ),
    attempts: w('How many times sending was tried.', 'Cuántas veces se intentó enviar.'),
    responseStatus: w(
      'The answer code of the receiving site.',
      'El código de respuesta del sitio que recibe.',
    ),
    lastError: w(
      'Why the last try failed, if it did.',
      'Por qué falló el último intento, si falló.',
    ),
    lastAttemptAt: w('When it was last tried.', 'Cuándo se intentó por última vez.'),
    deliveredAt: w('When the receiving site accepted it.', 'Cuándo lo aceptó el sitio que recibe.'),
  },
}
