CREATE TYPE "public"."sector" AS ENUM('kommune', 'region', 'almen_praksis', 'andet');--> statement-breakpoint
ALTER TYPE "public"."forum_kind" ADD VALUE 'klyngestyregruppe' BEFORE 'driftsforum';--> statement-breakpoint
ALTER TYPE "public"."forum_kind" ADD VALUE 'driftsgruppe' BEFORE 'arbejdsgruppe';--> statement-breakpoint
ALTER TYPE "public"."forum_kind" ADD VALUE 'regionalt_udvalg' BEFORE 'andet';--> statement-breakpoint
CREATE TABLE "regions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"extra_days_off" jsonb DEFAULT '{"grundlovsdag":true,"juleaftensdag":true,"nytaarsaftensdag":true}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "regions_name_unique" UNIQUE("name")
);
--> statement-breakpoint
CREATE TABLE "forum_reports" (
	"forum_id" uuid NOT NULL,
	"reports_to_forum_id" uuid NOT NULL,
	CONSTRAINT "forum_reports_forum_id_reports_to_forum_id_pk" PRIMARY KEY("forum_id","reports_to_forum_id")
);
--> statement-breakpoint
CREATE TABLE "region_admins" (
	"region_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	CONSTRAINT "region_admins_region_id_user_id_pk" PRIMARY KEY("region_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "access_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"user_id" uuid,
	"action" text NOT NULL,
	"subject" text NOT NULL,
	"subject_id" text,
	"meeting_id" uuid,
	"forum_id" uuid,
	"detail" text,
	"ip" text
);
--> statement-breakpoint
ALTER TABLE "organisations" DROP CONSTRAINT "organisations_name_unique";--> statement-breakpoint
ALTER TABLE "clusters" DROP CONSTRAINT "clusters_name_unique";--> statement-breakpoint
ALTER TABLE "forums" DROP CONSTRAINT "forums_reports_to_forum_id_forums_id_fk";
--> statement-breakpoint
ALTER TABLE "forums" ALTER COLUMN "cluster_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "region_id" uuid;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "sector" "sector";--> statement-breakpoint
ALTER TABLE "clusters" ADD COLUMN "region_id" uuid;--> statement-breakpoint
ALTER TABLE "forums" ADD COLUMN "region_id" uuid;--> statement-breakpoint
-- Everything that exists so far was built in Region Nordjylland.
INSERT INTO "regions" ("name") SELECT 'Region Nordjylland' WHERE EXISTS (SELECT 1 FROM "clusters") OR EXISTS (SELECT 1 FROM "organisations");--> statement-breakpoint
UPDATE "clusters" SET "region_id" = (SELECT "id" FROM "regions" WHERE "name" = 'Region Nordjylland');--> statement-breakpoint
UPDATE "organisations" SET "region_id" = (SELECT "id" FROM "regions" WHERE "name" = 'Region Nordjylland');--> statement-breakpoint
UPDATE "forums" SET "region_id" = (SELECT "id" FROM "regions" WHERE "name" = 'Region Nordjylland');--> statement-breakpoint
INSERT INTO "forum_reports" ("forum_id", "reports_to_forum_id") SELECT "id", "reports_to_forum_id" FROM "forums" WHERE "reports_to_forum_id" IS NOT NULL;--> statement-breakpoint
-- A region-wide body no longer belongs to the cluster it had to be created in; its reporting edges keep the link.
UPDATE "forums" SET "cluster_id" = NULL WHERE "region_wide";--> statement-breakpoint
ALTER TABLE "organisations" ALTER COLUMN "region_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "clusters" ALTER COLUMN "region_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "forums" ALTER COLUMN "region_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "forums" ADD COLUMN "evaluation_due" date;--> statement-breakpoint
ALTER TABLE "forums" ADD COLUMN "deadlines_firm" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "memberships" ADD COLUMN "sector" "sector";--> statement-breakpoint
ALTER TABLE "meetings" ADD COLUMN "host_organisation_id" uuid;--> statement-breakpoint
ALTER TABLE "meetings" ADD COLUMN "leader_user_id" uuid;--> statement-breakpoint
ALTER TABLE "meetings" ADD COLUMN "joint_forum_id" uuid;--> statement-breakpoint
ALTER TABLE "escalations" ADD COLUMN "target_kind" text DEFAULT 'none' NOT NULL;--> statement-breakpoint
ALTER TABLE "escalations" ADD COLUMN "target_external" text;--> statement-breakpoint
UPDATE "escalations" SET "target_kind" = 'forum' WHERE "target_forum_id" IS NOT NULL;--> statement-breakpoint
ALTER TABLE "forum_reports" ADD CONSTRAINT "forum_reports_forum_id_forums_id_fk" FOREIGN KEY ("forum_id") REFERENCES "public"."forums"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forum_reports" ADD CONSTRAINT "forum_reports_reports_to_forum_id_forums_id_fk" FOREIGN KEY ("reports_to_forum_id") REFERENCES "public"."forums"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "region_admins" ADD CONSTRAINT "region_admins_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "region_admins" ADD CONSTRAINT "region_admins_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "forum_reports_parent_idx" ON "forum_reports" USING btree ("reports_to_forum_id");--> statement-breakpoint
CREATE INDEX "access_log_at_idx" ON "access_log" USING btree ("at");--> statement-breakpoint
CREATE INDEX "access_log_meeting_idx" ON "access_log" USING btree ("meeting_id","at");--> statement-breakpoint
CREATE INDEX "access_log_user_idx" ON "access_log" USING btree ("user_id","at");--> statement-breakpoint
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clusters" ADD CONSTRAINT "clusters_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forums" ADD CONSTRAINT "forums_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_host_organisation_id_organisations_id_fk" FOREIGN KEY ("host_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_leader_user_id_users_id_fk" FOREIGN KEY ("leader_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_joint_forum_id_forums_id_fk" FOREIGN KEY ("joint_forum_id") REFERENCES "public"."forums"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "meetings_joint_forum_idx" ON "meetings" USING btree ("joint_forum_id");--> statement-breakpoint
ALTER TABLE "forums" DROP COLUMN "reports_to_forum_id";--> statement-breakpoint
ALTER TABLE "forums" DROP COLUMN "region_wide";--> statement-breakpoint
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_region_name_unique" UNIQUE("region_id","name");--> statement-breakpoint
ALTER TABLE "clusters" ADD CONSTRAINT "clusters_region_name_unique" UNIQUE("region_id","name");