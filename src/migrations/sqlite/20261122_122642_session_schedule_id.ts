import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`sessions\` ADD \`schedule_id\` numeric;`)
  // Sessions that exist already get their numbers in the order they were made.
  await db.run(sql`UPDATE \`sessions\` SET \`schedule_id\` = (
    SELECT COUNT(*) FROM \`sessions\` AS s2
    WHERE s2.\`created_at\` < \`sessions\`.\`created_at\`
       OR (s2.\`created_at\` = \`sessions\`.\`created_at\` AND s2.\`id\` <= \`sessions\`.\`id\`)
  );`)
  await db.run(sql`CREATE UNIQUE INDEX \`sessions_schedule_id_idx\` ON \`sessions\` (\`schedule_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`sessions_schedule_id_idx\`;`)
  await db.run(sql`ALTER TABLE \`sessions\` DROP COLUMN \`schedule_id\`;`)
}
