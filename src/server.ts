import './preflight.js'

import type { Server } from 'node:http'

import express from 'express'
import helmet from 'helmet'
import next from 'next'
import { getPayload, type Payload } from 'payload'

import {
  checkDatabase,
  closeDatabase,
  type DatabaseTarget,
  resolveDatabaseUrl,
  watchDatabaseErrors,
} from './db.js'
import { BUILT_MARK } from '../scripts/build-state.mjs'
import { cacheSettingsFromEnv, mountResponseCache, type ResponseCacheStore } from './cache/index.js'
import { refreshPlannerStatistics } from './db-statistics.js'
import { logLevelFromEnv, requestLogLevel } from './requestLog.js'
import { projectRoot } from './paths.js'
import { corsOriginsFromEnv, mountCors } from './routes/cors.js'
import { mountFeedRoutes } from './routes/feeds.js'
import { mountHyperactiveRoutes } from './routes/hyperactive.js'
import { mountRequestGuards } from './routes/requestGuards.js'
import { mountRestApi } from './routes/restApi.js'
import { stopImportWorkers } from './importWorker.js'
import { closeKeyValueStore } from './kv.js'
import { shareStateThroughRedis } from './sharedState.js'
import config from './payload.config.js'

export type ServerOptions = {
  /** Next dev mode (compiles on request, hot reload). @default false */
  dev?: boolean
  /** @default process.env.PORT or 3000 */
  port?: number
  /** Longest wait for in-flight requests on shutdown. @default SHUTDOWN_TIMEOUT_MS or 10000 */
  shutdownTimeoutMs?: number
  /** Runs after Payload is up and before the port opens (the quick start seeds here). */
  beforeListen?: (payload: Payload) => Promise<void>
  /**
   * Where anonymous answers are cached (RESPONSE_CACHE*). The default lives in this process;
   * several instances of the app share one store of their own (see src/cache/store.ts).
   */
  cacheStore?: ResponseCacheStore
}

export type RunningServer = {
  payload: Payload
  port: number
  server: Server
  /** Stops accepting, lets in-flight requests finish (bounded), closes the database. */
  shutdown: (signal?: string) => Promise<void>
}

/** The embeddable calendar, in both languages: framable by any site (see securityHeaders). */
export const EMBED_PATH = /^\/(es\/)?embed\/events\/?$/

