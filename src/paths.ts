import path from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * The repository root. Every path the app writes to (data/, media/, migrations) hangs off it, so
 * the server, the CLI, `payload` commands and the tests agree whatever directory they start in.
 */
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

export const dataDir = path.join(projectRoot, 'data')
/** Where uploads are written: MEDIA_DIR, default media/ in the repository (read when called). */
export const mediaDir = (env: NodeJS.ProcessEnv = process.env) =>
  env.MEDIA_DIR ? path.resolve(projectRoot, env.MEDIA_DIR) : path.join(projectRoot, 'media')
export const migrationsDir = (dialect: 'sqlite' | 'postgres' | 'mongodb') =>
  path.join(projectRoot, 'src', 'migrations', dialect)
