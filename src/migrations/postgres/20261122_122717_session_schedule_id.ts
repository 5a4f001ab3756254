import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "sessions" ADD COLUMN "schedule_id" numeric;
  -- Sessions that exist already get their numbers in the order they were made.
  UPDATE "sessions" SET "schedule_id" = numbered.n
    FROM (SELECT "id", row_number() OVER (ORDER BY "created_at", "id") AS n FROM "sessions") AS numbered
    WHERE "sessions"."id" = numbered."id";
  CREATE UNIQUE INDEX "sessions_schedule_id_idx" ON "sessions" USING btree ("schedule_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "sessions_schedule_id_idx";
  ALTER TABLE "sessions" DROP COLUMN "schedule_id";`)
}
