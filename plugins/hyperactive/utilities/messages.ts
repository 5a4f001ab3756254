import type { ImportSummary } from '../services/importEvents.js'

/** The admin texts of the Hyperactive import, in the admin's two languages. */
const messages = {
  en: {
    title: 'Import Hyperactive XML',
    intro:
      'Events from a Hyperactive calendar export (one event or a list). Events already here are updated by their Hyperactive id; a file with any error changes nothing.',
    file: 'XML file',
    dryRun: 'Check only: report what would change, write nothing',
    submit: 'Import',
    check: 'Check file',
    chooseFile: 'Choose a file first.',
    tooLarge: (size: string, max: string) => `The file is ${size}; the limit is ${max}.`,
    sending: 'Sending the file…',
    progress: (done: number, total: number) => `${done} of ${total} events processed…`,
    lockNote:
      'While a file imports, other changes to the site wait: import large files at a quiet time.',
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
      'Eventos de una exportación de un calendario Hyperactive (un evento o una lista). Los eventos que ya existen se actualizan por su id de Hyperactive; un archivo con cualquier error no cambia nada.',
    file: 'Archivo XML',
    dryRun: 'Solo comprobar: informar de lo que cambiaría sin escribir nada',
    submit: 'Importar',
    check: 'Comprobar archivo',
    chooseFile: 'Elige primero un archivo.',
    tooLarge: (size: string, max: string) => `El archivo ocupa ${size}; el límite es ${max}.`,
    sending: 'Enviando el archivo…',
    progress: (done: number, total: number) => `${done} de ${total} eventos procesados…`,
    lockNote:
      'Mientras se importa un archivo, los demás cambios en el sitio esperan: importa archivos grandes en un momento tranquilo.',
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
