import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_decision_emails_decision" AS ENUM('accepted', 'waitlisted', 'rejected');
  CREATE TYPE "public"."enum_decision_emails_language" AS ENUM('en', 'es');
  CREATE TYPE "public"."enum_decision_emails_status" AS ENUM('draft', 'released', 'sent', 'failed', 'superseded');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'sendDecisionEmail';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'rescoreReviews';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'eraseAccessNeeds';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'sendDecisionEmail';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'rescoreReviews';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'eraseAccessNeeds';
  CREATE TABLE "reviews_scores" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"criterion" varchar NOT NULL,
  	"score" numeric NOT NULL
  );
  
  CREATE TABLE "reviews" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"proposal_id" uuid NOT NULL,
  	"comment" varchar,
  	"weighted_score" numeric,
  	"reviewer_id" uuid,
  	"title" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "decision_emails" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"proposal_id" uuid NOT NULL,
  	"decision" "enum_decision_emails_decision" NOT NULL,
  	"to" varchar NOT NULL,
  	"language" "enum_decision_emails_language",
  	"subject" varchar NOT NULL,
  	"body" varchar NOT NULL,
  	"status" "enum_decision_emails_status" DEFAULT 'draft' NOT NULL,
  	"released_at" timestamp(3) with time zone,
  	"released_by_id" uuid,
  	"sent_at" timestamp(3) with time zone,
  	"attempts" numeric DEFAULT 0,
  	"message_id" varchar,
  	"last_error" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "erasure_log_erased" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"collection" varchar,
  	"document_id" varchar,
  	"fields" varchar
  );
  
  CREATE TABLE "erasure_log" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"summary" varchar,
  	"gathering_id" uuid,
  	"cutoff" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "content_call_criteria" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"weight" numeric DEFAULT 1 NOT NULL
  );
  
  CREATE TABLE "content_call_criteria_locales" (
  	"label" varchar NOT NULL,
  	"help" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "payload_jobs_stats" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"stats" jsonb,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  DROP INDEX "sessions_proposal_idx";
  ALTER TABLE "sessions" ADD COLUMN "facilitator_needs" varchar;
  ALTER TABLE "proposals" ADD COLUMN "review_score" numeric;
  ALTER TABLE "proposals" ADD COLUMN "review_count" numeric DEFAULT 0;
  ALTER TABLE "payload_jobs" ADD COLUMN "meta" jsonb;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "reviews_id" uuid;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "decision_emails_id" uuid;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "erasure_log_id" uuid;
  ALTER TABLE "content_call" ADD COLUMN "blind_review" boolean DEFAULT false;
  ALTER TABLE "content_call" ADD COLUMN "gathering_id" uuid;
  ALTER TABLE "content_call" ADD COLUMN "erase_after_days" numeric DEFAULT 30 NOT NULL;
  ALTER TABLE "content_call_locales" ADD COLUMN "accepted_email_subject" varchar;
  ALTER TABLE "content_call_locales" ADD COLUMN "accepted_email_body" varchar;
  ALTER TABLE "content_call_locales" ADD COLUMN "waitlisted_email_subject" varchar;
  ALTER TABLE "content_call_locales" ADD COLUMN "waitlisted_email_body" varchar;
  ALTER TABLE "content_call_locales" ADD COLUMN "rejected_email_subject" varchar;
  ALTER TABLE "content_call_locales" ADD COLUMN "rejected_email_body" varchar;
  ALTER TABLE "reviews_scores" ADD CONSTRAINT "reviews_scores_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."reviews"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "reviews" ADD CONSTRAINT "reviews_proposal_id_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."proposals"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reviews" ADD CONSTRAINT "reviews_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "decision_emails" ADD CONSTRAINT "decision_emails_proposal_id_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."proposals"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "decision_emails" ADD CONSTRAINT "decision_emails_released_by_id_users_id_fk" FOREIGN KEY ("released_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "erasure_log_erased" ADD CONSTRAINT "erasure_log_erased_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."erasure_log"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "erasure_log" ADD CONSTRAINT "erasure_log_gathering_id_events_id_fk" FOREIGN KEY ("gathering_id") REFERENCES "public"."events"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "content_call_criteria" ADD CONSTRAINT "content_call_criteria_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."content_call"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "content_call_criteria_locales" ADD CONSTRAINT "content_call_criteria_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."content_call_criteria"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "reviews_scores_order_idx" ON "reviews_scores" USING btree ("_order");
  CREATE INDEX "reviews_scores_parent_id_idx" ON "reviews_scores" USING btree ("_parent_id");
  CREATE INDEX "reviews_proposal_idx" ON "reviews" USING btree ("proposal_id");
  CREATE INDEX "reviews_weighted_score_idx" ON "reviews" USING btree ("weighted_score");
  CREATE INDEX "reviews_reviewer_idx" ON "reviews" USING btree ("reviewer_id");
  CREATE INDEX "reviews_updated_at_idx" ON "reviews" USING btree ("updated_at");
  CREATE INDEX "reviews_created_at_idx" ON "reviews" USING btree ("created_at");
  CREATE UNIQUE INDEX "proposal_reviewer_idx" ON "reviews" USING btree ("proposal_id","reviewer_id");
  CREATE INDEX "decision_emails_proposal_idx" ON "decision_emails" USING btree ("proposal_id");
  CREATE INDEX "decision_emails_status_idx" ON "decision_emails" USING btree ("status");
  CREATE INDEX "decision_emails_released_by_idx" ON "decision_emails" USING btree ("released_by_id");
  CREATE INDEX "decision_emails_sent_at_idx" ON "decision_emails" USING btree ("sent_at");
  CREATE INDEX "decision_emails_updated_at_idx" ON "decision_emails" USING btree ("updated_at");
  CREATE INDEX "decision_emails_created_at_idx" ON "decision_emails" USING btree ("created_at");
  CREATE INDEX "erasure_log_erased_order_idx" ON "erasure_log_erased" USING btree ("_order");
  CREATE INDEX "erasure_log_erased_parent_id_idx" ON "erasure_log_erased" USING btree ("_parent_id");
  CREATE INDEX "erasure_log_gathering_idx" ON "erasure_log" USING btree ("gathering_id");
  CREATE INDEX "erasure_log_updated_at_idx" ON "erasure_log" USING btree ("updated_at");
  CREATE INDEX "erasure_log_created_at_idx" ON "erasure_log" USING btree ("created_at");
  CREATE INDEX "content_call_criteria_order_idx" ON "content_call_criteria" USING btree ("_order");
  CREATE INDEX "content_call_criteria_parent_id_idx" ON "content_call_criteria" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "content_call_criteria_locales_locale_parent_id_unique" ON "content_call_criteria_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "content_call_criteria_locales_parent_lookup_idx" ON "content_call_criteria_locales" USING btree ("_parent_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_reviews_fk" FOREIGN KEY ("reviews_id") REFERENCES "public"."reviews"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_decision_emails_fk" FOREIGN KEY ("decision_emails_id") REFERENCES "public"."decision_emails"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_erasure_log_fk" FOREIGN KEY ("erasure_log_id") REFERENCES "public"."erasure_log"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "content_call" ADD CONSTRAINT "content_call_gathering_id_events_id_fk" FOREIGN KEY ("gathering_id") REFERENCES "public"."events"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "proposals_review_score_idx" ON "proposals" USING btree ("review_score");
  CREATE INDEX "payload_locked_documents_rels_reviews_id_idx" ON "payload_locked_documents_rels" USING btree ("reviews_id");
  CREATE INDEX "payload_locked_documents_rels_decision_emails_id_idx" ON "payload_locked_documents_rels" USING btree ("decision_emails_id");
  CREATE INDEX "payload_locked_documents_rels_erasure_log_id_idx" ON "payload_locked_documents_rels" USING btree ("erasure_log_id");
  CREATE INDEX "content_call_gathering_idx" ON "content_call" USING btree ("gathering_id");
  CREATE UNIQUE INDEX "sessions_proposal_idx" ON "sessions" USING btree ("proposal_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "reviews_scores" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "reviews" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "decision_emails" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "erasure_log_erased" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "erasure_log" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "content_call_criteria" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "content_call_criteria_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs_stats" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "reviews_scores" CASCADE;
  DROP TABLE "reviews" CASCADE;
  DROP TABLE "decision_emails" CASCADE;
  DROP TABLE "erasure_log_erased" CASCADE;
  DROP TABLE "erasure_log" CASCADE;
  DROP TABLE "content_call_criteria" CASCADE;
  DROP TABLE "content_call_criteria_locales" CASCADE;
  DROP TABLE "payload_jobs_stats" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_reviews_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_decision_emails_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_erasure_log_fk";
  
  ALTER TABLE "content_call" DROP CONSTRAINT IF EXISTS "content_call_gathering_id_events_id_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'sendEmail');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'sendEmail');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "proposals_review_score_idx";
  DROP INDEX "payload_locked_documents_rels_reviews_id_idx";
  DROP INDEX "payload_locked_documents_rels_decision_emails_id_idx";
  DROP INDEX "payload_locked_documents_rels_erasure_log_id_idx";
  DROP INDEX "content_call_gathering_idx";
  DROP INDEX "sessions_proposal_idx";
  CREATE INDEX "sessions_proposal_idx" ON "sessions" USING btree ("proposal_id");
  ALTER TABLE "sessions" DROP COLUMN "facilitator_needs";
  ALTER TABLE "proposals" DROP COLUMN "review_score";
  ALTER TABLE "proposals" DROP COLUMN "review_count";
  ALTER TABLE "payload_jobs" DROP COLUMN "meta";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "reviews_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "decision_emails_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "erasure_log_id";
  ALTER TABLE "content_call" DROP COLUMN "blind_review";
  ALTER TABLE "content_call" DROP COLUMN "gathering_id";
  ALTER TABLE "content_call" DROP COLUMN "erase_after_days";
  ALTER TABLE "content_call_locales" DROP COLUMN "accepted_email_subject";
  ALTER TABLE "content_call_locales" DROP COLUMN "accepted_email_body";
  ALTER TABLE "content_call_locales" DROP COLUMN "waitlisted_email_subject";
  ALTER TABLE "content_call_locales" DROP COLUMN "waitlisted_email_body";
  ALTER TABLE "content_call_locales" DROP COLUMN "rejected_email_subject";
  ALTER TABLE "content_call_locales" DROP COLUMN "rejected_email_body";
  DROP TYPE "public"."enum_decision_emails_decision";
  DROP TYPE "public"."enum_decision_emails_language";
  DROP TYPE "public"."enum_decision_emails_status";`)
}
