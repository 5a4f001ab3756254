import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { es } from '@payloadcms/translations/languages/es'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { Categories } from '../collections/Categories/index.js'
import { EventGroups } from '../collections/EventGroups/index.js'
import { Events } from '../collections/Events/index.js'
import { Media } from '../collections/Media/index.js'
import { Organizations } from '../collections/Organizations/index.js'
import { People } from '../collections/People/index.js'
import { Places } from '../collections/Places/index.js'
import { Posts } from '../collections/Posts/index.js'
import { Sessions } from '../collections/Sessions/index.js'
import { Users } from '../collections/Users/index.js'
import { hyperactivePlugin } from '../plugins/hyperactive/index.js'
import { contentCallPlugin } from '../plugins/content-call/index.js'
import { moderationPlugin } from '../plugins/moderation/index.js'
import { publishingPlugin, webhookOptionsFromEnv } from '../plugins/publishing/index.js'
import { EDITOR_ROLES, MODERATOR_ROLES, userHasRole } from './access/roles.js'
import { refreshPlannerStatistics } from './db-statistics.js'
import { groups } from './i18n/labels.js'
import { databaseAdapter, resolveDatabaseUrl, resolveReplicaUrls } from './db.js'
import { databaseGuard } from './db-guard.js'
import { apiGuards } from './api-guards.js'
import { emailAdapter } from './email/index.js'
import { jobsMayRun } from './jobsGate.js'
import { spawnImportWorker } from './importWorker.js'
import { keyValueStore } from './kv.js'
import { objectStorage } from './objectStorage.js'
import { Site } from './globals/Site.js'
import { queryLimitRules } from './graphql/queryLimits.js'
import { sendEmailTask } from './jobs/sendEmail.js'
import { maxUploadBytes } from '../collections/Media/limits.js'
import { projectRoot } from './paths.js'
import { resolveSecret } from './secret.js'
import { describeFields } from '../plugins/shared/index.js'
import { DESCRIPTIONS, SHARED } from './fields/descriptions.js'
import { defaultTimeZone, SUPPORTED_TIME_ZONES } from './fields/timeRange.js'

/** Command-line tools keep stdout for their output (`--json`, an export); their logs go to stderr. */
const isCommandLineTool = /[/\\]src[/\\]cli[/\\]/.test(process.argv[1] ?? '')

const database = resolveDatabaseUrl(process.env.DATABASE_URL)

