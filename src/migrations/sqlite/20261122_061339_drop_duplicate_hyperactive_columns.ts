import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`events_hyperactive_hyperactive_event_id_idx\`;`)
  await db.run(sql`ALTER TABLE \`events\` DROP COLUMN \`hyperactive_event_id\`;`)
  await db.run(sql`ALTER TABLE \`events\` DROP COLUMN \`hyperactive_auto_moderation_checked\`;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`events\` ADD \`hyperactive_event_id\` numeric;`)
  await db.run(sql`ALTER TABLE \`events\` ADD \`hyperactive_auto_moderation_checked\` integer;`)
  await db.run(sql`CREATE INDEX \`events_hyperactive_hyperactive_event_id_idx\` ON \`events\` (\`hyperactive_event_id\`);`)
}
