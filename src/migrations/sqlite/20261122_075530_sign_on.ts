import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`organizations\` ADD \`awaiting_confirmation\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`organizations\` ADD \`sign_on_language\` text;`)
  await db.run(sql`ALTER TABLE \`organizations\` ADD \`sign_on_token_hash\` text;`)
  await db.run(sql`CREATE INDEX \`organizations_awaiting_confirmation_idx\` ON \`organizations\` (\`awaiting_confirmation\`);`)
  await db.run(sql`CREATE INDEX \`organizations_sign_on_token_hash_idx\` ON \`organizations\` (\`sign_on_token_hash\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`organizations_awaiting_confirmation_idx\`;`)
  await db.run(sql`DROP INDEX \`organizations_sign_on_token_hash_idx\`;`)
  await db.run(sql`ALTER TABLE \`organizations\` DROP COLUMN \`awaiting_confirmation\`;`)
  await db.run(sql`ALTER TABLE \`organizations\` DROP COLUMN \`sign_on_language\`;`)
  await db.run(sql`ALTER TABLE \`organizations\` DROP COLUMN \`sign_on_token_hash\`;`)
}
