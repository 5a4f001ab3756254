import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "events" ADD COLUMN "feed_id" numeric;
  ALTER TABLE "events" ADD COLUMN "hyperactive_original" jsonb;
  ALTER TABLE "events" ADD COLUMN "hyperactive_fingerprints" jsonb;
  CREATE UNIQUE INDEX "events_feed_id_idx" ON "events" USING btree ("feed_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "events_feed_id_idx";
  ALTER TABLE "events" DROP COLUMN "feed_id";
  ALTER TABLE "events" DROP COLUMN "hyperactive_original";
  ALTER TABLE "events" DROP COLUMN "hyperactive_fingerprints";`)
}
