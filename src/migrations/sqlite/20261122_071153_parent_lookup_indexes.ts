import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE INDEX \`posts_locales_parent_lookup_idx\` ON \`posts_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`events_locales_parent_lookup_idx\` ON \`events_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`events_texts_parent_lookup_idx\` ON \`events_texts\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`event_groups_locales_parent_lookup_idx\` ON \`event_groups_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`sessions_materials_locales_parent_lookup_idx\` ON \`sessions_materials_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`sessions_locales_parent_lookup_idx\` ON \`sessions_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`places_rooms_locales_parent_lookup_idx\` ON \`places_rooms_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`places_locales_parent_lookup_idx\` ON \`places_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`people_locales_parent_lookup_idx\` ON \`people_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`organizations_locales_parent_lookup_idx\` ON \`organizations_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`categories_locales_parent_lookup_idx\` ON \`categories_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`media_locales_parent_lookup_idx\` ON \`media_locales\` (\`_parent_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`posts_locales_parent_lookup_idx\`;`)
  await db.run(sql`DROP INDEX \`events_locales_parent_lookup_idx\`;`)
  await db.run(sql`DROP INDEX \`events_texts_parent_lookup_idx\`;`)
  await db.run(sql`DROP INDEX \`event_groups_locales_parent_lookup_idx\`;`)
  await db.run(sql`DROP INDEX \`sessions_materials_locales_parent_lookup_idx\`;`)
  await db.run(sql`DROP INDEX \`sessions_locales_parent_lookup_idx\`;`)
  await db.run(sql`DROP INDEX \`places_rooms_locales_parent_lookup_idx\`;`)
  await db.run(sql`DROP INDEX \`places_locales_parent_lookup_idx\`;`)
  await db.run(sql`DROP INDEX \`people_locales_parent_lookup_idx\`;`)
  await db.run(sql`DROP INDEX \`organizations_locales_parent_lookup_idx\`;`)
  await db.run(sql`DROP INDEX \`categories_locales_parent_lookup_idx\`;`)
  await db.run(sql`DROP INDEX \`media_locales_parent_lookup_idx\`;`)
}
