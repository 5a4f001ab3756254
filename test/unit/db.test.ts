import { describe, expect, test } from '@jest/globals'

import {
  DEFAULT_SQLITE_FILE,
  redactUrl,
  resolveDatabaseUrl,
  resolveReplicaUrls,
  sqliteSynchronous,
} from '../../src/db.js'

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

describe('resolveReplicaUrls (DATABASE_REPLICA_URLS)', () => {
  const primary = resolveDatabaseUrl('postgres://u:pw@primary/dp')

  test('unset or blank: no replicas, on every database', () => {
    expect(resolveReplicaUrls(undefined, primary)).toEqual([])
    expect(resolveReplicaUrls(' , ', primary)).toEqual([])
    expect(resolveReplicaUrls('', resolveDatabaseUrl(undefined))).toEqual([])
  })

  test('a list separated by commas, spaces trimmed', () => {
    expect(
      resolveReplicaUrls(' postgres://u:pw@r1/dp ,postgresql://u:pw@r2:6432/dp', primary),
    ).toEqual(['postgres://u:pw@r1/dp', 'postgresql://u:pw@r2:6432/dp'])
  })

  test.each([
    [
      'file:./data/dualpower.db',
      'mongodb://m/dp',
      /read replicas are for PostgreSQL and DATABASE_URL is a SQLite file/,
    ],
    ['mongodb://m/dp', 'postgres://u:pw@r1/dp', /DATABASE_URL is MongoDB/],
  ])('refused beside a DATABASE_URL of %s', (url, replicas, message) => {
    expect(() => resolveReplicaUrls(replicas, resolveDatabaseUrl(url, '/repo'))).toThrow(message)
  })

  test.each([
    [
      'postgres://u:pw@r1/dp,mongodb://m/dp',
      /replica 2: "mongodb:\/\/m\/dp"\) is not a postgres:\/\/ URL/,
    ],
    [
      'postgres://u:secret@r1',
      /replica 1: "postgres:\/\/u:\*\*\*@r1"\): needs a host and a database name/,
    ],
    ['file:./x.db', /replica 1: "file:.\/x.db"\) is not a postgres/],
    ['postgres://u:pw@primary/dp', /is DATABASE_URL itself/],
  ])('%s is refused, naming the replica', (replicas, message) => {
    expect(() => resolveReplicaUrls(replicas, primary)).toThrow(message)
  })

  test('errors never print a password', () => {
    expect(() => resolveReplicaUrls('postgres://u:secret@r1', primary)).not.toThrow(/secret/)
    expect(() => resolveReplicaUrls('postgres://u:secret@r1', primary)).toThrow(/\*\*\*/)
  })
})

describe('sqliteSynchronous (SQLITE_SYNCHRONOUS)', () => {
  test('unset or blank is FULL; either word in any case, spaces trimmed', () => {
    expect(sqliteSynchronous(undefined)).toBe('FULL')
    expect(sqliteSynchronous('  ')).toBe('FULL')
    expect(sqliteSynchronous(' normal')).toBe('NORMAL')
    expect(sqliteSynchronous('Full')).toBe('FULL')
  })

  test.each(['OFF', 'EXTRA', '1', 'NORMAL;', 'normal full'])(
    '%s is refused, naming the setting',
    (raw) => {
      expect(() => sqliteSynchronous(raw)).toThrow(
        `SQLITE_SYNCHRONOUS "${raw}" must be FULL (each commit on disk before it is answered; the default) or NORMAL`,
      )
    },
  )
})
