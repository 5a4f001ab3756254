import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`proposals_answers\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`question\` text NOT NULL,
  	\`label\` text,
  	\`value\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`proposals\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`proposals_answers_order_idx\` ON \`proposals_answers\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`proposals_answers_parent_id_idx\` ON \`proposals_answers\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`content_call_formats\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`content_call\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`content_call_formats_order_idx\` ON \`content_call_formats\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`content_call_formats_parent_idx\` ON \`content_call_formats\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`content_call_lengths\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`content_call\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`content_call_lengths_order_idx\` ON \`content_call_lengths\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`content_call_lengths_parent_idx\` ON \`content_call_lengths\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`content_call_languages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` text(36) NOT NULL,
  	\`value\` text,
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`content_call\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`content_call_languages_order_idx\` ON \`content_call_languages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`content_call_languages_parent_idx\` ON \`content_call_languages\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`content_call_tracks\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`content_call\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`content_call_tracks_order_idx\` ON \`content_call_tracks\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`content_call_tracks_parent_id_idx\` ON \`content_call_tracks\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`content_call_tracks_locales\` (
  	\`label\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`content_call_tracks\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`content_call_tracks_locales_locale_parent_id_unique\` ON \`content_call_tracks_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`content_call_tracks_locales_parent_lookup_idx\` ON \`content_call_tracks_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`content_call_questions_options\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`content_call_questions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`content_call_questions_options_order_idx\` ON \`content_call_questions_options\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`content_call_questions_options_parent_id_idx\` ON \`content_call_questions_options\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`content_call_questions_options_locales\` (
  	\`label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`content_call_questions_options\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`content_call_questions_options_locales_locale_parent_id_uniq\` ON \`content_call_questions_options_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`content_call_questions_options_locales_parent_lookup_idx\` ON \`content_call_questions_options_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`content_call_questions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`type\` text DEFAULT 'text' NOT NULL,
  	\`required\` integer DEFAULT false,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`content_call\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`content_call_questions_order_idx\` ON \`content_call_questions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`content_call_questions_parent_id_idx\` ON \`content_call_questions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`content_call_questions_locales\` (
  	\`label\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`content_call_questions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`content_call_questions_locales_locale_parent_id_unique\` ON \`content_call_questions_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`content_call_questions_locales_parent_lookup_idx\` ON \`content_call_questions_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`content_call\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`opens_at\` text,
  	\`closes_at\` text,
  	\`max_per_email\` numeric DEFAULT 3 NOT NULL,
  	\`min_fill_seconds\` numeric DEFAULT 5 NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`CREATE TABLE \`content_call_locales\` (
  	\`intro\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text(36) NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`content_call\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`content_call_locales_locale_parent_id_unique\` ON \`content_call_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`content_call_locales_parent_lookup_idx\` ON \`content_call_locales\` (\`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`proposals\` ADD \`track\` text;`)
  await db.run(sql`ALTER TABLE \`proposals\` ADD \`submitted_language\` text;`)
  await db.run(sql`ALTER TABLE \`proposals\` ADD \`flagged\` text;`)
  await db.run(sql`ALTER TABLE \`proposals\` ADD \`token_hash\` text;`)
  await db.run(sql`ALTER TABLE \`proposals\` ADD \`token_expires_at\` text;`)
  await db.run(sql`CREATE INDEX \`proposals_track_idx\` ON \`proposals\` (\`track\`);`)
  await db.run(sql`CREATE INDEX \`proposals_token_hash_idx\` ON \`proposals\` (\`token_hash\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  // Foreign keys off first: other tables still reference the ones dropped here.
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`DROP TABLE \`proposals_answers\`;`)
  await db.run(sql`DROP TABLE \`content_call_formats\`;`)
  await db.run(sql`DROP TABLE \`content_call_lengths\`;`)
  await db.run(sql`DROP TABLE \`content_call_languages\`;`)
  await db.run(sql`DROP TABLE \`content_call_tracks\`;`)
  await db.run(sql`DROP TABLE \`content_call_tracks_locales\`;`)
  await db.run(sql`DROP TABLE \`content_call_questions_options\`;`)
  await db.run(sql`DROP TABLE \`content_call_questions_options_locales\`;`)
  await db.run(sql`DROP TABLE \`content_call_questions\`;`)
  await db.run(sql`DROP TABLE \`content_call_questions_locales\`;`)
  await db.run(sql`DROP TABLE \`content_call\`;`)
  await db.run(sql`DROP TABLE \`content_call_locales\`;`)
  await db.run(sql`DROP INDEX \`proposals_track_idx\`;`)
  await db.run(sql`DROP INDEX \`proposals_token_hash_idx\`;`)
  await db.run(sql`ALTER TABLE \`proposals\` DROP COLUMN \`track\`;`)
  await db.run(sql`ALTER TABLE \`proposals\` DROP COLUMN \`submitted_language\`;`)
  await db.run(sql`ALTER TABLE \`proposals\` DROP COLUMN \`flagged\`;`)
  await db.run(sql`ALTER TABLE \`proposals\` DROP COLUMN \`token_hash\`;`)
  await db.run(sql`ALTER TABLE \`proposals\` DROP COLUMN \`token_expires_at\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
}
