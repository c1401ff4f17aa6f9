ALTER TABLE "document_updates" ADD COLUMN "journal_ref" text;--> statement-breakpoint
ALTER TABLE "document_updates" ADD CONSTRAINT "document_updates_journal_ref_unique" UNIQUE("journal_ref");