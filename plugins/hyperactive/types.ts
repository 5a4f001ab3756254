export type HyperactivePluginOptions = {
  /**
   * Time zone given to imported events in the admin (each datetime's own offset is kept for
   * export either way).
   * @default the site's zone (the admin's default for new dates, `SITE_TIME_ZONE`)
   */
  importTimeZone?: string
  /**
   * Largest file the importer reads, in bytes.
   * @default 64 MiB
   */
  maxBytes?: number
}
