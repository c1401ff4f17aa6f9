CREATE TABLE "meeting_versions" (
	"id" serial PRIMARY KEY NOT NULL,
	"meeting_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"version" integer NOT NULL,
	"doc" jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meeting_versions_unique" UNIQUE("meeting_id","kind","version")
);
--> statement-breakpoint
CREATE TABLE "minute_comments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"version_id" integer,
	"agenda_item_id" text,
	"body" text NOT NULL,
	"author_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"resolved_at" timestamp with time zone,
	"resolved_by" uuid,
	"resolution" text
);
--> statement-breakpoint
ALTER TABLE "clusters" ADD COLUMN "extra_days_off" jsonb DEFAULT '{"grundlovsdag":true,"juleaftensdag":true,"nytaarsaftensdag":true}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "forums" ADD COLUMN "rules" jsonb DEFAULT '{"meetingsPerYear":4,"agendaLead":{"value":14,"unit":"days"},"minutesDue":{"value":7,"unit":"days"},"commentPeriod":{"value":7,"unit":"days"},"approval":"comment_period"}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "forums" ADD COLUMN "region_wide" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "meetings" ADD COLUMN "status" text DEFAULT 'planlagt' NOT NULL;--> statement-breakpoint
ALTER TABLE "meetings" ADD COLUMN "agenda_sent_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "meetings" ADD COLUMN "minutes_sent_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "meetings" ADD COLUMN "comment_period_ends_on" date;--> statement-breakpoint
ALTER TABLE "meetings" ADD COLUMN "approved_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "meetings" ADD COLUMN "published_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "meeting_versions" ADD CONSTRAINT "meeting_versions_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_versions" ADD CONSTRAINT "meeting_versions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "minute_comments" ADD CONSTRAINT "minute_comments_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "minute_comments" ADD CONSTRAINT "minute_comments_version_id_meeting_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."meeting_versions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "minute_comments" ADD CONSTRAINT "minute_comments_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "minute_comments" ADD CONSTRAINT "minute_comments_resolved_by_users_id_fk" FOREIGN KEY ("resolved_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "minute_comments_meeting_idx" ON "minute_comments" USING btree ("meeting_id");