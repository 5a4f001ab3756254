import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_hyperactive_import_runs_status" AS ENUM('queued', 'checking', 'writing', 'done', 'failed', 'cancelled');
  CREATE TABLE "hyperactive_import_runs" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"file" varchar,
  	"dry_run" boolean,
  	"status" "enum_hyperactive_import_runs_status" DEFAULT 'queued' NOT NULL,
  	"total" numeric DEFAULT 0,
  	"done" numeric DEFAULT 0,
  	"written" numeric DEFAULT 0,
  	"failed" numeric DEFAULT 0,
  	"started_at" timestamp(3) with time zone,
  	"finished_at" timestamp(3) with time zone,
  	"requested_by_id" uuid,
  	"cancel_requested" boolean,
  	"summary" jsonb,
  	"xml" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "hyperactive_import_runs" ADD CONSTRAINT "hyperactive_import_runs_requested_by_id_users_id_fk" FOREIGN KEY ("requested_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "hyperactive_import_runs_status_idx" ON "hyperactive_import_runs" USING btree ("status");
  CREATE INDEX "hyperactive_import_runs_requested_by_idx" ON "hyperactive_import_runs" USING btree ("requested_by_id");
  CREATE INDEX "hyperactive_import_runs_updated_at_idx" ON "hyperactive_import_runs" USING btree ("updated_at");
  CREATE INDEX "hyperactive_import_runs_created_at_idx" ON "hyperactive_import_runs" USING btree ("created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "hyperactive_import_runs" CASCADE;
  DROP TYPE "public"."enum_hyperactive_import_runs_status";`)
}
