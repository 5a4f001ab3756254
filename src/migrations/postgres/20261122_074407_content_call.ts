import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_proposals_submitted_language" AS ENUM('en', 'es');
  CREATE TYPE "public"."enum_content_call_formats" AS ENUM('workshop', 'panel', 'skill-share', 'discussion', 'caucus', 'plenary', 'other');
  CREATE TYPE "public"."enum_content_call_lengths" AS ENUM('30', '60', '90', '120');
  CREATE TYPE "public"."enum_content_call_languages" AS ENUM('en', 'es', 'fr', 'pt', 'ht', 'zh', 'ar', 'asl', 'lse', 'lsm', 'other');
  CREATE TYPE "public"."enum_content_call_questions_type" AS ENUM('text', 'choice', 'checkbox');
  CREATE TABLE "proposals_answers" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"question" varchar NOT NULL,
  	"label" varchar,
  	"value" varchar
  );
  
  CREATE TABLE "content_call_formats" (
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"value" "enum_content_call_formats",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  CREATE TABLE "content_call_lengths" (
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"value" "enum_content_call_lengths",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  CREATE TABLE "content_call_languages" (
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"value" "enum_content_call_languages",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  CREATE TABLE "content_call_tracks" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL
  );
  
  CREATE TABLE "content_call_tracks_locales" (
  	"label" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "content_call_questions_options" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "content_call_questions_options_locales" (
  	"label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "content_call_questions" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"type" "enum_content_call_questions_type" DEFAULT 'text' NOT NULL,
  	"required" boolean DEFAULT false
  );
  
  CREATE TABLE "content_call_questions_locales" (
  	"label" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "content_call" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"opens_at" timestamp(3) with time zone,
  	"closes_at" timestamp(3) with time zone,
  	"max_per_email" numeric DEFAULT 3 NOT NULL,
  	"min_fill_seconds" numeric DEFAULT 5 NOT NULL,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "content_call_locales" (
  	"intro" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  ALTER TABLE "proposals" ADD COLUMN "track" varchar;
  ALTER TABLE "proposals" ADD COLUMN "submitted_language" "enum_proposals_submitted_language";
  ALTER TABLE "proposals" ADD COLUMN "flagged" varchar;
  ALTER TABLE "proposals" ADD COLUMN "token_hash" varchar;
  ALTER TABLE "proposals" ADD COLUMN "token_expires_at" timestamp(3) with time zone;
  ALTER TABLE "proposals_answers" ADD CONSTRAINT "proposals_answers_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."proposals"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "content_call_formats" ADD CONSTRAINT "content_call_formats_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."content_call"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "content_call_lengths" ADD CONSTRAINT "content_call_lengths_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."content_call"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "content_call_languages" ADD CONSTRAINT "content_call_languages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."content_call"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "content_call_tracks" ADD CONSTRAINT "content_call_tracks_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."content_call"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "content_call_tracks_locales" ADD CONSTRAINT "content_call_tracks_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."content_call_tracks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "content_call_questions_options" ADD CONSTRAINT "content_call_questions_options_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."content_call_questions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "content_call_questions_options_locales" ADD CONSTRAINT "content_call_questions_options_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."content_call_questions_options"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "content_call_questions" ADD CONSTRAINT "content_call_questions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."content_call"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "content_call_questions_locales" ADD CONSTRAINT "content_call_questions_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."content_call_questions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "content_call_locales" ADD CONSTRAINT "content_call_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."content_call"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "proposals_answers_order_idx" ON "proposals_answers" USING btree ("_order");
  CREATE INDEX "proposals_answers_parent_id_idx" ON "proposals_answers" USING btree ("_parent_id");
  CREATE INDEX "content_call_formats_order_idx" ON "content_call_formats" USING btree ("order");
  CREATE INDEX "content_call_formats_parent_idx" ON "content_call_formats" USING btree ("parent_id");
  CREATE INDEX "content_call_lengths_order_idx" ON "content_call_lengths" USING btree ("order");
  CREATE INDEX "content_call_lengths_parent_idx" ON "content_call_lengths" USING btree ("parent_id");
  CREATE INDEX "content_call_languages_order_idx" ON "content_call_languages" USING btree ("order");
  CREATE INDEX "content_call_languages_parent_idx" ON "content_call_languages" USING btree ("parent_id");
  CREATE INDEX "content_call_tracks_order_idx" ON "content_call_tracks" USING btree ("_order");
  CREATE INDEX "content_call_tracks_parent_id_idx" ON "content_call_tracks" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "content_call_tracks_locales_locale_parent_id_unique" ON "content_call_tracks_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "content_call_tracks_locales_parent_lookup_idx" ON "content_call_tracks_locales" USING btree ("_parent_id");
  CREATE INDEX "content_call_questions_options_order_idx" ON "content_call_questions_options" USING btree ("_order");
  CREATE INDEX "content_call_questions_options_parent_id_idx" ON "content_call_questions_options" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "content_call_questions_options_locales_locale_parent_id_uniq" ON "content_call_questions_options_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "content_call_questions_options_locales_parent_lookup_idx" ON "content_call_questions_options_locales" USING btree ("_parent_id");
  CREATE INDEX "content_call_questions_order_idx" ON "content_call_questions" USING btree ("_order");
  CREATE INDEX "content_call_questions_parent_id_idx" ON "content_call_questions" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "content_call_questions_locales_locale_parent_id_unique" ON "content_call_questions_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "content_call_questions_locales_parent_lookup_idx" ON "content_call_questions_locales" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "content_call_locales_locale_parent_id_unique" ON "content_call_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "content_call_locales_parent_lookup_idx" ON "content_call_locales" USING btree ("_parent_id");
  CREATE INDEX "proposals_track_idx" ON "proposals" USING btree ("track");
  CREATE INDEX "proposals_token_hash_idx" ON "proposals" USING btree ("token_hash");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "proposals_answers" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "content_call_formats" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "content_call_lengths" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "content_call_languages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "content_call_tracks" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "content_call_tracks_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "content_call_questions_options" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "content_call_questions_options_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "content_call_questions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "content_call_questions_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "content_call" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "content_call_locales" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "proposals_answers" CASCADE;
  DROP TABLE "content_call_formats" CASCADE;
  DROP TABLE "content_call_lengths" CASCADE;
  DROP TABLE "content_call_languages" CASCADE;
  DROP TABLE "content_call_tracks" CASCADE;
  DROP TABLE "content_call_tracks_locales" CASCADE;
  DROP TABLE "content_call_questions_options" CASCADE;
  DROP TABLE "content_call_questions_options_locales" CASCADE;
  DROP TABLE "content_call_questions" CASCADE;
  DROP TABLE "content_call_questions_locales" CASCADE;
  DROP TABLE "content_call" CASCADE;
  DROP TABLE "content_call_locales" CASCADE;
  DROP INDEX "proposals_track_idx";
  DROP INDEX "proposals_token_hash_idx";
  ALTER TABLE "proposals" DROP COLUMN "track";
  ALTER TABLE "proposals" DROP COLUMN "submitted_language";
  ALTER TABLE "proposals" DROP COLUMN "flagged";
  ALTER TABLE "proposals" DROP COLUMN "token_hash";
  ALTER TABLE "proposals" DROP COLUMN "token_expires_at";
  DROP TYPE "public"."enum_proposals_submitted_language";
  DROP TYPE "public"."enum_content_call_formats";
  DROP TYPE "public"."enum_content_call_lengths";
  DROP TYPE "public"."enum_content_call_languages";
  DROP TYPE "public"."enum_content_call_questions_type";`)
}
