/**
 * Change versions the database keeps itself, one per collection and global: triggers on every
 * table Payload made move the version of the collection or global that owns it, in the writing
 * transaction, whoever writes (this process, another instance, the import command, the jobs
 * worker, plain SQL). The response cache's key holds the versions of what anonymous answers can
 * read, so a write to anything else (a proposal, a job, a delivery log) leaves them cached.
 */
import type { RawTable } from '@payloadcms/drizzle/types'
import type { Payload } from 'payload'

import { createHash } from 'node:crypto'
import { createLocalReq } from 'payload'

export const VERSIONS_TABLE = 'change_versions'
/** The group of tables no collection or global owns; every answer depends on it. */
export const UNOWNED = '*'

/** The versions table, in Payload's schema so that migrations and the development push hold it. */
export const changeVersionsTableHook = <S>(args: { schema: S }): S => {
  const { adapter } = args as unknown as { adapter: { rawTables: Record<string, RawTable> } }
  adapter.rawTables[VERSIONS_TABLE] = {
    name: VERSIONS_TABLE,
    columns: {
      name: { name: 'name', type: 'varchar', primaryKey: true },
      version: { name: 'version', type: 'integer', notNull: true, default: 0 },
    },
  }
  return args.schema
}

const snake = (slug: string) => slug.replace(/-/g, '_')

/**
 * The collection or global owning each table: its own table, its child tables (`events_locales`,
 * `events_rels`, arrays and blocks) and its versions (`_events_v…`), by the longest table name
 * that prefixes it. Payload refuses two tables of one name, so the longest is the owner.
 */
export function tableOwners(
  tables: string[],
  owners: { slug: string; table: string }[],
): Map<string, string> {
  const byLength = [...owners].sort((a, b) => b.table.length - a.table.length)
  const owned = (name: string, table: string) =>
    [table, `_${table}_v`].some((root) => name === root || name.startsWith(`${root}_`))
  return new Map(
    tables
      .filter((name) => name !== VERSIONS_TABLE)
      .map((name) => [name, byLength.find((o) => owned(name, o.table))?.slug ?? UNOWNED]),
  )
}

type Db = {
  name?: string
  tableNameMap?: Map<string, string>
  execute: (args: { drizzle: unknown; raw: string }) => Promise<{ rows: unknown[] }>
  drizzle: unknown
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`
const literal = (value: string) => `'${value.replace(/'/g, "''")}'`
/** Trigger names within PostgreSQL's 63 bytes, one per table and operation. */
const triggerName = (table: string, operation: string) =>
  `cv_${operation}_${table.slice(0, 40)}_${createHash('sha1').update(table).digest('hex').slice(0, 8)}`

function ownerList(payload: Payload, db: Db) {
  const table = (slug: string) => db.tableNameMap?.get(snake(slug)) ?? snake(slug)
  return [
    ...payload.config.collections.map((c) => ({ slug: c.slug, table: table(c.slug) })),
    ...payload.config.globals.map((g) => ({ slug: g.slug, table: table(g.slug) })),
  ]
}

const rows = async (db: Db, raw: string) =>
  (await db.execute({ drizzle: db.drizzle, raw })).rows as Record<string, unknown>[]

/**
 * The group each of the database's tables counts in (./reads.ts turns a statement's quoted
 * names into groups with it); null where the database keeps no versions (MongoDB).
 */
export async function tableGroups(payload: Payload): Promise<Map<string, string> | null> {
  const db = payload.db as unknown as Db
  const list =
    db.name === 'sqlite'
      ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
      : db.name === 'postgres'
        ? 'SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema()'
        : null
  if (!list) return null
  const tables = (await rows(db, list)).map((r) => String(r.name))
  return tableOwners(tables, ownerList(payload, db))
}

/**
 * Creates what is missing: a row per collection and global, and the triggers of every table
 * (tables a migration added since the last start included). Idempotent; the triggers of a
 * dropped table go with it. Returns the number of triggers created.
 */
export async function installChangeVersions(payload: Payload): Promise<number> {
  const db = payload.db as unknown as Db
  const owners = ownerList(payload, db)
  const groups = [UNOWNED, ...owners.map((o) => o.slug)]
  if (db.name === 'sqlite') return installSqlite(db, owners, groups)
  if (db.name === 'postgres') return installPostgres(db, owners, groups)
  return 0
}

