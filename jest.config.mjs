/**
 * One jest config, suites selected by path: test/unit (pure functions), test/plugins (each plugin
 * alone in a minimal config), test/int (Payload on a real database, and the HTTP server),
 * test/abuse and test/e2e (Chromium). scripts/test.sh runs them in
 * order and repeats test/int once per database. Native ESM: NODE_OPTIONS=--experimental-vm-modules.
 */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx: true, decorators: false },
      target: 'es2022',
      transform: { react: { runtime: 'automatic' } },
    },
    module: { type: 'es6' },
  },
]

export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  transform: { '^.+\\.(t|j)sx?$': swc },
  transformIgnorePatterns: ['/node_modules/'],
  moduleNameMapper: {
    '^@payload-config$': '<rootDir>/src/payload.config.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  testTimeout: 60_000,
  maxWorkers: 1,
}
