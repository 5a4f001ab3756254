import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_organizations_sign_on_language" AS ENUM('en', 'es');
  ALTER TABLE "organizations" ADD COLUMN "awaiting_confirmation" boolean DEFAULT false;
  ALTER TABLE "organizations" ADD COLUMN "sign_on_language" "enum_organizations_sign_on_language";
  ALTER TABLE "organizations" ADD COLUMN "sign_on_token_hash" varchar;
  CREATE INDEX "organizations_awaiting_confirmation_idx" ON "organizations" USING btree ("awaiting_confirmation");
  CREATE INDEX "organizations_sign_on_token_hash_idx" ON "organizations" USING btree ("sign_on_token_hash");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "organizations_awaiting_confirmation_idx";
  DROP INDEX "organizations_sign_on_token_hash_idx";
  ALTER TABLE "organizations" DROP COLUMN "awaiting_confirmation";
  ALTER TABLE "organizations" DROP COLUMN "sign_on_language";
  ALTER TABLE "organizations" DROP COLUMN "sign_on_token_hash";
  DROP TYPE "public"."enum_organizations_sign_on_language";`)
}
