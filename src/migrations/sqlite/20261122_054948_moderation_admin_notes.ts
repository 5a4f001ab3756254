import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`posts\` ADD \`admin_note\` text;`)
  await db.run(sql`ALTER TABLE \`sessions\` ADD \`admin_note\` text;`)
  await db.run(sql`ALTER TABLE \`organizations\` ADD \`admin_note\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`posts\` DROP COLUMN \`admin_note\`;`)
  await db.run(sql`ALTER TABLE \`sessions\` DROP COLUMN \`admin_note\`;`)
  await db.run(sql`ALTER TABLE \`organizations\` DROP COLUMN \`admin_note\`;`)
}
