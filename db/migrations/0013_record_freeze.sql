CREATE TABLE "frozen_files" (
	"sha256" text PRIMARY KEY NOT NULL,
	"data" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meeting_events" (
	"id" serial PRIMARY KEY NOT NULL,
	"meeting_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"user_id" uuid,
	"reason" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "minute_approvals" (
	"id" serial PRIMARY KEY NOT NULL,
	"meeting_id" uuid NOT NULL,
	"round" integer NOT NULL,
	"user_id" uuid NOT NULL,
	"approved_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "minute_approvals_unique" UNIQUE("meeting_id","round","user_id")
);
--> statement-breakpoint
ALTER TABLE "meetings" ADD COLUMN "minutes_round" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "meeting_versions" ADD COLUMN "title" text;--> statement-breakpoint
ALTER TABLE "meeting_versions" ADD COLUMN "starts_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "meeting_versions" ADD COLUMN "place" text;--> statement-breakpoint
ALTER TABLE "meeting_versions" ADD COLUMN "forum_name" text;--> statement-breakpoint
ALTER TABLE "meeting_versions" ADD COLUMN "cluster_name" text;--> statement-breakpoint
-- Versions frozen before the heading was frozen with them take it from the meeting as it stands now.
UPDATE "meeting_versions" v SET "title" = m."title", "starts_at" = m."starts_at", "place" = m."place", "forum_name" = f."name", "cluster_name" = c."name"
FROM "meetings" m JOIN "forums" f ON f."id" = m."forum_id" JOIN "clusters" c ON c."id" = f."cluster_id" WHERE m."id" = v."meeting_id";--> statement-breakpoint
ALTER TABLE "meeting_versions" ALTER COLUMN "title" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "meeting_versions" ALTER COLUMN "starts_at" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "meeting_versions" ALTER COLUMN "place" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "meeting_versions" ALTER COLUMN "forum_name" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "meeting_versions" ALTER COLUMN "cluster_name" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "meeting_versions" ADD COLUMN "attachments" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "meeting_events" ADD CONSTRAINT "meeting_events_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_events" ADD CONSTRAINT "meeting_events_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "minute_approvals" ADD CONSTRAINT "minute_approvals_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "minute_approvals" ADD CONSTRAINT "minute_approvals_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "meeting_events_meeting_idx" ON "meeting_events" USING btree ("meeting_id");