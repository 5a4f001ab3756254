import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."_locales" AS ENUM('en', 'es');
  CREATE TYPE "public"."enum_posts_moderation_status" AS ENUM('pending', 'published', 'promoted', 'featured', 'hidden');
  CREATE TYPE "public"."enum_events_languages" AS ENUM('en', 'es', 'fr', 'pt', 'ht', 'zh', 'ar', 'asl', 'lse', 'lsm', 'other');
  CREATE TYPE "public"."enum_events_accessibility_interpretation" AS ENUM('en', 'es', 'fr', 'pt', 'ht', 'zh', 'ar', 'asl', 'lse', 'lsm', 'other');
  CREATE TYPE "public"."enum_events_startsat_tz" AS ENUM('America/Chicago', 'America/New_York', 'America/Denver', 'America/Phoenix', 'America/Los_Angeles', 'America/Anchorage', 'Pacific/Honolulu', 'America/Toronto', 'America/Vancouver', 'America/Mexico_City', 'America/Puerto_Rico', 'Europe/London', 'Europe/Madrid', 'Europe/Berlin', 'UTC');
  CREATE TYPE "public"."enum_events_endsat_tz" AS ENUM('America/Chicago', 'America/New_York', 'America/Denver', 'America/Phoenix', 'America/Los_Angeles', 'America/Anchorage', 'Pacific/Honolulu', 'America/Toronto', 'America/Vancouver', 'America/Mexico_City', 'America/Puerto_Rico', 'Europe/London', 'Europe/Madrid', 'Europe/Berlin', 'UTC');
  CREATE TYPE "public"."enum_events_cost_type" AS ENUM('free', 'pay-what-you-can', 'sliding-scale', 'fixed');
  CREATE TYPE "public"."enum_events_accessibility_step_free" AS ENUM('yes', 'partial', 'no', 'unknown');
  CREATE TYPE "public"."enum_events_accessibility_masking" AS ENUM('required', 'requested', 'optional');
  CREATE TYPE "public"."enum_events_moderation_status" AS ENUM('pending', 'published', 'promoted', 'featured', 'hidden');
  CREATE TYPE "public"."enum_sessions_languages" AS ENUM('en', 'es', 'fr', 'pt', 'ht', 'zh', 'ar', 'asl', 'lse', 'lsm', 'other');
  CREATE TYPE "public"."enum_sessions_interpretation" AS ENUM('en', 'es', 'fr', 'pt', 'ht', 'zh', 'ar', 'asl', 'lse', 'lsm', 'other');
  CREATE TYPE "public"."enum_sessions_accessibility_interpretation" AS ENUM('en', 'es', 'fr', 'pt', 'ht', 'zh', 'ar', 'asl', 'lse', 'lsm', 'other');
  CREATE TYPE "public"."enum_sessions_format" AS ENUM('workshop', 'panel', 'skill-share', 'discussion', 'caucus', 'plenary', 'other');
  CREATE TYPE "public"."enum_sessions_startsat_tz" AS ENUM('America/Chicago', 'America/New_York', 'America/Denver', 'America/Phoenix', 'America/Los_Angeles', 'America/Anchorage', 'Pacific/Honolulu', 'America/Toronto', 'America/Vancouver', 'America/Mexico_City', 'America/Puerto_Rico', 'Europe/London', 'Europe/Madrid', 'Europe/Berlin', 'UTC');
  CREATE TYPE "public"."enum_sessions_endsat_tz" AS ENUM('America/Chicago', 'America/New_York', 'America/Denver', 'America/Phoenix', 'America/Los_Angeles', 'America/Anchorage', 'Pacific/Honolulu', 'America/Toronto', 'America/Vancouver', 'America/Mexico_City', 'America/Puerto_Rico', 'Europe/London', 'Europe/Madrid', 'Europe/Berlin', 'UTC');
  CREATE TYPE "public"."enum_sessions_accessibility_step_free" AS ENUM('yes', 'partial', 'no', 'unknown');
  CREATE TYPE "public"."enum_sessions_accessibility_masking" AS ENUM('required', 'requested', 'optional');
  CREATE TYPE "public"."enum_sessions_moderation_status" AS ENUM('pending', 'published', 'promoted', 'featured', 'hidden');
  CREATE TYPE "public"."enum_places_step_free" AS ENUM('yes', 'partial', 'no', 'unknown');
  CREATE TYPE "public"."enum_organizations_relationship" AS ENUM('organizer', 'sponsor', 'endorser');
  CREATE TYPE "public"."enum_organizations_kind" AS ENUM('tenant-union', 'worker-cooperative', 'food-sovereignty', 'mutual-aid', 'solidarity-union', 'assembly', 'labor-council', 'abolitionist', 'solidarity-economy', 'community-defense', 'street-medic', 'workers-center', 'houseless-union', 'indigenous-community', 'environmental-direct-action', 'intentional-community', 'other');
  CREATE TYPE "public"."enum_organizations_sponsor_tier" AS ENUM('solidarity', 'supporter', 'sustainer');
  CREATE TYPE "public"."enum_organizations_moderation_status" AS ENUM('pending', 'published', 'promoted', 'featured', 'hidden');
  CREATE TYPE "public"."enum_proposals_languages" AS ENUM('en', 'es', 'fr', 'pt', 'ht', 'zh', 'ar', 'asl', 'lse', 'lsm', 'other');
  CREATE TYPE "public"."enum_proposals_format" AS ENUM('workshop', 'panel', 'skill-share', 'discussion', 'caucus', 'plenary', 'other');
  CREATE TYPE "public"."enum_proposals_length" AS ENUM('30', '60', '90', '120');
  CREATE TYPE "public"."enum_proposals_review_state" AS ENUM('pending', 'in-review', 'accepted', 'waitlisted', 'rejected', 'withdrawn');
  CREATE TYPE "public"."enum_users_roles" AS ENUM('admin', 'organizer', 'moderator', 'reviewer');
  CREATE TYPE "public"."enum_moderation_log_from" AS ENUM('pending', 'published', 'promoted', 'featured', 'hidden');
  CREATE TYPE "public"."enum_moderation_log_to" AS ENUM('pending', 'published', 'promoted', 'featured', 'hidden');
  CREATE TYPE "public"."enum_content_filters_action" AS ENUM('hold', 'hide');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'sendEmail');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'sendEmail');
  CREATE TABLE "posts" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"slug" varchar,
  	"hero_image_id" uuid,
  	"published_at" timestamp(3) with time zone,
  	"seo_image_id" uuid,
  	"moderation_status" "enum_posts_moderation_status" DEFAULT 'pending',
  	"prominence" numeric DEFAULT 0,
  	"auto_moderation_checked" boolean,
  	"created_by_id" uuid,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "posts_locales" (
  	"title" varchar NOT NULL,
  	"excerpt" varchar,
  	"body" jsonb,
  	"seo_title" varchar,
  	"seo_description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  CREATE TABLE "posts_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"people_id" uuid,
  	"categories_id" uuid
  );
  
  CREATE TABLE "events_languages" (
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"value" "enum_events_languages",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  CREATE TABLE "events_accessibility_interpretation" (
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"value" "enum_events_accessibility_interpretation",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  CREATE TABLE "events" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"starts_at" timestamp(3) with time zone NOT NULL,
  	"startsat_tz" "enum_events_startsat_tz" DEFAULT 'America/Chicago' NOT NULL,
  	"ends_at" timestamp(3) with time zone,
  	"endsat_tz" "enum_events_endsat_tz" DEFAULT 'America/Chicago',
  	"all_day" boolean,
  	"place_id" uuid,
  	"room" varchar,
  	"online_url" varchar,
  	"image_id" uuid,
  	"published_by" varchar,
  	"contact_email" varchar,
  	"contact_phone" varchar,
  	"registration_url" varchar,
  	"cost_type" "enum_events_cost_type",
  	"accessibility_step_free" "enum_events_accessibility_step_free" DEFAULT 'unknown',
  	"accessibility_captions" boolean,
  	"accessibility_child_watch" boolean,
  	"accessibility_quiet_room" boolean,
  	"accessibility_masking" "enum_events_accessibility_masking",
  	"slug" varchar,
  	"event_group_id" uuid,
  	"stick_at_top" boolean,
  	"allows_comments" boolean DEFAULT true,
  	"seo_image_id" uuid,
  	"admin_note" jsonb,
  	"hyperactive_event_id" numeric,
  	"hyperactive_collective_id" numeric,
  	"hyperactive_user_id" numeric,
  	"hyperactive_source" varchar,
  	"hyperactive_auto_moderation_checked" boolean,
  	"hyperactive_created_on" timestamp(3) with time zone,
  	"hyperactive_updated_on" timestamp(3) with time zone,
  	"moderation_status" "enum_events_moderation_status" DEFAULT 'pending',
  	"prominence" numeric DEFAULT 0,
  	"auto_moderation_checked" boolean,
  	"created_by_id" uuid,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "events_locales" (
  	"title" varchar NOT NULL,
  	"summary" jsonb,
  	"body" jsonb,
  	"cost" varchar,
  	"accessibility_notes" varchar,
  	"seo_title" varchar,
  	"seo_description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  CREATE TABLE "events_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "events_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"organizations_id" uuid,
  	"categories_id" uuid
  );
  
  CREATE TABLE "event_groups" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"recurrence" varchar,
  	"hyperactive_id" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "event_groups_locales" (
  	"title" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  CREATE TABLE "sessions_languages" (
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"value" "enum_sessions_languages",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  CREATE TABLE "sessions_interpretation" (
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"value" "enum_sessions_interpretation",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  CREATE TABLE "sessions_accessibility_interpretation" (
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"value" "enum_sessions_accessibility_interpretation",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  CREATE TABLE "sessions_materials" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"url" varchar NOT NULL
  );
  
  CREATE TABLE "sessions_materials_locales" (
  	"label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "sessions" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"event_id" uuid NOT NULL,
  	"slug" varchar,
  	"format" "enum_sessions_format",
  	"track" varchar,
  	"starts_at" timestamp(3) with time zone,
  	"startsat_tz" "enum_sessions_startsat_tz" DEFAULT 'America/Chicago',
  	"ends_at" timestamp(3) with time zone,
  	"endsat_tz" "enum_sessions_endsat_tz" DEFAULT 'America/Chicago',
  	"all_day" boolean,
  	"place_id" uuid,
  	"room" varchar,
  	"accessibility_step_free" "enum_sessions_accessibility_step_free" DEFAULT 'unknown',
  	"accessibility_captions" boolean,
  	"accessibility_child_watch" boolean,
  	"accessibility_quiet_room" boolean,
  	"accessibility_masking" "enum_sessions_accessibility_masking",
  	"capacity" numeric,
  	"recording_consent" boolean,
  	"proposal_id" uuid,
  	"moderation_status" "enum_sessions_moderation_status" DEFAULT 'pending',
  	"prominence" numeric DEFAULT 0,
  	"auto_moderation_checked" boolean,
  	"created_by_id" uuid,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "sessions_locales" (
  	"title" varchar NOT NULL,
  	"abstract" varchar,
  	"description" jsonb,
  	"accessibility_notes" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  CREATE TABLE "sessions_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"people_id" uuid
  );
  
  CREATE TABLE "places_rooms" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"capacity" numeric
  );
  
  CREATE TABLE "places_rooms_locales" (
  	"access_notes" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "places" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"address" varchar,
  	"city" varchar,
  	"region" varchar,
  	"country" varchar,
  	"latitude" numeric,
  	"longitude" numeric,
  	"step_free" "enum_places_step_free" DEFAULT 'unknown',
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "places_locales" (
  	"name" varchar NOT NULL,
  	"access_notes" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  CREATE TABLE "people" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"name" varchar NOT NULL,
  	"pronouns" varchar,
  	"organization_id" uuid,
  	"email" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "people_locales" (
  	"bio" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  CREATE TABLE "organizations_social_links" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"url" varchar NOT NULL
  );
  
  CREATE TABLE "organizations_relationship" (
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"value" "enum_organizations_relationship",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  CREATE TABLE "organizations" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"name" varchar NOT NULL,
  	"slug" varchar,
  	"kind" "enum_organizations_kind" DEFAULT 'other',
  	"logo_id" uuid,
  	"website" varchar,
  	"city" varchar,
  	"region" varchar,
  	"country" varchar,
  	"sponsor_tier" "enum_organizations_sponsor_tier",
  	"list_publicly" boolean DEFAULT false,
  	"private_contact_name" varchar,
  	"private_contact_email" varchar,
  	"private_contact_phone" varchar,
  	"hyperactive_collective_id" numeric,
  	"moderation_status" "enum_organizations_moderation_status" DEFAULT 'pending',
  	"prominence" numeric DEFAULT 0,
  	"auto_moderation_checked" boolean,
  	"created_by_id" uuid,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "organizations_locales" (
  	"description" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  CREATE TABLE "proposals_languages" (
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"value" "enum_proposals_languages",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  CREATE TABLE "proposals_co_facilitators" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"email" varchar
  );
  
  CREATE TABLE "proposals" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"title" varchar NOT NULL,
  	"format" "enum_proposals_format",
  	"description" varchar NOT NULL,
  	"audience" varchar,
  	"length" "enum_proposals_length",
  	"submitter_name" varchar NOT NULL,
  	"submitter_pronouns" varchar,
  	"submitter_email" varchar NOT NULL,
  	"organization_name" varchar,
  	"organization_id" uuid,
  	"technical_needs" varchar,
  	"access_needs" varchar,
  	"childcare_request" varchar,
  	"consent" boolean DEFAULT false NOT NULL,
  	"review_state" "enum_proposals_review_state" DEFAULT 'pending' NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "categories" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "categories_locales" (
  	"name" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  CREATE TABLE "media" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric,
  	"sizes_thumbnail_url" varchar,
  	"sizes_thumbnail_width" numeric,
  	"sizes_thumbnail_height" numeric,
  	"sizes_thumbnail_mime_type" varchar,
  	"sizes_thumbnail_filesize" numeric,
  	"sizes_thumbnail_filename" varchar,
  	"sizes_card_url" varchar,
  	"sizes_card_width" numeric,
  	"sizes_card_height" numeric,
  	"sizes_card_mime_type" varchar,
  	"sizes_card_filesize" numeric,
  	"sizes_card_filename" varchar,
  	"sizes_hero_url" varchar,
  	"sizes_hero_width" numeric,
  	"sizes_hero_height" numeric,
  	"sizes_hero_mime_type" varchar,
  	"sizes_hero_filesize" numeric,
  	"sizes_hero_filename" varchar,
  	"sizes_social_url" varchar,
  	"sizes_social_width" numeric,
  	"sizes_social_height" numeric,
  	"sizes_social_mime_type" varchar,
  	"sizes_social_filesize" numeric,
  	"sizes_social_filename" varchar
  );
  
  CREATE TABLE "media_locales" (
  	"alt" varchar NOT NULL,
  	"caption" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" uuid NOT NULL
  );
  
  CREATE TABLE "users_roles" (
  	"order" integer NOT NULL,
  	"parent_id" uuid NOT NULL,
  	"value" "enum_users_roles",
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"name" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"enable_a_p_i_key" boolean,
  	"api_key" varchar,
  	"api_key_index" varchar,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "moderation_log" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"summary" varchar,
  	"collection_slug" varchar,
  	"document_id" varchar,
  	"from" "enum_moderation_log_from",
  	"to" "enum_moderation_log_to" NOT NULL,
  	"user_id" uuid,
  	"note" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "content_filters_expressions" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"pattern" varchar NOT NULL
  );
  
  CREATE TABLE "content_filters" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"name" varchar NOT NULL,
  	"action" "enum_content_filters_action" DEFAULT 'hold' NOT NULL,
  	"enabled" boolean DEFAULT true,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_kv" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" uuid NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"posts_id" uuid,
  	"events_id" uuid,
  	"event_groups_id" uuid,
  	"sessions_id" uuid,
  	"places_id" uuid,
  	"people_id" uuid,
  	"organizations_id" uuid,
  	"proposals_id" uuid,
  	"categories_id" uuid,
  	"media_id" uuid,
  	"users_id" uuid,
  	"moderation_log_id" uuid,
  	"content_filters_id" uuid
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" uuid NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" uuid
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "posts" ADD CONSTRAINT "posts_hero_image_id_media_id_fk" FOREIGN KEY ("hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "posts" ADD CONSTRAINT "posts_seo_image_id_media_id_fk" FOREIGN KEY ("seo_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "posts" ADD CONSTRAINT "posts_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "posts_locales" ADD CONSTRAINT "posts_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."posts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "posts_rels" ADD CONSTRAINT "posts_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."posts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "posts_rels" ADD CONSTRAINT "posts_rels_people_fk" FOREIGN KEY ("people_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "posts_rels" ADD CONSTRAINT "posts_rels_categories_fk" FOREIGN KEY ("categories_id") REFERENCES "public"."categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_languages" ADD CONSTRAINT "events_languages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_accessibility_interpretation" ADD CONSTRAINT "events_accessibility_interpretation_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events" ADD CONSTRAINT "events_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "events" ADD CONSTRAINT "events_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "events" ADD CONSTRAINT "events_event_group_id_event_groups_id_fk" FOREIGN KEY ("event_group_id") REFERENCES "public"."event_groups"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "events" ADD CONSTRAINT "events_seo_image_id_media_id_fk" FOREIGN KEY ("seo_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "events" ADD CONSTRAINT "events_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "events_locales" ADD CONSTRAINT "events_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_texts" ADD CONSTRAINT "events_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_rels" ADD CONSTRAINT "events_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_rels" ADD CONSTRAINT "events_rels_organizations_fk" FOREIGN KEY ("organizations_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_rels" ADD CONSTRAINT "events_rels_categories_fk" FOREIGN KEY ("categories_id") REFERENCES "public"."categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "event_groups_locales" ADD CONSTRAINT "event_groups_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."event_groups"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sessions_languages" ADD CONSTRAINT "sessions_languages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."sessions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sessions_interpretation" ADD CONSTRAINT "sessions_interpretation_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."sessions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sessions_accessibility_interpretation" ADD CONSTRAINT "sessions_accessibility_interpretation_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."sessions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sessions_materials" ADD CONSTRAINT "sessions_materials_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."sessions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sessions_materials_locales" ADD CONSTRAINT "sessions_materials_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."sessions_materials"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sessions" ADD CONSTRAINT "sessions_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sessions" ADD CONSTRAINT "sessions_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sessions" ADD CONSTRAINT "sessions_proposal_id_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."proposals"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sessions" ADD CONSTRAINT "sessions_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sessions_locales" ADD CONSTRAINT "sessions_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."sessions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sessions_rels" ADD CONSTRAINT "sessions_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."sessions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sessions_rels" ADD CONSTRAINT "sessions_rels_people_fk" FOREIGN KEY ("people_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "places_rooms" ADD CONSTRAINT "places_rooms_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."places"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "places_rooms_locales" ADD CONSTRAINT "places_rooms_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."places_rooms"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "places_locales" ADD CONSTRAINT "places_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."places"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "people" ADD CONSTRAINT "people_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "people_locales" ADD CONSTRAINT "people_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "organizations_social_links" ADD CONSTRAINT "organizations_social_links_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "organizations_relationship" ADD CONSTRAINT "organizations_relationship_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "organizations" ADD CONSTRAINT "organizations_logo_id_media_id_fk" FOREIGN KEY ("logo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "organizations" ADD CONSTRAINT "organizations_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "organizations_locales" ADD CONSTRAINT "organizations_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "proposals_languages" ADD CONSTRAINT "proposals_languages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."proposals"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "proposals_co_facilitators" ADD CONSTRAINT "proposals_co_facilitators_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."proposals"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "proposals" ADD CONSTRAINT "proposals_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "categories_locales" ADD CONSTRAINT "categories_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media_locales" ADD CONSTRAINT "media_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_roles" ADD CONSTRAINT "users_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "moderation_log" ADD CONSTRAINT "moderation_log_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "content_filters_expressions" ADD CONSTRAINT "content_filters_expressions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."content_filters"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_posts_fk" FOREIGN KEY ("posts_id") REFERENCES "public"."posts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_events_fk" FOREIGN KEY ("events_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_event_groups_fk" FOREIGN KEY ("event_groups_id") REFERENCES "public"."event_groups"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_sessions_fk" FOREIGN KEY ("sessions_id") REFERENCES "public"."sessions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_places_fk" FOREIGN KEY ("places_id") REFERENCES "public"."places"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_people_fk" FOREIGN KEY ("people_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_organizations_fk" FOREIGN KEY ("organizations_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_proposals_fk" FOREIGN KEY ("proposals_id") REFERENCES "public"."proposals"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_categories_fk" FOREIGN KEY ("categories_id") REFERENCES "public"."categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_moderation_log_fk" FOREIGN KEY ("moderation_log_id") REFERENCES "public"."moderation_log"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_content_filters_fk" FOREIGN KEY ("content_filters_id") REFERENCES "public"."content_filters"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE UNIQUE INDEX "posts_slug_idx" ON "posts" USING btree ("slug");
  CREATE INDEX "posts_hero_image_idx" ON "posts" USING btree ("hero_image_id");
  CREATE INDEX "posts_published_at_idx" ON "posts" USING btree ("published_at");
  CREATE INDEX "posts_seo_seo_image_idx" ON "posts" USING btree ("seo_image_id");
  CREATE INDEX "posts_moderation_status_idx" ON "posts" USING btree ("moderation_status");
  CREATE INDEX "posts_prominence_idx" ON "posts" USING btree ("prominence");
  CREATE INDEX "posts_created_by_idx" ON "posts" USING btree ("created_by_id");
  CREATE INDEX "posts_updated_at_idx" ON "posts" USING btree ("updated_at");
  CREATE INDEX "posts_created_at_idx" ON "posts" USING btree ("created_at");
  CREATE UNIQUE INDEX "posts_locales_locale_parent_id_unique" ON "posts_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "posts_rels_order_idx" ON "posts_rels" USING btree ("order");
  CREATE INDEX "posts_rels_parent_idx" ON "posts_rels" USING btree ("parent_id");
  CREATE INDEX "posts_rels_path_idx" ON "posts_rels" USING btree ("path");
  CREATE INDEX "posts_rels_people_id_idx" ON "posts_rels" USING btree ("people_id");
  CREATE INDEX "posts_rels_categories_id_idx" ON "posts_rels" USING btree ("categories_id");
  CREATE INDEX "events_languages_order_idx" ON "events_languages" USING btree ("order");
  CREATE INDEX "events_languages_parent_idx" ON "events_languages" USING btree ("parent_id");
  CREATE INDEX "events_accessibility_interpretation_order_idx" ON "events_accessibility_interpretation" USING btree ("order");
  CREATE INDEX "events_accessibility_interpretation_parent_idx" ON "events_accessibility_interpretation" USING btree ("parent_id");
  CREATE INDEX "events_starts_at_idx" ON "events" USING btree ("starts_at");
  CREATE INDEX "events_ends_at_idx" ON "events" USING btree ("ends_at");
  CREATE INDEX "events_place_idx" ON "events" USING btree ("place_id");
  CREATE INDEX "events_image_idx" ON "events" USING btree ("image_id");
  CREATE UNIQUE INDEX "events_slug_idx" ON "events" USING btree ("slug");
  CREATE INDEX "events_event_group_idx" ON "events" USING btree ("event_group_id");
  CREATE INDEX "events_seo_seo_image_idx" ON "events" USING btree ("seo_image_id");
  CREATE INDEX "events_hyperactive_hyperactive_event_id_idx" ON "events" USING btree ("hyperactive_event_id");
  CREATE INDEX "events_moderation_status_idx" ON "events" USING btree ("moderation_status");
  CREATE INDEX "events_prominence_idx" ON "events" USING btree ("prominence");
  CREATE INDEX "events_created_by_idx" ON "events" USING btree ("created_by_id");
  CREATE INDEX "events_updated_at_idx" ON "events" USING btree ("updated_at");
  CREATE INDEX "events_created_at_idx" ON "events" USING btree ("created_at");
  CREATE UNIQUE INDEX "events_locales_locale_parent_id_unique" ON "events_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "events_texts_order_parent" ON "events_texts" USING btree ("order","parent_id");
  CREATE INDEX "events_rels_order_idx" ON "events_rels" USING btree ("order");
  CREATE INDEX "events_rels_parent_idx" ON "events_rels" USING btree ("parent_id");
  CREATE INDEX "events_rels_path_idx" ON "events_rels" USING btree ("path");
  CREATE INDEX "events_rels_organizations_id_idx" ON "events_rels" USING btree ("organizations_id");
  CREATE INDEX "events_rels_categories_id_idx" ON "events_rels" USING btree ("categories_id");
  CREATE INDEX "event_groups_hyperactive_id_idx" ON "event_groups" USING btree ("hyperactive_id");
  CREATE INDEX "event_groups_updated_at_idx" ON "event_groups" USING btree ("updated_at");
  CREATE INDEX "event_groups_created_at_idx" ON "event_groups" USING btree ("created_at");
  CREATE UNIQUE INDEX "event_groups_locales_locale_parent_id_unique" ON "event_groups_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "sessions_languages_order_idx" ON "sessions_languages" USING btree ("order");
  CREATE INDEX "sessions_languages_parent_idx" ON "sessions_languages" USING btree ("parent_id");
  CREATE INDEX "sessions_interpretation_order_idx" ON "sessions_interpretation" USING btree ("order");
  CREATE INDEX "sessions_interpretation_parent_idx" ON "sessions_interpretation" USING btree ("parent_id");
  CREATE INDEX "sessions_accessibility_interpretation_order_idx" ON "sessions_accessibility_interpretation" USING btree ("order");
  CREATE INDEX "sessions_accessibility_interpretation_parent_idx" ON "sessions_accessibility_interpretation" USING btree ("parent_id");
  CREATE INDEX "sessions_materials_order_idx" ON "sessions_materials" USING btree ("_order");
  CREATE INDEX "sessions_materials_parent_id_idx" ON "sessions_materials" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "sessions_materials_locales_locale_parent_id_unique" ON "sessions_materials_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "sessions_event_idx" ON "sessions" USING btree ("event_id");
  CREATE UNIQUE INDEX "sessions_slug_idx" ON "sessions" USING btree ("slug");
  CREATE INDEX "sessions_format_idx" ON "sessions" USING btree ("format");
  CREATE INDEX "sessions_track_idx" ON "sessions" USING btree ("track");
  CREATE INDEX "sessions_starts_at_idx" ON "sessions" USING btree ("starts_at");
  CREATE INDEX "sessions_ends_at_idx" ON "sessions" USING btree ("ends_at");
  CREATE INDEX "sessions_place_idx" ON "sessions" USING btree ("place_id");
  CREATE INDEX "sessions_proposal_idx" ON "sessions" USING btree ("proposal_id");
  CREATE INDEX "sessions_moderation_status_idx" ON "sessions" USING btree ("moderation_status");
  CREATE INDEX "sessions_prominence_idx" ON "sessions" USING btree ("prominence");
  CREATE INDEX "sessions_created_by_idx" ON "sessions" USING btree ("created_by_id");
  CREATE INDEX "sessions_updated_at_idx" ON "sessions" USING btree ("updated_at");
  CREATE INDEX "sessions_created_at_idx" ON "sessions" USING btree ("created_at");
  CREATE UNIQUE INDEX "sessions_locales_locale_parent_id_unique" ON "sessions_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "sessions_rels_order_idx" ON "sessions_rels" USING btree ("order");
  CREATE INDEX "sessions_rels_parent_idx" ON "sessions_rels" USING btree ("parent_id");
  CREATE INDEX "sessions_rels_path_idx" ON "sessions_rels" USING btree ("path");
  CREATE INDEX "sessions_rels_people_id_idx" ON "sessions_rels" USING btree ("people_id");
  CREATE INDEX "places_rooms_order_idx" ON "places_rooms" USING btree ("_order");
  CREATE INDEX "places_rooms_parent_id_idx" ON "places_rooms" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "places_rooms_locales_locale_parent_id_unique" ON "places_rooms_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "places_city_idx" ON "places" USING btree ("city");
  CREATE INDEX "places_updated_at_idx" ON "places" USING btree ("updated_at");
  CREATE INDEX "places_created_at_idx" ON "places" USING btree ("created_at");
  CREATE UNIQUE INDEX "places_locales_locale_parent_id_unique" ON "places_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "people_organization_idx" ON "people" USING btree ("organization_id");
  CREATE INDEX "people_updated_at_idx" ON "people" USING btree ("updated_at");
  CREATE INDEX "people_created_at_idx" ON "people" USING btree ("created_at");
  CREATE UNIQUE INDEX "people_locales_locale_parent_id_unique" ON "people_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "organizations_social_links_order_idx" ON "organizations_social_links" USING btree ("_order");
  CREATE INDEX "organizations_social_links_parent_id_idx" ON "organizations_social_links" USING btree ("_parent_id");
  CREATE INDEX "organizations_relationship_order_idx" ON "organizations_relationship" USING btree ("order");
  CREATE INDEX "organizations_relationship_parent_idx" ON "organizations_relationship" USING btree ("parent_id");
  CREATE INDEX "organizations_relationship_value_idx" ON "organizations_relationship" USING btree ("value");
  CREATE UNIQUE INDEX "organizations_slug_idx" ON "organizations" USING btree ("slug");
  CREATE INDEX "organizations_kind_idx" ON "organizations" USING btree ("kind");
  CREATE INDEX "organizations_logo_idx" ON "organizations" USING btree ("logo_id");
  CREATE INDEX "organizations_city_idx" ON "organizations" USING btree ("city");
  CREATE INDEX "organizations_list_publicly_idx" ON "organizations" USING btree ("list_publicly");
  CREATE INDEX "organizations_hyperactive_collective_id_idx" ON "organizations" USING btree ("hyperactive_collective_id");
  CREATE INDEX "organizations_moderation_status_idx" ON "organizations" USING btree ("moderation_status");
  CREATE INDEX "organizations_prominence_idx" ON "organizations" USING btree ("prominence");
  CREATE INDEX "organizations_created_by_idx" ON "organizations" USING btree ("created_by_id");
  CREATE INDEX "organizations_updated_at_idx" ON "organizations" USING btree ("updated_at");
  CREATE INDEX "organizations_created_at_idx" ON "organizations" USING btree ("created_at");
  CREATE UNIQUE INDEX "organizations_locales_locale_parent_id_unique" ON "organizations_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "proposals_languages_order_idx" ON "proposals_languages" USING btree ("order");
  CREATE INDEX "proposals_languages_parent_idx" ON "proposals_languages" USING btree ("parent_id");
  CREATE INDEX "proposals_co_facilitators_order_idx" ON "proposals_co_facilitators" USING btree ("_order");
  CREATE INDEX "proposals_co_facilitators_parent_id_idx" ON "proposals_co_facilitators" USING btree ("_parent_id");
  CREATE INDEX "proposals_organization_idx" ON "proposals" USING btree ("organization_id");
  CREATE INDEX "proposals_review_state_idx" ON "proposals" USING btree ("review_state");
  CREATE INDEX "proposals_updated_at_idx" ON "proposals" USING btree ("updated_at");
  CREATE INDEX "proposals_created_at_idx" ON "proposals" USING btree ("created_at");
  CREATE UNIQUE INDEX "categories_slug_idx" ON "categories" USING btree ("slug");
  CREATE INDEX "categories_updated_at_idx" ON "categories" USING btree ("updated_at");
  CREATE INDEX "categories_created_at_idx" ON "categories" USING btree ("created_at");
  CREATE UNIQUE INDEX "categories_locales_locale_parent_id_unique" ON "categories_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "media" USING btree ("sizes_thumbnail_filename");
  CREATE INDEX "media_sizes_card_sizes_card_filename_idx" ON "media" USING btree ("sizes_card_filename");
  CREATE INDEX "media_sizes_hero_sizes_hero_filename_idx" ON "media" USING btree ("sizes_hero_filename");
  CREATE INDEX "media_sizes_social_sizes_social_filename_idx" ON "media" USING btree ("sizes_social_filename");
  CREATE UNIQUE INDEX "media_locales_locale_parent_id_unique" ON "media_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "users_roles_order_idx" ON "users_roles" USING btree ("order");
  CREATE INDEX "users_roles_parent_idx" ON "users_roles" USING btree ("parent_id");
  CREATE INDEX "users_roles_value_idx" ON "users_roles" USING btree ("value");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE INDEX "moderation_log_collection_slug_idx" ON "moderation_log" USING btree ("collection_slug");
  CREATE INDEX "moderation_log_document_id_idx" ON "moderation_log" USING btree ("document_id");
  CREATE INDEX "moderation_log_user_idx" ON "moderation_log" USING btree ("user_id");
  CREATE INDEX "moderation_log_updated_at_idx" ON "moderation_log" USING btree ("updated_at");
  CREATE INDEX "moderation_log_created_at_idx" ON "moderation_log" USING btree ("created_at");
  CREATE INDEX "content_filters_expressions_order_idx" ON "content_filters_expressions" USING btree ("_order");
  CREATE INDEX "content_filters_expressions_parent_id_idx" ON "content_filters_expressions" USING btree ("_parent_id");
  CREATE INDEX "content_filters_updated_at_idx" ON "content_filters" USING btree ("updated_at");
  CREATE INDEX "content_filters_created_at_idx" ON "content_filters" USING btree ("created_at");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_posts_id_idx" ON "payload_locked_documents_rels" USING btree ("posts_id");
  CREATE INDEX "payload_locked_documents_rels_events_id_idx" ON "payload_locked_documents_rels" USING btree ("events_id");
  CREATE INDEX "payload_locked_documents_rels_event_groups_id_idx" ON "payload_locked_documents_rels" USING btree ("event_groups_id");
  CREATE INDEX "payload_locked_documents_rels_sessions_id_idx" ON "payload_locked_documents_rels" USING btree ("sessions_id");
  CREATE INDEX "payload_locked_documents_rels_places_id_idx" ON "payload_locked_documents_rels" USING btree ("places_id");
  CREATE INDEX "payload_locked_documents_rels_people_id_idx" ON "payload_locked_documents_rels" USING btree ("people_id");
  CREATE INDEX "payload_locked_documents_rels_organizations_id_idx" ON "payload_locked_documents_rels" USING btree ("organizations_id");
  CREATE INDEX "payload_locked_documents_rels_proposals_id_idx" ON "payload_locked_documents_rels" USING btree ("proposals_id");
  CREATE INDEX "payload_locked_documents_rels_categories_id_idx" ON "payload_locked_documents_rels" USING btree ("categories_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_locked_documents_rels_moderation_log_id_idx" ON "payload_locked_documents_rels" USING btree ("moderation_log_id");
  CREATE INDEX "payload_locked_documents_rels_content_filters_id_idx" ON "payload_locked_documents_rels" USING btree ("content_filters_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "posts" CASCADE;
  DROP TABLE "posts_locales" CASCADE;
  DROP TABLE "posts_rels" CASCADE;
  DROP TABLE "events_languages" CASCADE;
  DROP TABLE "events_accessibility_interpretation" CASCADE;
  DROP TABLE "events" CASCADE;
  DROP TABLE "events_locales" CASCADE;
  DROP TABLE "events_texts" CASCADE;
  DROP TABLE "events_rels" CASCADE;
  DROP TABLE "event_groups" CASCADE;
  DROP TABLE "event_groups_locales" CASCADE;
  DROP TABLE "sessions_languages" CASCADE;
  DROP TABLE "sessions_interpretation" CASCADE;
  DROP TABLE "sessions_accessibility_interpretation" CASCADE;
  DROP TABLE "sessions_materials" CASCADE;
  DROP TABLE "sessions_materials_locales" CASCADE;
  DROP TABLE "sessions" CASCADE;
  DROP TABLE "sessions_locales" CASCADE;
  DROP TABLE "sessions_rels" CASCADE;
  DROP TABLE "places_rooms" CASCADE;
  DROP TABLE "places_rooms_locales" CASCADE;
  DROP TABLE "places" CASCADE;
  DROP TABLE "places_locales" CASCADE;
  DROP TABLE "people" CASCADE;
  DROP TABLE "people_locales" CASCADE;
  DROP TABLE "organizations_social_links" CASCADE;
  DROP TABLE "organizations_relationship" CASCADE;
  DROP TABLE "organizations" CASCADE;
  DROP TABLE "organizations_locales" CASCADE;
  DROP TABLE "proposals_languages" CASCADE;
  DROP TABLE "proposals_co_facilitators" CASCADE;
  DROP TABLE "proposals" CASCADE;
  DROP TABLE "categories" CASCADE;
  DROP TABLE "categories_locales" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "media_locales" CASCADE;
  DROP TABLE "users_roles" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "moderation_log" CASCADE;
  DROP TABLE "content_filters_expressions" CASCADE;
  DROP TABLE "content_filters" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TYPE "public"."_locales";
  DROP TYPE "public"."enum_posts_moderation_status";
  DROP TYPE "public"."enum_events_languages";
  DROP TYPE "public"."enum_events_accessibility_interpretation";
  DROP TYPE "public"."enum_events_startsat_tz";
  DROP TYPE "public"."enum_events_endsat_tz";
  DROP TYPE "public"."enum_events_cost_type";
  DROP TYPE "public"."enum_events_accessibility_step_free";
  DROP TYPE "public"."enum_events_accessibility_masking";
  DROP TYPE "public"."enum_events_moderation_status";
  DROP TYPE "public"."enum_sessions_languages";
  DROP TYPE "public"."enum_sessions_interpretation";
  DROP TYPE "public"."enum_sessions_accessibility_interpretation";
  DROP TYPE "public"."enum_sessions_format";
  DROP TYPE "public"."enum_sessions_startsat_tz";
  DROP TYPE "public"."enum_sessions_endsat_tz";
  DROP TYPE "public"."enum_sessions_accessibility_step_free";
  DROP TYPE "public"."enum_sessions_accessibility_masking";
  DROP TYPE "public"."enum_sessions_moderation_status";
  DROP TYPE "public"."enum_places_step_free";
  DROP TYPE "public"."enum_organizations_relationship";
  DROP TYPE "public"."enum_organizations_kind";
  DROP TYPE "public"."enum_organizations_sponsor_tier";
  DROP TYPE "public"."enum_organizations_moderation_status";
  DROP TYPE "public"."enum_proposals_languages";
  DROP TYPE "public"."enum_proposals_format";
  DROP TYPE "public"."enum_proposals_length";
  DROP TYPE "public"."enum_proposals_review_state";
  DROP TYPE "public"."enum_users_roles";
  DROP TYPE "public"."enum_moderation_log_from";
  DROP TYPE "public"."enum_moderation_log_to";
  DROP TYPE "public"."enum_content_filters_action";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
