import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "hyperactive_imports" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"file" varchar,
  	"sha256" varchar,
  	"imported_by_id" uuid,
  	"events" numeric,
  	"created" numeric,
  	"updated" numeric,
  	"unchanged" numeric,
  	"conflicts" jsonb,
  	"single" boolean,
  	"feed_ids" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "feed_clock" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"source" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  DROP INDEX "event_groups_hyperactive_id_idx";
  ALTER TABLE "events" ALTER COLUMN "startsat_tz" SET DEFAULT 'UTC';
  ALTER TABLE "events" ALTER COLUMN "endsat_tz" SET DEFAULT 'UTC';
  ALTER TABLE "sessions" ALTER COLUMN "startsat_tz" SET DEFAULT 'UTC';
  ALTER TABLE "sessions" ALTER COLUMN "endsat_tz" SET DEFAULT 'UTC';
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "hyperactive_imports_id" uuid;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "feed_clock_id" uuid;
  ALTER TABLE "hyperactive_imports" ADD CONSTRAINT "hyperactive_imports_imported_by_id_users_id_fk" FOREIGN KEY ("imported_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "hyperactive_imports_sha256_idx" ON "hyperactive_imports" USING btree ("sha256");
  CREATE INDEX "hyperactive_imports_imported_by_idx" ON "hyperactive_imports" USING btree ("imported_by_id");
  CREATE INDEX "hyperactive_imports_updated_at_idx" ON "hyperactive_imports" USING btree ("updated_at");
  CREATE INDEX "hyperactive_imports_created_at_idx" ON "hyperactive_imports" USING btree ("created_at");
  CREATE UNIQUE INDEX "feed_clock_source_idx" ON "feed_clock" USING btree ("source");
  CREATE INDEX "feed_clock_updated_at_idx" ON "feed_clock" USING btree ("updated_at");
  CREATE INDEX "feed_clock_created_at_idx" ON "feed_clock" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_hyperactive_imports_fk" FOREIGN KEY ("hyperactive_imports_id") REFERENCES "public"."hyperactive_imports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_feed_clock_fk" FOREIGN KEY ("feed_clock_id") REFERENCES "public"."feed_clock"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_hyperactive_imports_id_idx" ON "payload_locked_documents_rels" USING btree ("hyperactive_imports_id");
  CREATE INDEX "payload_locked_documents_rels_feed_clock_id_idx" ON "payload_locked_documents_rels" USING btree ("feed_clock_id");
  CREATE UNIQUE INDEX "event_groups_hyperactive_id_idx" ON "event_groups" USING btree ("hyperactive_id");`)
  // Events and series made here move above the source's id range (see plugins/hyperactive/
  // utilities/localIds.ts): old + 2147483647 keeps their order and cannot meet a source id.
  await db.execute(sql`UPDATE "events" SET "feed_id" = "feed_id" + 2147483647
    WHERE "feed_id" <= 2147483647 AND ("hyperactive_original" IS NULL OR "hyperactive_original" = 'null'::jsonb);`)
  await db.execute(sql`UPDATE "event_groups" g SET "hyperactive_id" = 2147483647 + r.n
    FROM (SELECT "id", ROW_NUMBER() OVER (ORDER BY "created_at", "id") AS n
          FROM "event_groups" WHERE "hyperactive_id" IS NULL) r
    WHERE g."id" = r."id";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "hyperactive_imports" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "feed_clock" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "hyperactive_imports" CASCADE;
  DROP TABLE "feed_clock" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_hyperactive_imports_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_feed_clock_fk";
  
  DROP INDEX IF EXISTS "payload_locked_documents_rels_hyperactive_imports_id_idx";
  DROP INDEX IF EXISTS "payload_locked_documents_rels_feed_clock_id_idx";
  DROP INDEX "event_groups_hyperactive_id_idx";
  ALTER TABLE "events" ALTER COLUMN "startsat_tz" SET DEFAULT 'America/Chicago';
  ALTER TABLE "events" ALTER COLUMN "endsat_tz" SET DEFAULT 'America/Chicago';
  ALTER TABLE "sessions" ALTER COLUMN "startsat_tz" SET DEFAULT 'America/Chicago';
  ALTER TABLE "sessions" ALTER COLUMN "endsat_tz" SET DEFAULT 'America/Chicago';
  CREATE INDEX "event_groups_hyperactive_id_idx" ON "event_groups" USING btree ("hyperactive_id");
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "hyperactive_imports_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "feed_clock_id";`)
}
