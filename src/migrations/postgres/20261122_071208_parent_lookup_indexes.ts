import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE INDEX "posts_locales_parent_lookup_idx" ON "posts_locales" USING btree ("_parent_id");
  CREATE INDEX "events_locales_parent_lookup_idx" ON "events_locales" USING btree ("_parent_id");
  CREATE INDEX "events_texts_parent_lookup_idx" ON "events_texts" USING btree ("parent_id");
  CREATE INDEX "event_groups_locales_parent_lookup_idx" ON "event_groups_locales" USING btree ("_parent_id");
  CREATE INDEX "sessions_materials_locales_parent_lookup_idx" ON "sessions_materials_locales" USING btree ("_parent_id");
  CREATE INDEX "sessions_locales_parent_lookup_idx" ON "sessions_locales" USING btree ("_parent_id");
  CREATE INDEX "places_rooms_locales_parent_lookup_idx" ON "places_rooms_locales" USING btree ("_parent_id");
  CREATE INDEX "places_locales_parent_lookup_idx" ON "places_locales" USING btree ("_parent_id");
  CREATE INDEX "people_locales_parent_lookup_idx" ON "people_locales" USING btree ("_parent_id");
  CREATE INDEX "organizations_locales_parent_lookup_idx" ON "organizations_locales" USING btree ("_parent_id");
  CREATE INDEX "categories_locales_parent_lookup_idx" ON "categories_locales" USING btree ("_parent_id");
  CREATE INDEX "media_locales_parent_lookup_idx" ON "media_locales" USING btree ("_parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "posts_locales_parent_lookup_idx";
  DROP INDEX "events_locales_parent_lookup_idx";
  DROP INDEX "events_texts_parent_lookup_idx";
  DROP INDEX "event_groups_locales_parent_lookup_idx";
  DROP INDEX "sessions_materials_locales_parent_lookup_idx";
  DROP INDEX "sessions_locales_parent_lookup_idx";
  DROP INDEX "places_rooms_locales_parent_lookup_idx";
  DROP INDEX "places_locales_parent_lookup_idx";
  DROP INDEX "people_locales_parent_lookup_idx";
  DROP INDEX "organizations_locales_parent_lookup_idx";
  DROP INDEX "categories_locales_parent_lookup_idx";
  DROP INDEX "media_locales_parent_lookup_idx";`)
}
