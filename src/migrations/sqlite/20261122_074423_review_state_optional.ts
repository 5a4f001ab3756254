import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_proposals\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`format\` text,
  	\`description\` text NOT NULL,
  	\`audience\` text,
  	\`length\` text,
  	\`submitter_name\` text NOT NULL,
  	\`submitter_pronouns\` text,
  	\`submitter_email\` text NOT NULL,
  	\`organization_name\` text,
  	\`organization_id\` text(36),
  	\`technical_needs\` text,
  	\`access_needs\` text,
  	\`childcare_request\` text,
  	\`consent\` integer DEFAULT false NOT NULL,
  	\`review_state\` text DEFAULT 'pending',
  	\`track\` text,
  	\`submitted_language\` text,
  	\`flagged\` text,
  	\`token_hash\` text,
  	\`token_expires_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`organization_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_proposals\`("id", "title", "format", "description", "audience", "length", "submitter_name", "submitter_pronouns", "submitter_email", "organization_name", "organization_id", "technical_needs", "access_needs", "childcare_request", "consent", "review_state", "track", "submitted_language", "flagged", "token_hash", "token_expires_at", "updated_at", "created_at") SELECT "id", "title", "format", "description", "audience", "length", "submitter_name", "submitter_pronouns", "submitter_email", "organization_name", "organization_id", "technical_needs", "access_needs", "childcare_request", "consent", "review_state", "track", "submitted_language", "flagged", "token_hash", "token_expires_at", "updated_at", "created_at" FROM \`proposals\`;`)
  await db.run(sql`DROP TABLE \`proposals\`;`)
  await db.run(sql`ALTER TABLE \`__new_proposals\` RENAME TO \`proposals\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`proposals_organization_idx\` ON \`proposals\` (\`organization_id\`);`)
  await db.run(sql`CREATE INDEX \`proposals_review_state_idx\` ON \`proposals\` (\`review_state\`);`)
  await db.run(sql`CREATE INDEX \`proposals_track_idx\` ON \`proposals\` (\`track\`);`)
  await db.run(sql`CREATE INDEX \`proposals_token_hash_idx\` ON \`proposals\` (\`token_hash\`);`)
  await db.run(sql`CREATE INDEX \`proposals_updated_at_idx\` ON \`proposals\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`proposals_created_at_idx\` ON \`proposals\` (\`created_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_proposals\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`format\` text,
  	\`description\` text NOT NULL,
  	\`audience\` text,
  	\`length\` text,
  	\`submitter_name\` text NOT NULL,
  	\`submitter_pronouns\` text,
  	\`submitter_email\` text NOT NULL,
  	\`organization_name\` text,
  	\`organization_id\` text(36),
  	\`technical_needs\` text,
  	\`access_needs\` text,
  	\`childcare_request\` text,
  	\`consent\` integer DEFAULT false NOT NULL,
  	\`review_state\` text DEFAULT 'pending' NOT NULL,
  	\`track\` text,
  	\`submitted_language\` text,
  	\`flagged\` text,
  	\`token_hash\` text,
  	\`token_expires_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`organization_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_proposals\`("id", "title", "format", "description", "audience", "length", "submitter_name", "submitter_pronouns", "submitter_email", "organization_name", "organization_id", "technical_needs", "access_needs", "childcare_request", "consent", "review_state", "track", "submitted_language", "flagged", "token_hash", "token_expires_at", "updated_at", "created_at") SELECT "id", "title", "format", "description", "audience", "length", "submitter_name", "submitter_pronouns", "submitter_email", "organization_name", "organization_id", "technical_needs", "access_needs", "childcare_request", "consent", "review_state", "track", "submitted_language", "flagged", "token_hash", "token_expires_at", "updated_at", "created_at" FROM \`proposals\`;`)
  await db.run(sql`DROP TABLE \`proposals\`;`)
  await db.run(sql`ALTER TABLE \`__new_proposals\` RENAME TO \`proposals\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`proposals_organization_idx\` ON \`proposals\` (\`organization_id\`);`)
  await db.run(sql`CREATE INDEX \`proposals_review_state_idx\` ON \`proposals\` (\`review_state\`);`)
  await db.run(sql`CREATE INDEX \`proposals_track_idx\` ON \`proposals\` (\`track\`);`)
  await db.run(sql`CREATE INDEX \`proposals_token_hash_idx\` ON \`proposals\` (\`token_hash\`);`)
  await db.run(sql`CREATE INDEX \`proposals_updated_at_idx\` ON \`proposals\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`proposals_created_at_idx\` ON \`proposals\` (\`created_at\`);`)
}
