import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE INDEX \`posts_published_at_desc_order_idx\` ON \`posts\` (\`published_at\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`posts_status_published_at_desc_order_idx\` ON \`posts\` (\`moderation_status\`,\`published_at\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`events_starts_at_order_idx\` ON \`events\` (\`starts_at\`,"created_at" desc);`)
  await db.run(sql`CREATE INDEX \`events_starts_at_desc_order_idx\` ON \`events\` (\`starts_at\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`events_status_starts_at_order_idx\` ON \`events\` (\`moderation_status\`,\`starts_at\`,"created_at" desc);`)
  await db.run(sql`CREATE INDEX \`sessions_starts_at_order_idx\` ON \`sessions\` (\`starts_at\`,"created_at" desc);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`posts_published_at_desc_order_idx\`;`)
  await db.run(sql`DROP INDEX \`posts_status_published_at_desc_order_idx\`;`)
  await db.run(sql`DROP INDEX \`events_starts_at_order_idx\`;`)
  await db.run(sql`DROP INDEX \`events_starts_at_desc_order_idx\`;`)
  await db.run(sql`DROP INDEX \`events_status_starts_at_order_idx\`;`)
  await db.run(sql`DROP INDEX \`sessions_starts_at_order_idx\`;`)
}
