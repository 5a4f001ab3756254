/** What the media library accepts. Images get resized; PDFs (flyers, zines) are stored as they are. */
export const ACCEPTED_MEDIA_TYPES = [
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/gif',
  'image/avif',
  'application/pdf',
] as const

/** MEDIA_MAX_MB (default 10): the largest upload accepted, in megabytes. */
export const maxUploadBytes = (env: NodeJS.ProcessEnv = process.env): number => {
  const mb = Number(env.MEDIA_MAX_MB ?? 10)
  return Math.round((Number.isFinite(mb) && mb > 0 ? mb : 10) * 1_000_000)
}
