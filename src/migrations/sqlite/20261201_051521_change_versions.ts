import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`change_versions\` (
  	\`name\` text PRIMARY KEY NOT NULL,
  	\`version\` integer DEFAULT 0 NOT NULL
  );
  `)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  // The server's triggers (src/cache/changeVersions.ts) write to the table: without it every
  // write would fail.
  const triggers = await db.all<{ name: string }>(
    sql`SELECT name FROM sqlite_master WHERE type = 'trigger' AND substr(name, 1, 3) = 'cv_'`,
  )
  for (const { name } of triggers) await db.run(sql.raw(`DROP TRIGGER "${name}"`))
  await db.run(sql`DROP TABLE \`change_versions\`;`)
}
