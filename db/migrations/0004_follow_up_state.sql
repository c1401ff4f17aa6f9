CREATE TABLE "action_item_events" (
	"id" serial PRIMARY KEY NOT NULL,
	"document_id" uuid NOT NULL,
	"block_id" text NOT NULL,
	"status" text NOT NULL,
	"comment" text,
	"changed_by" uuid,
	"source" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "action_items" ADD COLUMN "status" text DEFAULT 'åben' NOT NULL;--> statement-breakpoint
ALTER TABLE "action_items" ADD COLUMN "status_changed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "action_items" ADD COLUMN "status_changed_by" uuid;--> statement-breakpoint
ALTER TABLE "agenda_items" ADD COLUMN "origin_document_id" uuid;--> statement-breakpoint
ALTER TABLE "agenda_items" ADD COLUMN "origin_block_id" text;--> statement-breakpoint
ALTER TABLE "escalations" ADD COLUMN "state" text DEFAULT 'ny' NOT NULL;--> statement-breakpoint
ALTER TABLE "escalations" ADD COLUMN "state_reason" text;--> statement-breakpoint
ALTER TABLE "escalations" ADD COLUMN "target_meeting_id" uuid;--> statement-breakpoint
ALTER TABLE "escalations" ADD COLUMN "target_agenda_item_id" text;--> statement-breakpoint
ALTER TABLE "escalations" ADD COLUMN "forwarded_to_forum_id" uuid;--> statement-breakpoint
ALTER TABLE "escalations" ADD COLUMN "handled_by" uuid;--> statement-breakpoint
ALTER TABLE "escalations" ADD COLUMN "handled_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "action_item_events" ADD CONSTRAINT "action_item_events_changed_by_users_id_fk" FOREIGN KEY ("changed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "action_item_events_block_idx" ON "action_item_events" USING btree ("document_id","block_id");