import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "posts_locales" RENAME COLUMN "excerpt" TO "summary";
  ALTER TABLE "events" ALTER COLUMN "startsat_tz" SET DATA TYPE varchar;
  ALTER TABLE "events" ALTER COLUMN "startsat_tz" SET DEFAULT 'UTC';
  ALTER TABLE "events" ALTER COLUMN "endsat_tz" SET DATA TYPE varchar;
  ALTER TABLE "events" ALTER COLUMN "endsat_tz" SET DEFAULT 'UTC';
  ALTER TABLE "sessions" ALTER COLUMN "startsat_tz" SET DATA TYPE varchar;
  ALTER TABLE "sessions" ALTER COLUMN "startsat_tz" SET DEFAULT 'UTC';
  ALTER TABLE "sessions" ALTER COLUMN "endsat_tz" SET DATA TYPE varchar;
  ALTER TABLE "sessions" ALTER COLUMN "endsat_tz" SET DEFAULT 'UTC';
  DROP TYPE "public"."enum_events_startsat_tz";
  DROP TYPE "public"."enum_events_endsat_tz";
  DROP TYPE "public"."enum_sessions_startsat_tz";
  DROP TYPE "public"."enum_sessions_endsat_tz";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_events_startsat_tz" AS ENUM('America/Chicago', 'America/New_York', 'America/Denver', 'America/Phoenix', 'America/Los_Angeles', 'America/Anchorage', 'Pacific/Honolulu', 'America/Toronto', 'America/Vancouver', 'America/Mexico_City', 'America/Puerto_Rico', 'Europe/London', 'Europe/Madrid', 'Europe/Berlin', 'UTC');
  CREATE TYPE "public"."enum_events_endsat_tz" AS ENUM('America/Chicago', 'America/New_York', 'America/Denver', 'America/Phoenix', 'America/Los_Angeles', 'America/Anchorage', 'Pacific/Honolulu', 'America/Toronto', 'America/Vancouver', 'America/Mexico_City', 'America/Puerto_Rico', 'Europe/London', 'Europe/Madrid', 'Europe/Berlin', 'UTC');
  CREATE TYPE "public"."enum_sessions_startsat_tz" AS ENUM('America/Chicago', 'America/New_York', 'America/Denver', 'America/Phoenix', 'America/Los_Angeles', 'America/Anchorage', 'Pacific/Honolulu', 'America/Toronto', 'America/Vancouver', 'America/Mexico_City', 'America/Puerto_Rico', 'Europe/London', 'Europe/Madrid', 'Europe/Berlin', 'UTC');
  CREATE TYPE "public"."enum_sessions_endsat_tz" AS ENUM('America/Chicago', 'America/New_York', 'America/Denver', 'America/Phoenix', 'America/Los_Angeles', 'America/Anchorage', 'Pacific/Honolulu', 'America/Toronto', 'America/Vancouver', 'America/Mexico_City', 'America/Puerto_Rico', 'Europe/London', 'Europe/Madrid', 'Europe/Berlin', 'UTC');
  ALTER TABLE "posts_locales" RENAME COLUMN "summary" TO "excerpt";
  ALTER TABLE "events" ALTER COLUMN "startsat_tz" SET DEFAULT 'UTC'::"public"."enum_events_startsat_tz";
  ALTER TABLE "events" ALTER COLUMN "startsat_tz" SET DATA TYPE "public"."enum_events_startsat_tz" USING "startsat_tz"::"public"."enum_events_startsat_tz";
  ALTER TABLE "events" ALTER COLUMN "endsat_tz" SET DEFAULT 'UTC'::"public"."enum_events_endsat_tz";
  ALTER TABLE "events" ALTER COLUMN "endsat_tz" SET DATA TYPE "public"."enum_events_endsat_tz" USING "endsat_tz"::"public"."enum_events_endsat_tz";
  ALTER TABLE "sessions" ALTER COLUMN "startsat_tz" SET DEFAULT 'UTC'::"public"."enum_sessions_startsat_tz";
  ALTER TABLE "sessions" ALTER COLUMN "startsat_tz" SET DATA TYPE "public"."enum_sessions_startsat_tz" USING "startsat_tz"::"public"."enum_sessions_startsat_tz";
  ALTER TABLE "sessions" ALTER COLUMN "endsat_tz" SET DEFAULT 'UTC'::"public"."enum_sessions_endsat_tz";
  ALTER TABLE "sessions" ALTER COLUMN "endsat_tz" SET DATA TYPE "public"."enum_sessions_endsat_tz" USING "endsat_tz"::"public"."enum_sessions_endsat_tz";`)
}
