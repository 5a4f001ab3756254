import type { DescriptionMap } from '../shared/index.js'

/** The words organizers read under each field of an import's record. */

const w = (en: string, es: string) => ({ en, es })

export const HYPERACTIVE_DESCRIPTIONS: Record<string, DescriptionMap> = {
  'hyperactive-imports': {
    file: w('The file as it was uploaded.', 'El archivo tal como se subió.'),
    sha256: w(
      'A fingerprint of the file: the same file imported twice has the same one.',
      'Una huella del archivo: el mismo archivo importado dos veces tiene la misma.',
    ),
    importedBy: w('Who imported it.', 'Quién lo importó.'),
    events: w('Events read from the file.', 'Eventos leídos del archivo.'),
    created: w('Events new to this calendar.', 'Eventos nuevos en este calendario.'),
    updated: w('Events changed by the file.', 'Eventos que el archivo cambió.'),
    unchanged: w('Events already as in the file.', 'Eventos que ya estaban como en el archivo.'),
    conflicts: w(
      'Edits made here that were kept although the file says otherwise.',
      'Cambios hechos aquí que se mantuvieron aunque el archivo diga otra cosa.',
    ),
  },
}
