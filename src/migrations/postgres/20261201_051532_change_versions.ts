import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "change_versions" (
  	"name" varchar PRIMARY KEY NOT NULL,
  	"version" integer DEFAULT 0 NOT NULL
  );
  `)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  // The server's triggers (src/cache/changeVersions.ts) write to the table: without it every
  // write would fail.
  await db.execute(sql`
   DO $$ DECLARE t record; BEGIN
     FOR t IN SELECT tg.tgname, c.relname FROM pg_trigger tg JOIN pg_class c ON c.oid = tg.tgrelid
       WHERE left(tg.tgname, 3) = 'cv_' AND c.relnamespace = current_schema()::regnamespace
     LOOP EXECUTE format('DROP TRIGGER %I ON %I', t.tgname, t.relname); END LOOP;
   END $$;
   DROP FUNCTION IF EXISTS change_versions_bump();
   DROP TABLE "change_versions" CASCADE;`)
}
