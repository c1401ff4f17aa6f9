-- A frozen record (approved, published or cancelled) takes no update from any node. The freezing step holds
-- this document's lock exclusively while it reads the stored document and changes the status; every insert
-- holds it shared, so an insert either commits before the read (and is in the frozen version) or waits for
-- the step and is refused. SQLSTATE MB001 tells the server it was refused, not that the database failed.
CREATE FUNCTION refuse_frozen_document_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock_shared(hashtext('frozen:' || NEW.document_id::text));
  IF EXISTS (
    SELECT 1 FROM documents d JOIN meetings m ON m.id = d.meeting_id
    WHERE d.id = NEW.document_id AND m.status IN ('godkendt', 'offentliggjort', 'aflyst')
  ) THEN
    RAISE EXCEPTION 'document % is frozen', NEW.document_id USING ERRCODE = 'MB001';
  END IF;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE TRIGGER document_updates_refuse_frozen BEFORE INSERT ON document_updates FOR EACH ROW EXECUTE FUNCTION refuse_frozen_document_update();
