import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "posts" ADD COLUMN "admin_note" jsonb;
  ALTER TABLE "sessions" ADD COLUMN "admin_note" jsonb;
  ALTER TABLE "organizations" ADD COLUMN "admin_note" jsonb;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "posts" DROP COLUMN "admin_note";
  ALTER TABLE "sessions" DROP COLUMN "admin_note";
  ALTER TABLE "organizations" DROP COLUMN "admin_note";`)
}
