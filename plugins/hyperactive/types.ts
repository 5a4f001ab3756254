export type HyperactivePluginOptions = {
  /**
   * Time zone given to imported events in the admin (each datetime's own offset is kept for
   * export either way).
   * @default 'Europe/London' (Hyperactive was London Indymedia's)
   */
  importTimeZone?: string
  /**
   * Largest file the importer reads, in bytes.
   * @default 64 MiB
   */
  maxBytes?: number
}