/** Content-Security-Policy that the Payload admin (inline styles, Next's inline scripts) runs under. */
const cspDirectives = (dev: boolean) => ({
  defaultSrc: ["'self'"],
  baseUri: ["'self'"],
  connectSrc: ["'self'", ...(dev ? ['ws:', 'wss:'] : [])],
  fontSrc: ["'self'", 'data:'],
  formAction: ["'self'"],
  frameAncestors: ["'self'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  objectSrc: ["'none'"],
  scriptSrc: ["'self'", "'unsafe-inline'", ...(dev ? ["'unsafe-eval'"] : [])],
  styleSrc: ["'self'", "'unsafe-inline'"],
  upgradeInsecureRequests: null,
})

export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const dev = options.dev ?? false
  const port = options.port ?? Number(process.env.PORT || 3000)
  const shutdownTimeoutMs =
    options.shutdownTimeoutMs ?? Number(process.env.SHUTDOWN_TIMEOUT_MS || 10_000)
  const target: DatabaseTarget = resolveDatabaseUrl(process.env.DATABASE_URL)
  const cacheSettings = cacheSettingsFromEnv()
  const corsOrigins = corsOriginsFromEnv()
  const logLevel = logLevelFromEnv()
  // Where a start's time goes, from the process's start (node, the modules, then each step),
  // or from the end of the build when `npm start` built first (the quick start).
  const origin = performance.getEntriesByName(BUILT_MARK)[0]?.startTime ?? 0
  const phases: [string, number][] = [['modules', performance.now() - origin]]
  const phase = (name: string) => {
    const now = performance.now() - origin
    phases.push([name, now - phases.reduce((sum, [, ms]) => sum + ms, 0)])
  }

  // Payload is booted here, once, with its cron jobs; Next's route handlers find the same
  // instance in Payload's global cache (payload is a server-external package, see next.config).
  const payload = await getPayload({ config, cron: true })
  payload.logger.level = logLevel
  watchDatabaseErrors(payload)
  phase('Payload')
  if (options.beforeListen) {
    await options.beforeListen(payload)
    phase('before listening')
  }
  await refreshPlannerStatistics(payload)
  phase('statistics')

  // webpack in dev as in `next build --webpack`: its extensionAlias maps our `.js` imports to `.ts`.
  const nextApp = next({ dev, dir: projectRoot, hostname: 'localhost', port, webpack: true })
  await nextApp.prepare()
  const handle = nextApp.getRequestHandler()
  phase('Next')

  let shuttingDown = false
  const app = express()
  app.disable('x-powered-by')
  if (process.env.TRUST_PROXY) app.set('trust proxy', process.env.TRUST_PROXY)

  app.use((req, res, nextMiddleware) => {
    const started = process.hrtime.bigint()
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6
      // One line per request: method, path, status, duration, as loud as what it asks of an operator.
      payload.logger[requestLogLevel(req.path, res.statusCode)](
        `${req.method} ${req.originalUrl} ${res.statusCode} ${ms.toFixed(0)}ms`,
      )
    })
    nextMiddleware()
  })
  const securityHeaders = (framable: boolean) =>
    helmet({
      contentSecurityPolicy: {
        directives: { ...cspDirectives(dev), ...(framable ? { frameAncestors: ['*'] } : {}) },
      },
      // The admin loads its own assets only; cross-origin isolation would break image previews.
      crossOriginEmbedderPolicy: false,
      ...(framable
        ? { xFrameOptions: false, crossOriginResourcePolicy: { policy: 'cross-origin' } }
        : {}),
      // Not `no-referrer`: browsers then send `Origin: null` with form posts, and the public
      // forms (server actions) rightly refuse those. `same-origin` still tells other sites
      // nothing, so private links never leak.
      referrerPolicy: { policy: 'same-origin' },
      strictTransportSecurity: process.env.SERVER_URL?.startsWith('https://')
        ? { maxAge: 15552000, includeSubDomains: true }
        : false,
    })
  const everywhere = securityHeaders(false)
  // The embeddable calendar is the one page other sites may frame.
  const embeddable = securityHeaders(true)
  app.use((req, res, nextMiddleware) =>
    (EMBED_PATH.test(req.path) ? embeddable : everywhere)(req, res, nextMiddleware),
  )
  app.use((_req, res, nextMiddleware) => {
    res.setHeader(
      'Permissions-Policy',
      'camera=(), microphone=(), geolocation=(), interest-cohort=()',
    )
    nextMiddleware()
  })

  mountCors(app, corsOrigins)

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' })
  })
  app.get('/readyz', async (_req, res) => {
    if (shuttingDown) {
      res.status(503).json({ status: 'unavailable', reason: 'shutting down' })
      return
    }
    const result = await checkDatabase(payload, target)
    if (result.ok) res.json({ status: 'ok', database: target.kind })
    else
      res.status(503).json({ status: 'unavailable', database: target.kind, reason: result.reason })
  })

  const shared = shareStateThroughRedis(payload)
  const closeCache = await mountResponseCache(
    app,
    payload,
    target,
    cacheSettings,
    options.cacheStore ?? shared?.cacheStore,
  )
  mountHyperactiveRoutes(app, payload)
  mountFeedRoutes(app, payload)
  mountRequestGuards(app, payload)

  // No body parser may run before these: Payload and Next read the request body themselves.
  mountRestApi(app, payload)
  // Express 5: '*' is no longer a valid path; a named splat matches the rest.
  app.all('/{*splat}', (req, res) => handle(req, res))

  const server = await new Promise<Server>((resolve, reject) => {
    const s = app.listen(port, (error?: Error) => (error ? reject(error) : resolve(s)))
    s.once('error', reject)
  })
  const actualPort = (server.address() as { port: number }).port
  phase('routes and port')
  const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`
  payload.logger.info(
    `started in ${seconds(performance.now() - origin)}${origin ? ' after the build' : ''}: ` +
      phases.map(([name, ms]) => `${name} ${seconds(ms)}`).join(', '),
  )
  // Idle keep-alive connections stay open longer than clients and load balancers keep them
  // (60 s is common): Node's 5 s default closes sockets a client is about to reuse, which it
  // sees as "other side closed" on a perfectly good request.
  server.keepAliveTimeout = 65_000
  server.headersTimeout = 66_000

  let closing: Promise<void> | undefined
  const shutdown = (signal = 'shutdown') =>
    (closing ??= (async () => {
      shuttingDown = true
      payload.logger.info(
        `${signal}: no new connections; waiting for requests in flight (at most ${shutdownTimeoutMs} ms)`,
      )
      const closed = new Promise<void>((resolve) => server.close(() => resolve()))
      server.closeIdleConnections()
      let timer: NodeJS.Timeout | undefined
      const timedOut = new Promise<'timeout'>((resolve) => {
        timer = setTimeout(() => resolve('timeout'), shutdownTimeoutMs)
      })
      if ((await Promise.race([closed, timedOut])) === 'timeout') {
        payload.logger.warn('shutdown: requests still in flight after the timeout; closing them')
        server.closeAllConnections()
        await closed
      }
      clearTimeout(timer)
      await nextApp.close?.()
      await closeCache?.()
      await stopImportWorkers()
      await shared?.close()
      await closeKeyValueStore(payload.kv)
      await closeDatabase(payload)
      payload.logger.info('shutdown: done')
    })())

  return { payload, port: actualPort, server, shutdown }
}

export function exitOnSignals(running: RunningServer) {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      running.shutdown(signal).then(
        () => process.exit(0),
        (error) => {
          console.error('dualpower-cms: shutdown failed:', error)
          process.exit(1)
        },
      )
    })
  }
}
