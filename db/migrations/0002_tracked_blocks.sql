CREATE TABLE "action_items" (
	"document_id" uuid NOT NULL,
	"id" text NOT NULL,
	"meeting_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"removed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"agenda_item_id" text,
	"text" text NOT NULL,
	"owner_kind" text,
	"owner_id" text,
	"owner_name" text,
	"due_kind" text,
	"due_date" date,
	"due_condition" text,
	CONSTRAINT "action_items_document_id_id_pk" PRIMARY KEY("document_id","id")
);
--> statement-breakpoint
CREATE TABLE "attendees" (
	"document_id" uuid NOT NULL,
	"id" text NOT NULL,
	"meeting_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"removed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"user_id" text,
	"name" text NOT NULL,
	"organisation" text,
	"role" text NOT NULL,
	"present" boolean NOT NULL,
	CONSTRAINT "attendees_document_id_id_pk" PRIMARY KEY("document_id","id")
);
--> statement-breakpoint
CREATE TABLE "escalations" (
	"document_id" uuid NOT NULL,
	"id" text NOT NULL,
	"meeting_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"removed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"agenda_item_id" text,
	"text" text NOT NULL,
	"target_forum_id" text,
	"target_forum_name" text,
	"direction" text,
	CONSTRAINT "escalations_document_id_id_pk" PRIMARY KEY("document_id","id")
);
--> statement-breakpoint
ALTER TABLE "agenda_items" ADD COLUMN "kind" text;--> statement-breakpoint
ALTER TABLE "action_items" ADD CONSTRAINT "action_items_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_items" ADD CONSTRAINT "action_items_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendees" ADD CONSTRAINT "attendees_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendees" ADD CONSTRAINT "attendees_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "escalations" ADD CONSTRAINT "escalations_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "escalations" ADD CONSTRAINT "escalations_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "action_items_meeting_idx" ON "action_items" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "attendees_meeting_idx" ON "attendees" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "escalations_meeting_idx" ON "escalations" USING btree ("meeting_id");