import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`hyperactive_imports\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`file\` text,
  	\`sha256\` text,
  	\`imported_by_id\` text(36),
  	\`events\` numeric,
  	\`created\` numeric,
  	\`updated\` numeric,
  	\`unchanged\` numeric,
  	\`conflicts\` text,
  	\`single\` integer,
  	\`feed_ids\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`imported_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`hyperactive_imports_sha256_idx\` ON \`hyperactive_imports\` (\`sha256\`);`)
  await db.run(sql`CREATE INDEX \`hyperactive_imports_imported_by_idx\` ON \`hyperactive_imports\` (\`imported_by_id\`);`)
  await db.run(sql`CREATE INDEX \`hyperactive_imports_updated_at_idx\` ON \`hyperactive_imports\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`hyperactive_imports_created_at_idx\` ON \`hyperactive_imports\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`feed_clock\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`source\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`feed_clock_source_idx\` ON \`feed_clock\` (\`source\`);`)
  await db.run(sql`CREATE INDEX \`feed_clock_updated_at_idx\` ON \`feed_clock\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`feed_clock_created_at_idx\` ON \`feed_clock\` (\`created_at\`);`)
  await db.run(sql`DROP INDEX \`event_groups_hyperactive_id_idx\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`event_groups_hyperactive_id_idx\` ON \`event_groups\` (\`hyperactive_id\`);`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_events\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`starts_at\` text NOT NULL,
  	\`startsat_tz\` text DEFAULT 'UTC' NOT NULL,
  	\`ends_at\` text,
  	\`endsat_tz\` text DEFAULT 'UTC',
  	\`all_day\` integer,
  	\`place_id\` text(36),
  	\`room\` text,
  	\`online_url\` text,
  	\`image_id\` text(36),
  	\`published_by\` text,
  	\`contact_email\` text,
  	\`contact_phone\` text,
  	\`registration_url\` text,
  	\`cost_type\` text,
  	\`accessibility_step_free\` text DEFAULT 'unknown',
  	\`accessibility_captions\` integer,
  	\`accessibility_child_watch\` integer,
  	\`accessibility_quiet_room\` integer,
  	\`accessibility_masking\` text,
  	\`slug\` text,
  	\`event_group_id\` text(36),
  	\`stick_at_top\` integer,
  	\`allows_comments\` integer DEFAULT true,
  	\`seo_image_id\` text(36),
  	\`moderation_status\` text DEFAULT 'pending',
  	\`prominence\` numeric DEFAULT 0,
  	\`auto_moderation_checked\` integer,
  	\`created_by_id\` text(36),
  	\`admin_note\` text,
  	\`feed_id\` numeric,
  	\`hyperactive_collective_id\` numeric,
  	\`hyperactive_user_id\` numeric,
  	\`hyperactive_source\` text,
  	\`hyperactive_created_on\` text,
  	\`hyperactive_updated_on\` text,
  	\`hyperactive_original\` text,
  	\`hyperactive_fingerprints\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`place_id\`) REFERENCES \`places\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`event_group_id\`) REFERENCES \`event_groups\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`seo_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_events\`("id", "starts_at", "startsat_tz", "ends_at", "endsat_tz", "all_day", "place_id", "room", "online_url", "image_id", "published_by", "contact_email", "contact_phone", "registration_url", "cost_type", "accessibility_step_free", "accessibility_captions", "accessibility_child_watch", "accessibility_quiet_room", "accessibility_masking", "slug", "event_group_id", "stick_at_top", "allows_comments", "seo_image_id", "moderation_status", "prominence", "auto_moderation_checked", "created_by_id", "admin_note", "feed_id", "hyperactive_collective_id", "hyperactive_user_id", "hyperactive_source", "hyperactive_created_on", "hyperactive_updated_on", "hyperactive_original", "hyperactive_fingerprints", "updated_at", "created_at") SELECT "id", "starts_at", "startsat_tz", "ends_at", "endsat_tz", "all_day", "place_id", "room", "online_url", "image_id", "published_by", "contact_email", "contact_phone", "registration_url", "cost_type", "accessibility_step_free", "accessibility_captions", "accessibility_child_watch", "accessibility_quiet_room", "accessibility_masking", "slug", "event_group_id", "stick_at_top", "allows_comments", "seo_image_id", "moderation_status", "prominence", "auto_moderation_checked", "created_by_id", "admin_note", "feed_id", "hyperactive_collective_id", "hyperactive_user_id", "hyperactive_source", "hyperactive_created_on", "hyperactive_updated_on", "hyperactive_original", "hyperactive_fingerprints", "updated_at", "created_at" FROM \`events\`;`)
  await db.run(sql`DROP TABLE \`events\`;`)
  await db.run(sql`ALTER TABLE \`__new_events\` RENAME TO \`events\`;`)
  await db.run(sql`CREATE INDEX \`events_starts_at_idx\` ON \`events\` (\`starts_at\`);`)
  await db.run(sql`CREATE INDEX \`events_ends_at_idx\` ON \`events\` (\`ends_at\`);`)
  await db.run(sql`CREATE INDEX \`events_place_idx\` ON \`events\` (\`place_id\`);`)
  await db.run(sql`CREATE INDEX \`events_image_idx\` ON \`events\` (\`image_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`events_slug_idx\` ON \`events\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`events_event_group_idx\` ON \`events\` (\`event_group_id\`);`)
  await db.run(sql`CREATE INDEX \`events_seo_seo_image_idx\` ON \`events\` (\`seo_image_id\`);`)
  await db.run(sql`CREATE INDEX \`events_moderation_status_idx\` ON \`events\` (\`moderation_status\`);`)
  await db.run(sql`CREATE INDEX \`events_prominence_idx\` ON \`events\` (\`prominence\`);`)
  await db.run(sql`CREATE INDEX \`events_created_by_idx\` ON \`events\` (\`created_by_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`events_feed_id_idx\` ON \`events\` (\`feed_id\`);`)
  await db.run(sql`CREATE INDEX \`events_updated_at_idx\` ON \`events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`events_created_at_idx\` ON \`events\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`events_starts_at_order_idx\` ON \`events\` (\`starts_at\`,"created_at" desc);`)
  await db.run(sql`CREATE INDEX \`events_starts_at_desc_order_idx\` ON \`events\` (\`starts_at\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`events_status_starts_at_order_idx\` ON \`events\` (\`moderation_status\`,\`starts_at\`,"created_at" desc);`)
  await db.run(sql`CREATE TABLE \`__new_sessions\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`event_id\` text(36) NOT NULL,
  	\`slug\` text,
  	\`format\` text,
  	\`track\` text,
  	\`starts_at\` text,
  	\`startsat_tz\` text DEFAULT 'UTC',
  	\`ends_at\` text,
  	\`endsat_tz\` text DEFAULT 'UTC',
  	\`all_day\` integer,
  	\`place_id\` text(36),
  	\`room\` text,
  	\`accessibility_step_free\` text DEFAULT 'unknown',
  	\`accessibility_captions\` integer,
  	\`accessibility_child_watch\` integer,
  	\`accessibility_quiet_room\` integer,
  	\`accessibility_masking\` text,
  	\`capacity\` numeric,
  	\`recording_consent\` integer,
  	\`proposal_id\` text(36),
  	\`moderation_status\` text DEFAULT 'pending',
  	\`prominence\` numeric DEFAULT 0,
  	\`auto_moderation_checked\` integer,
  	\`created_by_id\` text(36),
  	\`admin_note\` text,
  	\`facilitator_needs\` text,
  	\`schedule_id\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`event_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`place_id\`) REFERENCES \`places\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`proposal_id\`) REFERENCES \`proposals\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_sessions\`("id", "event_id", "slug", "format", "track", "starts_at", "startsat_tz", "ends_at", "endsat_tz", "all_day", "place_id", "room", "accessibility_step_free", "accessibility_captions", "accessibility_child_watch", "accessibility_quiet_room", "accessibility_masking", "capacity", "recording_consent", "proposal_id", "moderation_status", "prominence", "auto_moderation_checked", "created_by_id", "admin_note", "facilitator_needs", "schedule_id", "updated_at", "created_at") SELECT "id", "event_id", "slug", "format", "track", "starts_at", "startsat_tz", "ends_at", "endsat_tz", "all_day", "place_id", "room", "accessibility_step_free", "accessibility_captions", "accessibility_child_watch", "accessibility_quiet_room", "accessibility_masking", "capacity", "recording_consent", "proposal_id", "moderation_status", "prominence", "auto_moderation_checked", "created_by_id", "admin_note", "facilitator_needs", "schedule_id", "updated_at", "created_at" FROM \`sessions\`;`)
  await db.run(sql`DROP TABLE \`sessions\`;`)
  await db.run(sql`ALTER TABLE \`__new_sessions\` RENAME TO \`sessions\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`sessions_event_idx\` ON \`sessions\` (\`event_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`sessions_slug_idx\` ON \`sessions\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`sessions_format_idx\` ON \`sessions\` (\`format\`);`)
  await db.run(sql`CREATE INDEX \`sessions_track_idx\` ON \`sessions\` (\`track\`);`)
  await db.run(sql`CREATE INDEX \`sessions_starts_at_idx\` ON \`sessions\` (\`starts_at\`);`)
  await db.run(sql`CREATE INDEX \`sessions_ends_at_idx\` ON \`sessions\` (\`ends_at\`);`)
  await db.run(sql`CREATE INDEX \`sessions_place_idx\` ON \`sessions\` (\`place_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`sessions_proposal_idx\` ON \`sessions\` (\`proposal_id\`);`)
  await db.run(sql`CREATE INDEX \`sessions_moderation_status_idx\` ON \`sessions\` (\`moderation_status\`);`)
  await db.run(sql`CREATE INDEX \`sessions_prominence_idx\` ON \`sessions\` (\`prominence\`);`)
  await db.run(sql`CREATE INDEX \`sessions_created_by_idx\` ON \`sessions\` (\`created_by_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`sessions_schedule_id_idx\` ON \`sessions\` (\`schedule_id\`);`)
  await db.run(sql`CREATE INDEX \`sessions_updated_at_idx\` ON \`sessions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`sessions_created_at_idx\` ON \`sessions\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`sessions_starts_at_order_idx\` ON \`sessions\` (\`starts_at\`,"created_at" desc);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`hyperactive_imports_id\` text(36) REFERENCES hyperactive_imports(id) ON UPDATE no action ON DELETE cascade;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`feed_clock_id\` text(36) REFERENCES feed_clock(id) ON UPDATE no action ON DELETE cascade;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_hyperactive_imports_id_idx\` ON \`payload_locked_documents_rels\` (\`hyperactive_imports_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_feed_clock_id_idx\` ON \`payload_locked_documents_rels\` (\`feed_clock_id\`);`)
  // Events and series made here move above the source's id range (see plugins/hyperactive/
  // utilities/localIds.ts): old + 2147483647 keeps their order and cannot meet a source id.
  await db.run(sql`UPDATE \`events\` SET \`feed_id\` = \`feed_id\` + 2147483647
    WHERE \`feed_id\` <= 2147483647 AND (\`hyperactive_original\` IS NULL OR \`hyperactive_original\` = 'null');`)
  const rows = (await db.all(
    sql`SELECT \`id\` FROM \`event_groups\` WHERE \`hyperactive_id\` IS NULL ORDER BY \`created_at\`, \`id\`;`,
  )) as { id: string }[]
  for (const [i, row] of rows.entries()) {
    await db.run(sql`UPDATE \`event_groups\` SET \`hyperactive_id\` = ${2147483648 + i} WHERE \`id\` = ${row.id};`)
  }
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`DROP TABLE \`hyperactive_imports\`;`)
  await db.run(sql`DROP TABLE \`feed_clock\`;`)
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
  	\`reviews_id\` text(36),
  	\`decision_emails_id\` text(36),
  	\`erasure_log_id\` text(36),
  	\`webhooks_id\` text(36),
  	\`webhook_deliveries_id\` text(36),
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
  	FOREIGN KEY (\`content_filters_id\`) REFERENCES \`content_filters\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`reviews_id\`) REFERENCES \`reviews\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`decision_emails_id\`) REFERENCES \`decision_emails\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`erasure_log_id\`) REFERENCES \`erasure_log\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`webhooks_id\`) REFERENCES \`webhooks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`webhook_deliveries_id\`) REFERENCES \`webhook_deliveries\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "posts_id", "events_id", "event_groups_id", "sessions_id", "places_id", "people_id", "organizations_id", "proposals_id", "categories_id", "media_id", "users_id", "moderation_log_id", "content_filters_id", "reviews_id", "decision_emails_id", "erasure_log_id", "webhooks_id", "webhook_deliveries_id") SELECT "id", "order", "parent_id", "path", "posts_id", "events_id", "event_groups_id", "sessions_id", "places_id", "people_id", "organizations_id", "proposals_id", "categories_id", "media_id", "users_id", "moderation_log_id", "content_filters_id", "reviews_id", "decision_emails_id", "erasure_log_id", "webhooks_id", "webhook_deliveries_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_reviews_id_idx\` ON \`payload_locked_documents_rels\` (\`reviews_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_decision_emails_id_idx\` ON \`payload_locked_documents_rels\` (\`decision_emails_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_erasure_log_id_idx\` ON \`payload_locked_documents_rels\` (\`erasure_log_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_webhooks_id_idx\` ON \`payload_locked_documents_rels\` (\`webhooks_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_webhook_deliveries_id_idx\` ON \`payload_locked_documents_rels\` (\`webhook_deliveries_id\`);`)
  await db.run(sql`DROP INDEX \`event_groups_hyperactive_id_idx\`;`)
  await db.run(sql`CREATE INDEX \`event_groups_hyperactive_id_idx\` ON \`event_groups\` (\`hyperactive_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_events\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`starts_at\` text NOT NULL,
  	\`startsat_tz\` text DEFAULT 'America/Chicago' NOT NULL,
  	\`ends_at\` text,
  	\`endsat_tz\` text DEFAULT 'America/Chicago',
  	\`all_day\` integer,
  	\`place_id\` text(36),
  	\`room\` text,
  	\`online_url\` text,
  	\`image_id\` text(36),
  	\`published_by\` text,
  	\`contact_email\` text,
  	\`contact_phone\` text,
  	\`registration_url\` text,
  	\`cost_type\` text,
  	\`accessibility_step_free\` text DEFAULT 'unknown',
  	\`accessibility_captions\` integer,
  	\`accessibility_child_watch\` integer,
  	\`accessibility_quiet_room\` integer,
  	\`accessibility_masking\` text,
  	\`slug\` text,
  	\`event_group_id\` text(36),
  	\`stick_at_top\` integer,
  	\`allows_comments\` integer DEFAULT true,
  	\`seo_image_id\` text(36),
  	\`moderation_status\` text DEFAULT 'pending',
  	\`prominence\` numeric DEFAULT 0,
  	\`auto_moderation_checked\` integer,
  	\`created_by_id\` text(36),
  	\`admin_note\` text,
  	\`feed_id\` numeric,
  	\`hyperactive_collective_id\` numeric,
  	\`hyperactive_user_id\` numeric,
  	\`hyperactive_source\` text,
  	\`hyperactive_created_on\` text,
  	\`hyperactive_updated_on\` text,
  	\`hyperactive_original\` text,
  	\`hyperactive_fingerprints\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`place_id\`) REFERENCES \`places\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`event_group_id\`) REFERENCES \`event_groups\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`seo_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_events\`("id", "starts_at", "startsat_tz", "ends_at", "endsat_tz", "all_day", "place_id", "room", "online_url", "image_id", "published_by", "contact_email", "contact_phone", "registration_url", "cost_type", "accessibility_step_free", "accessibility_captions", "accessibility_child_watch", "accessibility_quiet_room", "accessibility_masking", "slug", "event_group_id", "stick_at_top", "allows_comments", "seo_image_id", "moderation_status", "prominence", "auto_moderation_checked", "created_by_id", "admin_note", "feed_id", "hyperactive_collective_id", "hyperactive_user_id", "hyperactive_source", "hyperactive_created_on", "hyperactive_updated_on", "hyperactive_original", "hyperactive_fingerprints", "updated_at", "created_at") SELECT "id", "starts_at", "startsat_tz", "ends_at", "endsat_tz", "all_day", "place_id", "room", "online_url", "image_id", "published_by", "contact_email", "contact_phone", "registration_url", "cost_type", "accessibility_step_free", "accessibility_captions", "accessibility_child_watch", "accessibility_quiet_room", "accessibility_masking", "slug", "event_group_id", "stick_at_top", "allows_comments", "seo_image_id", "moderation_status", "prominence", "auto_moderation_checked", "created_by_id", "admin_note", "feed_id", "hyperactive_collective_id", "hyperactive_user_id", "hyperactive_source", "hyperactive_created_on", "hyperactive_updated_on", "hyperactive_original", "hyperactive_fingerprints", "updated_at", "created_at" FROM \`events\`;`)
  await db.run(sql`DROP TABLE \`events\`;`)
  await db.run(sql`ALTER TABLE \`__new_events\` RENAME TO \`events\`;`)
  await db.run(sql`CREATE INDEX \`events_starts_at_idx\` ON \`events\` (\`starts_at\`);`)
  await db.run(sql`CREATE INDEX \`events_ends_at_idx\` ON \`events\` (\`ends_at\`);`)
  await db.run(sql`CREATE INDEX \`events_place_idx\` ON \`events\` (\`place_id\`);`)
  await db.run(sql`CREATE INDEX \`events_image_idx\` ON \`events\` (\`image_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`events_slug_idx\` ON \`events\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`events_event_group_idx\` ON \`events\` (\`event_group_id\`);`)
  await db.run(sql`CREATE INDEX \`events_seo_seo_image_idx\` ON \`events\` (\`seo_image_id\`);`)
  await db.run(sql`CREATE INDEX \`events_moderation_status_idx\` ON \`events\` (\`moderation_status\`);`)
  await db.run(sql`CREATE INDEX \`events_prominence_idx\` ON \`events\` (\`prominence\`);`)
  await db.run(sql`CREATE INDEX \`events_created_by_idx\` ON \`events\` (\`created_by_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`events_feed_id_idx\` ON \`events\` (\`feed_id\`);`)
  await db.run(sql`CREATE INDEX \`events_updated_at_idx\` ON \`events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`events_created_at_idx\` ON \`events\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`events_starts_at_order_idx\` ON \`events\` (\`starts_at\`,"created_at" desc);`)
  await db.run(sql`CREATE INDEX \`events_starts_at_desc_order_idx\` ON \`events\` (\`starts_at\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`events_status_starts_at_order_idx\` ON \`events\` (\`moderation_status\`,\`starts_at\`,"created_at" desc);`)
  await db.run(sql`CREATE TABLE \`__new_sessions\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`event_id\` text(36) NOT NULL,
  	\`slug\` text,
  	\`format\` text,
  	\`track\` text,
  	\`starts_at\` text,
  	\`startsat_tz\` text DEFAULT 'America/Chicago',
  	\`ends_at\` text,
  	\`endsat_tz\` text DEFAULT 'America/Chicago',
  	\`all_day\` integer,
  	\`place_id\` text(36),
  	\`room\` text,
  	\`accessibility_step_free\` text DEFAULT 'unknown',
  	\`accessibility_captions\` integer,
  	\`accessibility_child_watch\` integer,
  	\`accessibility_quiet_room\` integer,
  	\`accessibility_masking\` text,
  	\`capacity\` numeric,
  	\`recording_consent\` integer,
  	\`proposal_id\` text(36),
  	\`moderation_status\` text DEFAULT 'pending',
  	\`prominence\` numeric DEFAULT 0,
  	\`auto_moderation_checked\` integer,
  	\`created_by_id\` text(36),
  	\`admin_note\` text,
  	\`facilitator_needs\` text,
  	\`schedule_id\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`event_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`place_id\`) REFERENCES \`places\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`proposal_id\`) REFERENCES \`proposals\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_sessions\`("id", "event_id", "slug", "format", "track", "starts_at", "startsat_tz", "ends_at", "endsat_tz", "all_day", "place_id", "room", "accessibility_step_free", "accessibility_captions", "accessibility_child_watch", "accessibility_quiet_room", "accessibility_masking", "capacity", "recording_consent", "proposal_id", "moderation_status", "prominence", "auto_moderation_checked", "created_by_id", "admin_note", "facilitator_needs", "schedule_id", "updated_at", "created_at") SELECT "id", "event_id", "slug", "format", "track", "starts_at", "startsat_tz", "ends_at", "endsat_tz", "all_day", "place_id", "room", "accessibility_step_free", "accessibility_captions", "accessibility_child_watch", "accessibility_quiet_room", "accessibility_masking", "capacity", "recording_consent", "proposal_id", "moderation_status", "prominence", "auto_moderation_checked", "created_by_id", "admin_note", "facilitator_needs", "schedule_id", "updated_at", "created_at" FROM \`sessions\`;`)
  await db.run(sql`DROP TABLE \`sessions\`;`)
  await db.run(sql`ALTER TABLE \`__new_sessions\` RENAME TO \`sessions\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`sessions_event_idx\` ON \`sessions\` (\`event_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`sessions_slug_idx\` ON \`sessions\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`sessions_format_idx\` ON \`sessions\` (\`format\`);`)
  await db.run(sql`CREATE INDEX \`sessions_track_idx\` ON \`sessions\` (\`track\`);`)
  await db.run(sql`CREATE INDEX \`sessions_starts_at_idx\` ON \`sessions\` (\`starts_at\`);`)
  await db.run(sql`CREATE INDEX \`sessions_ends_at_idx\` ON \`sessions\` (\`ends_at\`);`)
  await db.run(sql`CREATE INDEX \`sessions_place_idx\` ON \`sessions\` (\`place_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`sessions_proposal_idx\` ON \`sessions\` (\`proposal_id\`);`)
  await db.run(sql`CREATE INDEX \`sessions_moderation_status_idx\` ON \`sessions\` (\`moderation_status\`);`)
  await db.run(sql`CREATE INDEX \`sessions_prominence_idx\` ON \`sessions\` (\`prominence\`);`)
  await db.run(sql`CREATE INDEX \`sessions_created_by_idx\` ON \`sessions\` (\`created_by_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`sessions_schedule_id_idx\` ON \`sessions\` (\`schedule_id\`);`)
  await db.run(sql`CREATE INDEX \`sessions_updated_at_idx\` ON \`sessions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`sessions_created_at_idx\` ON \`sessions\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`sessions_starts_at_order_idx\` ON \`sessions\` (\`starts_at\`,"created_at" desc);`)
}
