import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

// Edited by hand: drizzle-kit writes `ADD … REFERENCES x(id)` without the ON DELETE rule the
// schema declares, and a later development push then tries (and fails) to rebuild the tables.
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`reviews_scores\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`criterion\` text NOT NULL,
  	\`score\` numeric NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`reviews\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`reviews_scores_order_idx\` ON \`reviews_scores\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`reviews_scores_parent_id_idx\` ON \`reviews_scores\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`reviews\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`proposal_id\` text(36) NOT NULL,
  	\`comment\` text,
  	\`weighted_score\` numeric,
  	\`reviewer_id\` text(36),
  	\`title\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`proposal_id\`) REFERENCES \`proposals\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`reviewer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`reviews_proposal_idx\` ON \`reviews\` (\`proposal_id\`);`)
  await db.run(sql`CREATE INDEX \`reviews_weighted_score_idx\` ON \`reviews\` (\`weighted_score\`);`)
  await db.run(sql`CREATE INDEX \`reviews_reviewer_idx\` ON \`reviews\` (\`reviewer_id\`);`)
  await db.run(sql`CREATE INDEX \`reviews_updated_at_idx\` ON \`reviews\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`reviews_created_at_idx\` ON \`reviews\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`proposal_reviewer_idx\` ON \`reviews\` (\`proposal_id\`,\`reviewer_id\`);`)
  await db.run(sql`CREATE TABLE \`decision_emails\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`proposal_id\` text(36) NOT NULL,
  	\`decision\` text NOT NULL,
  	\`to\` text NOT NULL,
  	\`language\` text,
  	\`subject\` text NOT NULL,
  	\`body\` text NOT NULL,
  	\`status\` text DEFAULT 'draft' NOT NULL,
  	\`released_at\` text,
  	\`released_by_id\` text(36),
  	\`sent_at\` text,
  	\`attempts\` numeric DEFAULT 0,
  	\`message_id\` text,
  	\`last_error\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`proposal_id\`) REFERENCES \`proposals\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`released_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`decision_emails_proposal_idx\` ON \`decision_emails\` (\`proposal_id\`);`)
  await db.run(sql`CREATE INDEX \`decision_emails_status_idx\` ON \`decision_emails\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`decision_emails_released_by_idx\` ON \`decision_emails\` (\`released_by_id\`);`)
  await db.run(sql`CREATE INDEX \`decision_emails_sent_at_idx\` ON \`decision_emails\` (\`sent_at\`);`)
  await db.run(sql`CREATE INDEX \`decision_emails_updated_at_idx\` ON \`decision_emails\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`decision_emails_created_at_idx\` ON \`decision_emails\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`erasure_log_erased\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`collection\` text,
  	\`document_id\` text,
  	\`fields\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`erasure_log\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`erasure_log_erased_order_idx\` ON \`erasure_log_erased\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`erasure_log_erased_parent_id_idx\` ON \`erasure_log_erased\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`erasure_log\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`summary\` text,
  	\`gathering_id\` text(36),
  	\`cutoff\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`gathering_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`erasure_log_gathering_idx\` ON \`erasure_log\` (\`gathering_id\`);`)
  await db.run(sql`CREATE INDEX \`erasure_log_updated_at_idx\` ON \`erasure_log\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`erasure_log_created_at_idx\` ON \`erasure_log\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`content_call_criteria\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`weight\` numeric DEFAULT 1 NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`content_call\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`content_call_criteria_order_idx\` ON \`content_call_criteria\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`content_call_criteria_parent_id_idx\` ON \`content_call_criteria\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`content_call_criteria_locales\` (
  	\`label\` text NOT NULL,
  	\`help\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`content_call_criteria\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`content_call_criteria_locales_locale_parent_id_unique\` ON \`content_call_criteria_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`content_call_criteria_locales_parent_lookup_idx\` ON \`content_call_criteria_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_stats\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`stats\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`DROP INDEX \`sessions_proposal_idx\`;`)
  await db.run(sql`ALTER TABLE \`sessions\` ADD \`facilitator_needs\` text;`)
  await db.run(sql`CREATE UNIQUE INDEX \`sessions_proposal_idx\` ON \`sessions\` (\`proposal_id\`);`)
  await db.run(sql`ALTER TABLE \`proposals\` ADD \`review_score\` numeric;`)
  await db.run(sql`ALTER TABLE \`proposals\` ADD \`review_count\` numeric DEFAULT 0;`)
  await db.run(sql`CREATE INDEX \`proposals_review_score_idx\` ON \`proposals\` (\`review_score\`);`)
  await db.run(sql`ALTER TABLE \`payload_jobs\` ADD \`meta\` text;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`reviews_id\` text(36) REFERENCES reviews(id) ON UPDATE no action ON DELETE cascade;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`decision_emails_id\` text(36) REFERENCES decision_emails(id) ON UPDATE no action ON DELETE cascade;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`erasure_log_id\` text(36) REFERENCES erasure_log(id) ON UPDATE no action ON DELETE cascade;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_reviews_id_idx\` ON \`payload_locked_documents_rels\` (\`reviews_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_decision_emails_id_idx\` ON \`payload_locked_documents_rels\` (\`decision_emails_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_erasure_log_id_idx\` ON \`payload_locked_documents_rels\` (\`erasure_log_id\`);`)
  await db.run(sql`ALTER TABLE \`content_call\` ADD \`blind_review\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`content_call\` ADD \`gathering_id\` text(36) REFERENCES events(id) ON UPDATE no action ON DELETE set null;`)
  await db.run(sql`ALTER TABLE \`content_call\` ADD \`erase_after_days\` numeric DEFAULT 30 NOT NULL;`)
  await db.run(sql`CREATE INDEX \`content_call_gathering_idx\` ON \`content_call\` (\`gathering_id\`);`)
  await db.run(sql`ALTER TABLE \`content_call_locales\` ADD \`accepted_email_subject\` text;`)
  await db.run(sql`ALTER TABLE \`content_call_locales\` ADD \`accepted_email_body\` text;`)
  await db.run(sql`ALTER TABLE \`content_call_locales\` ADD \`waitlisted_email_subject\` text;`)
  await db.run(sql`ALTER TABLE \`content_call_locales\` ADD \`waitlisted_email_body\` text;`)
  await db.run(sql`ALTER TABLE \`content_call_locales\` ADD \`rejected_email_subject\` text;`)
  await db.run(sql`ALTER TABLE \`content_call_locales\` ADD \`rejected_email_body\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  // Foreign keys off first: other tables still reference the ones dropped here.
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`DROP TABLE \`reviews_scores\`;`)
  await db.run(sql`DROP TABLE \`reviews\`;`)
  await db.run(sql`DROP TABLE \`decision_emails\`;`)
  await db.run(sql`DROP TABLE \`erasure_log_erased\`;`)
  await db.run(sql`DROP TABLE \`erasure_log\`;`)
  await db.run(sql`DROP TABLE \`content_call_criteria\`;`)
  await db.run(sql`DROP TABLE \`content_call_criteria_locales\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_stats\`;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` text(36) NOT NULL,
  	\`path\` text NOT NULL,
  	\`posts_id\` text(36),
  	\`events_id\` text(36),
  	\`event_groups_id\` text(36),
  	\`sessions_id\` text(36),
  	\`places_id\` text(36),
  	\`people_id\` text(36),
  	\`organizations_id\` text(36),
  	\`proposals_id\` text(36),
  	\`categories_id\` text(36),
  	\`media_id\` text(36),
  	\`users_id\` text(36),
  	\`moderation_log_id\` text(36),
  	\`content_filters_id\` text(36),
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`posts_id\`) REFERENCES \`posts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`events_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`event_groups_id\`) REFERENCES \`event_groups\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sessions_id\`) REFERENCES \`sessions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`places_id\`) REFERENCES \`places\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`people_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organizations_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`proposals_id\`) REFERENCES \`proposals\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`categories_id\`) REFERENCES \`categories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`moderation_log_id\`) REFERENCES \`moderation_log\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`content_filters_id\`) REFERENCES \`content_filters\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "posts_id", "events_id", "event_groups_id", "sessions_id", "places_id", "people_id", "organizations_id", "proposals_id", "categories_id", "media_id", "users_id", "moderation_log_id", "content_filters_id") SELECT "id", "order", "parent_id", "path", "posts_id", "events_id", "event_groups_id", "sessions_id", "places_id", "people_id", "organizations_id", "proposals_id", "categories_id", "media_id", "users_id", "moderation_log_id", "content_filters_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_posts_id_idx\` ON \`payload_locked_documents_rels\` (\`posts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_events_id_idx\` ON \`payload_locked_documents_rels\` (\`events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_event_groups_id_idx\` ON \`payload_locked_documents_rels\` (\`event_groups_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sessions_id_idx\` ON \`payload_locked_documents_rels\` (\`sessions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_places_id_idx\` ON \`payload_locked_documents_rels\` (\`places_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_people_id_idx\` ON \`payload_locked_documents_rels\` (\`people_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_organizations_id_idx\` ON \`payload_locked_documents_rels\` (\`organizations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_proposals_id_idx\` ON \`payload_locked_documents_rels\` (\`proposals_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_categories_id_idx\` ON \`payload_locked_documents_rels\` (\`categories_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_moderation_log_id_idx\` ON \`payload_locked_documents_rels\` (\`moderation_log_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_content_filters_id_idx\` ON \`payload_locked_documents_rels\` (\`content_filters_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_content_call\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`opens_at\` text,
  	\`closes_at\` text,
  	\`max_per_email\` numeric DEFAULT 3 NOT NULL,
  	\`min_fill_seconds\` numeric DEFAULT 5 NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`INSERT INTO \`__new_content_call\`("id", "opens_at", "closes_at", "max_per_email", "min_fill_seconds", "updated_at", "created_at") SELECT "id", "opens_at", "closes_at", "max_per_email", "min_fill_seconds", "updated_at", "created_at" FROM \`content_call\`;`)
  await db.run(sql`DROP TABLE \`content_call\`;`)
  await db.run(sql`ALTER TABLE \`__new_content_call\` RENAME TO \`content_call\`;`)
  await db.run(sql`DROP INDEX \`proposals_review_score_idx\`;`)
  await db.run(sql`ALTER TABLE \`proposals\` DROP COLUMN \`review_score\`;`)
  await db.run(sql`ALTER TABLE \`proposals\` DROP COLUMN \`review_count\`;`)
  await db.run(sql`DROP INDEX \`sessions_proposal_idx\`;`)
  await db.run(sql`CREATE INDEX \`sessions_proposal_idx\` ON \`sessions\` (\`proposal_id\`);`)
  await db.run(sql`ALTER TABLE \`sessions\` DROP COLUMN \`facilitator_needs\`;`)
  await db.run(sql`ALTER TABLE \`payload_jobs\` DROP COLUMN \`meta\`;`)
  await db.run(sql`ALTER TABLE \`content_call_locales\` DROP COLUMN \`accepted_email_subject\`;`)
  await db.run(sql`ALTER TABLE \`content_call_locales\` DROP COLUMN \`accepted_email_body\`;`)
  await db.run(sql`ALTER TABLE \`content_call_locales\` DROP COLUMN \`waitlisted_email_subject\`;`)
  await db.run(sql`ALTER TABLE \`content_call_locales\` DROP COLUMN \`waitlisted_email_body\`;`)
  await db.run(sql`ALTER TABLE \`content_call_locales\` DROP COLUMN \`rejected_email_subject\`;`)
  await db.run(sql`ALTER TABLE \`content_call_locales\` DROP COLUMN \`rejected_email_body\`;`)
}
