import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`events\` ADD \`feed_id\` numeric;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`hyperactive_original\` text;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`hyperactive_fingerprints\` text;`)
  await db.run(sql`CREATE UNIQUE INDEX \`events_feed_id_idx\` ON \`events\` (\`feed_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`events_feed_id_idx\`;`)
  await db.run(sql`ALTER TABLE \`events\` DROP COLUMN \`feed_id\`;`)
  await db.run(sql`ALTER TABLE \`events\` DROP COLUMN \`hyperactive_original\`;`)
  await db.run(sql`ALTER TABLE \`events\` DROP COLUMN \`hyperactive_fingerprints\`;`)
}
