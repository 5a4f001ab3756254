import type { ImportSummary } from '../services/importTypes.js'

/** The admin texts of the Hyperactive import, in the admin's two languages. */
const messages = {
  en: {
    title: 'Import Hyperactive XML',
    intro:
      'Events from a Hyperactive calendar export (one event or a list). Events already here are updated by their Hyperactive id. Every event is checked first: a file with any bad event changes nothing, and every bad event is listed.',
    file: 'XML file',
    dryRun: 'Check only: report what would change, write nothing',
    submit: 'Import',
    check: 'Check file',
    chooseFile: 'Choose a file first.',
    tooLarge: (size: string, max: string) => `The file is ${size}; the limit is ${max}.`,
    sending: 'Sending the file…',
    progress: (done: number, total: number) => `${done} of ${total} events processed…`,
    queued: 'Waiting to start…',
    checking: (done: number, total: number, refused: number) =>
      `Checking: ${done} of ${total} events read, ${refused} refused.`,
    writing: (done: number, total: number, written: number) =>
      `Writing: ${done} of ${total} events done, ${written} written.`,
    timeLeft: (left: string) => `About ${left} left.`,
    cancel: 'Cancel the import',
    cancelling: 'Cancelling: the import stops after the batch it is writing…',
    cancelled: (written: number) =>
      `Cancelled. ${written} events written before the cancel stay; import the same file again to write the rest.`,
    stoppedPartly: (written: number) =>
      `The import stopped. ${written} events written before it stay; fix the problem and import the same file again to write the rest:`,
    lockNote:
      'The import runs on its own while the site keeps working; you can leave this page and come back to see how far it got.',
    summary: (s: SummaryCounts) =>
      `${s.events} events: ${s.created} created, ${s.updated} updated, ${s.unchanged} unchanged.` +
      (s.organizationsCreated
        ? ` ${s.organizationsCreated} new organizations need a name (they are pending).`
        : '') +
      (s.forModeration && !s.dryRun
        ? ` ${s.forModeration} items are pending or hidden; moderators got one email listing them.`
        : '') +
      (s.placesCreated || s.seriesCreated
        ? ` New: ${s.placesCreated} places, ${s.seriesCreated} series.`
        : ''),
    conflicts: (n: number) => `Edited here and different from the file (the edits were kept): ${n}`,
    conflict: (id: number, fields: string[]) => `event ${id}: ${fields.join(', ')}`,
    exportLink: 'This file’s events as they are now, in the file’s order (Hyperactive XML)',
    dryRunDone: 'Check only: nothing was written.',
    failed: 'Nothing was imported. Fix the file and try again:',
    line: 'line',
    event: 'event',
    error: 'The import could not run',
  },
  es: {
    title: 'Importar XML de Hyperactive',
    intro:
      'Eventos de una exportación de un calendario Hyperactive (un evento o una lista). Los eventos que ya existen se actualizan por su id de Hyperactive. Primero se comprueba cada evento: un archivo con cualquier evento erróneo no cambia nada, y se indican todos los erróneos.',
    file: 'Archivo XML',
    dryRun: 'Solo comprobar: informar de lo que cambiaría sin escribir nada',
    submit: 'Importar',
    check: 'Comprobar archivo',
    chooseFile: 'Elige primero un archivo.',
    tooLarge: (size: string, max: string) => `El archivo ocupa ${size}; el límite es ${max}.`,
    sending: 'Enviando el archivo…',
    progress: (done: number, total: number) => `${done} de ${total} eventos procesados…`,
    queued: 'Esperando para empezar…',
    checking: (done: number, total: number, refused: number) =>
      `Comprobando: ${done} de ${total} eventos leídos, ${refused} rechazados.`,
    writing: (done: number, total: number, written: number) =>
      `Escribiendo: ${done} de ${total} eventos hechos, ${written} escritos.`,
    timeLeft: (left: string) => `Quedan unos ${left}.`,
    cancel: 'Cancelar la importación',
    cancelling: 'Cancelando: la importación se detiene tras el lote que está escribiendo…',
    cancelled: (written: number) =>
      `Cancelada. Los ${written} eventos escritos antes se quedan; importa el mismo archivo otra vez para escribir el resto.`,
    stoppedPartly: (written: number) =>
      `La importación se detuvo. Los ${written} eventos escritos antes se quedan; corrige el problema e importa el mismo archivo otra vez para escribir el resto:`,
    lockNote:
      'La importación se hace aparte mientras el sitio sigue funcionando; puedes salir de esta página y volver para ver cómo va.',
    summary: (s: SummaryCounts) =>
      `${s.events} eventos: ${s.created} creados, ${s.updated} actualizados, ${s.unchanged} sin cambios.` +
      (s.organizationsCreated
        ? ` ${s.organizationsCreated} organizaciones nuevas necesitan un nombre (están pendientes).`
        : '') +
      (s.forModeration && !s.dryRun
        ? ` ${s.forModeration} elementos están pendientes u ocultos; el equipo de moderación recibió un correo con la lista.`
        : '') +
      (s.placesCreated || s.seriesCreated
        ? ` Nuevos: ${s.placesCreated} lugares, ${s.seriesCreated} series.`
        : ''),
    conflicts: (n: number) =>
      `Editados aquí y distintos del archivo (se conservaron los cambios): ${n}`,
    conflict: (id: number, fields: string[]) => `evento ${id}: ${fields.join(', ')}`,
    exportLink:
      'Los eventos de este archivo tal como están ahora, en su orden (XML de Hyperactive)',
    dryRunDone: 'Solo comprobación: no se escribió nada.',
    failed: 'No se importó nada. Corrige el archivo y vuelve a intentarlo:',
    line: 'línea',
    event: 'evento',
    error: 'No se pudo hacer la importación',
  },
}

export type SummaryCounts = Pick<
  ImportSummary,
  | 'events'
  | 'created'
  | 'updated'
  | 'unchanged'
  | 'organizationsCreated'
  | 'placesCreated'
  | 'seriesCreated'
  | 'forModeration'
  | 'dryRun'
>

export type ImportMessages = (typeof messages)['en']

export const importMessagesFor = (language: string | undefined): ImportMessages =>
  language?.startsWith('es') ? messages.es : messages.en

/** Bytes as people read them: 1.5 MB, 64 MB. */
export const formatBytes = (bytes: number) =>
  bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(bytes >= 10 * 1024 * 1024 ? 0 : 1)} MB`
    : `${Math.ceil(bytes / 1024)} KB`
