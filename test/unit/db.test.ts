import { describe, expect, test } from '@jest/globals'

import { DEFAULT_SQLITE_FILE, redactUrl, resolveDatabaseUrl } from '../../src/db.js'

describe('resolveDatabaseUrl', () => {
  test.each([
    [undefined, 'sqlite'],
    ['', 'sqlite'],
    ['file:./data/x.db', 'sqlite'],
    ['file:///tmp/x.db', 'sqlite'],
    ['postgres://u:p@localhost:5432/dp', 'postgres'],
    ['postgresql://localhost/dp', 'postgres'],
    ['mongodb://localhost:27017/dp', 'mongodb'],
    ['mongodb+srv://u:p@cluster.example.net/dp', 'mongodb'],
  ])('%s selects %s', (url, kind) => {
    expect(resolveDatabaseUrl(url, '/repo').kind).toBe(kind)
  })

  test('unset means data/dualpower.db', () => {
    expect(resolveDatabaseUrl(undefined)).toEqual({
      kind: 'sqlite',
      file: DEFAULT_SQLITE_FILE,
      url: `file:${DEFAULT_SQLITE_FILE}`,
    })
  })

  test('relative SQLite paths resolve against the project root', () => {
    expect(resolveDatabaseUrl('file:./data/x.db', '/repo')).toMatchObject({
      file: '/repo/data/x.db',
    })
    expect(resolveDatabaseUrl('file:///tmp/x.db', '/repo')).toMatchObject({ file: '/tmp/x.db' })
  })

  test.each([
    ['mysql://root:hunter2@db/dp', /is not supported: use file:PATH/],
    ['file:', /names no file/],
    ['file::memory:', /names no file/],
    ['postgres://localhost', /needs a host and a database name/],
    ['postgres://[bad', /is not a valid URL/],
  ])('%s is refused with a clear message', (url, message) => {
    expect(() => resolveDatabaseUrl(url)).toThrow(message)
  })

  test('errors never print a password', () => {
    expect(() => resolveDatabaseUrl('mysql://root:hunter2@db/dp')).toThrow(/root:\*\*\*@db/)
    expect(redactUrl('postgres://u:secret@h/db')).toBe('postgres://u:***@h/db')
  })
})
