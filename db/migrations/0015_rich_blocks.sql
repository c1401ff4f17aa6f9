ALTER TABLE "action_items" ADD COLUMN "content" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "decisions" ADD COLUMN "content" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "escalations" ADD COLUMN "content" jsonb DEFAULT '[]'::jsonb NOT NULL;