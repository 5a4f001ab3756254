import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "events_hyperactive_hyperactive_event_id_idx";
  ALTER TABLE "events" DROP COLUMN "hyperactive_event_id";
  ALTER TABLE "events" DROP COLUMN "hyperactive_auto_moderation_checked";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "events" ADD COLUMN "hyperactive_event_id" numeric;
  ALTER TABLE "events" ADD COLUMN "hyperactive_auto_moderation_checked" boolean;
  CREATE INDEX "events_hyperactive_hyperactive_event_id_idx" ON "events" USING btree ("hyperactive_event_id");`)
}
