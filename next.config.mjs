import path from 'node:path'

import { withPayload } from '@payloadcms/next/withPayload'

import { SHARED_MODULES, sharedModuleAt, sharedModuleURL } from './scripts/shared-modules.mjs'

const sharedNames = new Set(SHARED_MODULES.map((m) => path.basename(m.source, '.ts')))
const sharedAliases = new Map(SHARED_MODULES.flatMap((m) => m.aliases.map((a) => [a, m])))

/**
 * The app's server code that Next's server bundle imports from Node instead of compiling a
 * copy of its own (scripts/shared-modules.mjs): one copy of each module in the process.
 */
const importSharedModules =
  ({ dev }) =>
  async ({ context, request, getResolve }) => {
    let shared = sharedAliases.get(request)
    if (!shared && request.startsWith('.') && sharedNames.has(path.basename(request, '.js'))) {
      shared = sharedModuleAt(await getResolve()(context, request))
    }
    return shared ? `import ${sharedModuleURL(shared, { dev })}` : undefined
  }

/**
 * `payload` and the database adapters stay outside the bundle in every mode, not only in dev:
 * src/server.ts boots Payload once (jobs, readiness, request logs) and the Next route handlers
 * reuse that instance through Payload's global cache. One copy of `payload` in the process
 * means one instance, one connection pool and error classes that match.
 * @type {import('next').NextConfig}
 */
const nextConfig = {
  serverExternalPackages: [
    'payload',
    '@payloadcms/db-sqlite',
    '@payloadcms/db-postgres',
    '@payloadcms/db-mongodb',
    '@payloadcms/drizzle',
    '@payloadcms/email-nodemailer',
    '@payloadcms/graphql',
    'sharp',
  ],
  poweredByHeader: false,
  // The public forms post to server actions; nothing they send comes near this.
  experimental: { serverActions: { bodySizeLimit: '128kb' } },
  // src/server.ts answers every request and sets the security headers itself.
  compress: true,
  // `npm test` type-checks the whole project with tsc; the build does not do it a second time,
  // which keeps the quick start's first build near one minute on a 2-core machine.
  typescript: { ignoreBuildErrors: true },
  // Source imports use `.js` specifiers (what Node's ESM loader, tsx and jest resolve);
  // webpack needs to be told that they name `.ts` files.
  webpack: (config, { dev, isServer, nextRuntime }) => {
    config.resolve.extensionAlias = {
      '.js': ['.ts', '.tsx', '.js'],
      '.mjs': ['.mts', '.mjs'],
    }
    if (isServer && nextRuntime === 'nodejs') {
      config.externals = [importSharedModules({ dev }), ...[config.externals ?? []].flat()]
    }
    return config
  },
}

const config = withPayload(nextConfig, { devBundleServerPackages: false })
// Payload silences Sass's `import` deprecation, which the Sass it brings (1.77) does not raise
// yet: Sass then warned that the silencing is unnecessary, once per stylesheet, and the build
// announced "Compiled with warnings" while Payload's console filter hid them. npm test fails
// the build on any warning, so a newer Sass that raises it is seen at once.
config.sassOptions.silenceDeprecations = config.sassOptions.silenceDeprecations.filter(
  (name) => name !== 'import',
)
export default config
