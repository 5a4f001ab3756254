import type { DescriptionMap } from '../shared/index.js'

/** The words organizers read under each field of an import's record and of its run. */

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
  'hyperactive-import-runs': {
    file: w('The file as it was uploaded.', 'El archivo tal como se subió.'),
    dryRun: w(
      'Checked only: what the import would change, with nothing kept.',
      'Solo comprobación: lo que cambiaría la importación, sin guardar nada.',
    ),
    status: w(
      'Where the import is: waiting, checking every event, writing them, or over.',
      'Dónde está la importación: esperando, comprobando cada evento, escribiéndolos o terminada.',
    ),
    total: w('Events in the file.', 'Eventos en el archivo.'),
    done: w(
      'Events done in the current step (checking, then writing).',
      'Eventos hechos en el paso actual (comprobar, luego escribir).',
    ),
    written: w(
      'Events created or changed so far. They stay if the import is cancelled.',
      'Eventos creados o cambiados hasta ahora. Se quedan si se cancela la importación.',
    ),
    failed: w(
      'Events refused. Any refused event means nothing is written.',
      'Eventos rechazados. Si se rechaza alguno, no se escribe nada.',
    ),
    startedAt: w('When the import began.', 'Cuándo empezó la importación.'),
    finishedAt: w('When the import ended.', 'Cuándo terminó la importación.'),
    requestedBy: w(
      'Who asked for the import (empty: the command line).',
      'Quién pidió la importación (vacío: la línea de órdenes).',
    ),
    cancelRequested: w(
      'Someone asked to cancel: the import stops after the batch it is writing.',
      'Alguien pidió cancelar: la importación se detiene tras el lote que está escribiendo.',
    ),
    summary: w(
      'What the import did, or why it stopped.',
      'Lo que hizo la importación, o por qué se detuvo.',
    ),
  },
}
