import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`hyperactive_import_runs\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`file\` text,
  	\`dry_run\` integer,
  	\`status\` text DEFAULT 'queued' NOT NULL,
  	\`total\` numeric DEFAULT 0,
  	\`done\` numeric DEFAULT 0,
  	\`written\` numeric DEFAULT 0,
  	\`failed\` numeric DEFAULT 0,
  	\`started_at\` text,
  	\`finished_at\` text,
  	\`requested_by_id\` text(36),
  	\`cancel_requested\` integer,
  	\`summary\` text,
  	\`xml\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`requested_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`hyperactive_import_runs_status_idx\` ON \`hyperactive_import_runs\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`hyperactive_import_runs_requested_by_idx\` ON \`hyperactive_import_runs\` (\`requested_by_id\`);`)
  await db.run(sql`CREATE INDEX \`hyperactive_import_runs_updated_at_idx\` ON \`hyperactive_import_runs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`hyperactive_import_runs_created_at_idx\` ON \`hyperactive_import_runs\` (\`created_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`hyperactive_import_runs\`;`)
}
