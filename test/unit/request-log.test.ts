/** The server's request log: each line as loud as what it asks of an operator. */
import { describe, expect, test } from '@jest/globals'

import { logLevelFromEnv, requestLogLevel } from '../../src/requestLog.js'

describe('request log levels', () => {
  test.each([
    ['/_next/static/chunks/main-app-ff7dff17e750b75b.js', 200, 'debug'],
    ['/_next/static/css/11f6767eaba232e9.css', 304, 'debug'],
    ['/_next/image/', 200, 'debug'],
    ['/favicon.ico', 200, 'debug'],
    ['/icon.svg', 200, 'debug'],
    ['/api/media/file/poster-1200x630.webp', 200, 'debug'],
    // A missing or failing asset is worth seeing.
    ['/_next/static/chunks/gone.js', 404, 'info'],
    ['/api/media/file/poster.webp', 500, 'error'],
    ['/', 200, 'info'],
    ['/api/events', 200, 'info'],
    ['/api/users/login', 401, 'info'],
    ['/api/proposals', 400, 'info'],
    ['/api/proposals', 429, 'warn'],
    ['/api/media', 413, 'warn'],
    ['/api/graphql', 500, 'error'],
    ['/feeds/events.ics', 503, 'error'],
    // Only the asset folders: a page or an API path that merely mentions one is a request.
    ['/posts/_next/static', 200, 'info'],
    ['/api/media', 200, 'info'],
  ])('%s answered %i logs at %s', (path, status, level) => {
    expect(requestLogLevel(path, status)).toBe(level)
  })
})

describe('LOG_LEVEL', () => {
  test('defaults to info and takes the four levels in any case', () => {
    expect(logLevelFromEnv({} as NodeJS.ProcessEnv)).toBe('info')
    expect(logLevelFromEnv({ LOG_LEVEL: ' Debug ' } as unknown as NodeJS.ProcessEnv)).toBe('debug')
    expect(logLevelFromEnv({ LOG_LEVEL: 'warn' } as unknown as NodeJS.ProcessEnv)).toBe('warn')
  })

  test('anything else stops the start with what it accepts', () => {
    expect(() => logLevelFromEnv({ LOG_LEVEL: 'verbose' } as unknown as NodeJS.ProcessEnv)).toThrow(
      'LOG_LEVEL must be one of debug, info, warn, error; it is "verbose"',
    )
  })
})