export default buildConfig({
  admin: {
    user: Users.slug,
    // No Gravatar: nothing in the admin loads from another site (and the CSP would block it).
    avatar: 'default',
    importMap: { baseDir: projectRoot },
    components: {
      // Names and landmarks Payload's own components leave out (src/admin/AccessibleNames.tsx).
      providers: ['/src/admin/AccessibleNames.js#AccessibleNames'],
    },
    meta: { titleSuffix: ' · Dual Power CMS' },
    // Dates as each admin language writes them ('22 oct 2026, 20:00'; 'Oct 22, 2026, 8:00 PM'):
    // Payload's default pattern gave 'octubre 22º 2009' in Spanish.
    dateFormat: 'PPp',
    timezones: {
      supportedTimezones: SUPPORTED_TIME_ZONES.map((tz) => ({
        label: tz.replace('_', ' '),
        value: tz,
      })),
      defaultTimezone: defaultTimeZone(),
    },
  },
  collections: [
    Posts,
    Events,
    EventGroups,
    Sessions,
    Places,
    People,
    Organizations,
    Categories,
    Media,
    Users,
  ],
  db: databaseAdapter(database, resolveReplicaUrls(process.env.DATABASE_REPLICA_URLS, database)),
  editor: lexicalEditor(),
  email: emailAdapter(),
  globals: [Site],
  graphQL: {
    disablePlaygroundInProduction: true,
    // The public schema as SDL, committed and served for frontends (`npm run generate`).
    schemaOutputFile: `${projectRoot}/src/graphql/schema.graphql`,
    validationRules: queryLimitRules(),
  },
  i18n: {
    fallbackLanguage: 'en',
    supportedLanguages: { en, es },
    // Payload's "Locale" read as "Idioma: English" in the Spanish admin, as if the switch to
    // Spanish had failed: it is the language the content is written in, and says so.
    translations: {
      en: { general: { locale: 'Content language', payloadSettings: 'Admin settings' } },
      es: { general: { locale: 'Idioma del contenido', payloadSettings: 'Ajustes del panel' } },
    },
  },
  // REDIS_URL: payload.kv in Redis (src/kv.ts); otherwise Payload's table.
  kv: keyValueStore(),
  jobs: {
    // Payload lets any logged-in user run, queue or cancel jobs over HTTP: only admins may.
    access: {
      cancel: ({ req }) => userHasRole(req.user, 'admin'),
      queue: ({ req }) => userHasRole(req.user, 'admin'),
      run: ({ req }) => userHasRole(req.user, 'admin'),
    },
    tasks: [sendEmailTask],
    // In-process worker; JOBS_AUTORUN=false leaves the queue to `npm run jobs:worker`.
    autoRun: [{ cron: '* * * * *', queue: 'default', limit: 20 }],
    // JOBS_AUTORUN, and with REDIS_URL one runner among the instances (src/jobsGate.ts).
    shouldAutoRun: () => jobsMayRun(),
  },
  plugins: [
    // New staff content starts pending too: nothing is public until someone picks a state.
    moderationPlugin({
      collections: { posts: {}, events: {}, sessions: {}, organizations: {} },
      moderatorRoles: MODERATOR_ROLES,
      editorRoles: EDITOR_ROLES,
      notifyRoles: ['moderator'],
      adminGroup: groups.settings,
    }),
    hyperactivePlugin({
      importTimeZone: process.env.HYPERACTIVE_TIME_ZONE || undefined,
      roles: { staff: MODERATOR_ROLES, import: EDITOR_ROLES },
      adminGroup: groups.settings,
      refreshStatistics: (payload, _reason, req) =>
        refreshPlannerStatistics(payload, 'import', req),
      // Each admin import in a process of its own (src/importWorker.ts).
      startImport: spawnImportWorker,
    }),
    contentCallPlugin({
      roles: { admins: ['admin'], organizers: EDITOR_ROLES, reviewers: ['reviewer'] },
      adminGroup: groups.contentCall,
    }),
    publishingPlugin({
      webhooks: webhookOptionsFromEnv(),
      adminRoles: ['admin'],
      adminGroup: groups.settings,
    }),
    // S3_BUCKET: uploads in object storage instead of MEDIA_DIR (src/objectStorage.ts).
    objectStorage([Media.slug]),
    // Plain words under each field of the content organizers publish (src/fields/descriptions.ts).
    describeFields(DESCRIPTIONS, SHARED),
    // Last, so they see every collection the plugins added.
    apiGuards,
    databaseGuard(database),
  ],
  ...(isCommandLineTool ? { logger: { destination: process.stderr, options: {} } } : {}),
  // What a client got wrong is not the server's error: no stack traces for bad queries or
  // refused logins (an anonymous client could flood the log with them).
  loggingLevels: { AuthenticationError: 'info', QueryError: 'info', LockedAuth: 'info' },
  localization: {
    defaultLocale: 'en',
    fallback: true,
    locales: [
      { code: 'en', label: { en: 'English', es: 'Inglés' } },
      { code: 'es', label: { en: 'Spanish', es: 'Español' } },
    ],
  },
  secret: resolveSecret(),
  serverURL: process.env.SERVER_URL || undefined,
  sharp,
  telemetry: false,
  typescript: { outputFile: `${projectRoot}/src/payload-types.ts` },
  upload: {
    abortOnLimit: true,
    limits: { fileSize: maxUploadBytes() },
    responseOnLimit: `The file is larger than the ${(maxUploadBytes() / 1e6).toFixed(1)} MB limit (MEDIA_MAX_MB): upload a smaller file`,
  },
})