async function installSqlite(db: Db, owners: { slug: string; table: string }[], groups: string[]) {
  const tables = await rows(
    db,
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
  )
  const existing = new Set(
    (await rows(db, "SELECT name FROM sqlite_master WHERE type = 'trigger'")).map((r) =>
      String(r.name),
    ),
  )
  const statements = groups.map(
    (group) =>
      `INSERT OR IGNORE INTO ${quote(VERSIONS_TABLE)} (name, version) VALUES (${literal(group)}, 0)`,
  )
  const owned = tableOwners(
    tables.map((r) => String(r.name)),
    owners,
  )
  for (const [table, group] of owned) {
    for (const operation of ['INSERT', 'UPDATE', 'DELETE']) {
      const name = triggerName(table, operation.toLowerCase())
      if (existing.has(name)) continue
      statements.push(
        `CREATE TRIGGER IF NOT EXISTS ${quote(name)} AFTER ${operation} ON ${quote(table)} ` +
          `BEGIN UPDATE ${quote(VERSIONS_TABLE)} SET version = version + 1 ` +
          `WHERE name = ${literal(group)}; END`,
      )
    }
  }
  // One transaction: a trigger never exists without its version row.
  await db.execute({ drizzle: db.drizzle, raw: 'BEGIN IMMEDIATE' })
  try {
    for (const raw of statements) await db.execute({ drizzle: db.drizzle, raw })
    await db.execute({ drizzle: db.drizzle, raw: 'COMMIT' })
  } catch (error) {
    await db.execute({ drizzle: db.drizzle, raw: 'ROLLBACK' })
    throw error
  }
  return statements.length - groups.length
}

/**
 * PostgreSQL: the version moves at commit (a deferred constraint trigger, once per group and
 * transaction), so a long transaction (an import) holds the version's row lock for an instant,
 * not for its whole length, and other writers to the same collection never wait on it.
 */
const BUMP_FUNCTION = `CREATE OR REPLACE FUNCTION change_versions_bump() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  -- A setting's name is made of identifiers: an md5 may start with a digit, hence the 'g'.
  flag text := 'change_versions.g' || md5(TG_ARGV[0]);
BEGIN
  IF coalesce(current_setting(flag, true), '') <> '1' THEN
    PERFORM set_config(flag, '1', true);
    UPDATE ${quote(VERSIONS_TABLE)} SET version = version + 1 WHERE name = TG_ARGV[0];
  END IF;
  RETURN NULL;
END $$`

async function installPostgres(
  db: Db,
  owners: { slug: string; table: string }[],
  groups: string[],
) {
  const statements: string[] = []
  const tables = await rows(
    db,
    'SELECT tablename FROM pg_tables WHERE schemaname = current_schema()',
  )
  const existing = new Set(
    (
      await rows(
        db,
        `SELECT t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
         WHERE c.relnamespace = current_schema()::regnamespace AND NOT t.tgisinternal`,
      )
    ).map((r) => String(r.tgname)),
  )
  for (const group of groups) {
    statements.push(
      `INSERT INTO ${quote(VERSIONS_TABLE)} (name, version) VALUES (${literal(group)}, 0) ` +
        'ON CONFLICT (name) DO NOTHING',
    )
  }
  const owned = tableOwners(
    tables.map((r) => String(r.tablename)),
    owners,
  )
  let created = 0
  for (const [table, group] of owned) {
    const write = triggerName(table, 'write')
    if (!existing.has(write)) {
      created++
      statements.push(
        `CREATE CONSTRAINT TRIGGER ${quote(write)} AFTER INSERT OR UPDATE OR DELETE ON ` +
          `${quote(table)} DEFERRABLE INITIALLY DEFERRED FOR EACH ROW ` +
          `EXECUTE FUNCTION change_versions_bump(${literal(group)})`,
      )
    }
    const truncate = triggerName(table, 'truncate')
    if (!existing.has(truncate)) {
      created++
      statements.push(
        `CREATE TRIGGER ${quote(truncate)} AFTER TRUNCATE ON ${quote(table)} ` +
          `FOR EACH STATEMENT EXECUTE FUNCTION change_versions_bump(${literal(group)})`,
      )
    }
  }
  // Instances starting together take turns; the function is replaced in the same transaction.
  await db.execute({ drizzle: db.drizzle, raw: 'BEGIN' })
  try {
    await db.execute({
      drizzle: db.drizzle,
      raw: `SELECT pg_advisory_xact_lock(hashtext(${literal(VERSIONS_TABLE)}))`,
    })
    await db.execute({ drizzle: db.drizzle, raw: BUMP_FUNCTION })
    for (const raw of statements) await db.execute({ drizzle: db.drizzle, raw })
    await db.execute({ drizzle: db.drizzle, raw: 'COMMIT' })
  } catch (error) {
    await db.execute({ drizzle: db.drizzle, raw: 'ROLLBACK' })
    throw error
  }
  return created
}

/**
 * The groups anonymous answers can depend on: the unowned tables, and each collection and
 * global unless its read access refuses an anonymous reader outright (`false`, not a query):
 * proposals, reviews, jobs and their statistics, logs, accounts. An access rule that fails is
 * counted in.
 */
export async function anonymousGroups(payload: Payload): Promise<string[]> {
  const req = await createLocalReq({}, payload)
  const groups = [UNOWNED]
  const entities = [...payload.config.collections, ...payload.config.globals]
  for (const { access, slug } of entities) {
    const read = access?.read as ((args: { req: typeof req }) => unknown) | undefined
    let answer: unknown = true
    try {
      if (read) answer = await read({ req })
    } catch {
      answer = true
    }
    if (answer !== false) groups.push(slug)
  }
  return groups
}
