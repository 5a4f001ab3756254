import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { es } from '@payloadcms/translations/languages/es'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { Media } from '../collections/Media/index.js'
import { Users } from '../collections/Users/index.js'
import { databaseAdapter, resolveDatabaseUrl } from './db.js'
import { emailAdapter } from './email/index.js'
import { sendEmailTask } from './jobs/sendEmail.js'
import { maxUploadBytes } from '../collections/Media/limits.js'
import { projectRoot } from './paths.js'
import { resolveSecret } from './secret.js'

const jobsEnabled = () => process.env.JOBS_AUTORUN !== 'false'

export default buildConfig({
  admin: {
    user: Users.slug,
    importMap: { baseDir: projectRoot },
    meta: { titleSuffix: ' · Dual Power CMS' },
  },
  collections: [Users, Media],
  db: databaseAdapter(resolveDatabaseUrl(process.env.DATABASE_URL)),
  editor: lexicalEditor(),
  email: emailAdapter(),
  graphQL: { disablePlaygroundInProduction: true },
  i18n: { fallbackLanguage: 'en', supportedLanguages: { en, es } },
  jobs: {
    tasks: [sendEmailTask],
    // In-process worker; JOBS_AUTORUN=false leaves the queue to `npm run jobs:worker`.
    autoRun: [{ cron: '* * * * *', queue: 'default', limit: 20 }],
    shouldAutoRun: () => jobsEnabled(),
  },
  localization: {
    defaultLocale: 'en',
    fallback: true,
    locales: [
      { code: 'en', label: 'English' },
      { code: 'es', label: 'Español' },
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
