ALTER TABLE "meeting_versions" ADD COLUMN "host_name" text;--> statement-breakpoint
ALTER TABLE "meeting_versions" ADD COLUMN "leader_name" text;--> statement-breakpoint
ALTER TABLE "meeting_versions" ADD COLUMN "joint_forum_name" text;