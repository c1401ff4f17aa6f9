import { useCallback, useEffect, useMemo, useState } from "react";
import type * as Y from "yjs";
import { deleteAttachment, fetchAttachments, uploadAttachment, type Attachment } from "../meetingData.js";
import { MeetingKeys, setMeetingValue, useMeetingValue } from "../live/meetingMap.js";

/** A meeting's attachments and what editors can do with them. */
export interface Attachments {
  /** Null until the first answer. */
  list: Attachment[] | null;
  /** True when the latest refresh failed (the list shown may be stale). */
  failing: boolean;
  /** Uploads a file to an agenda item; rejects with the server's ApiError. */
  upload(file: File, agendaItemId: string): Promise<void>;
  /** Removes an attachment; rejects with the server's ApiError. */
  remove(id: string): Promise<void>;
}

/**
 * The attachments of a meeting. Whoever changes them bumps a value in the
 * shared meeting map, so every open page refetches at once without polling.
 */
export function useAttachments(meetingId: string, ydoc: Y.Doc): Attachments {
  const [list, setList] = useState<Attachment[] | null>(null);
  const [failing, setFailing] = useState(false);
  const changedAt = useMeetingValue<number>(ydoc, MeetingKeys.attachmentsChangedAt);

  useEffect(() => {
    const controller = new AbortController();
    fetchAttachments(meetingId, controller.signal).then(
      (attachments) => {
        setList(attachments);
        setFailing(false);
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        console.warn("Could not load attachments", error);
        setFailing(true);
      },
    );
    return () => controller.abort();
  }, [meetingId, changedAt]);

  const changed = useCallback(() => setMeetingValue(ydoc, MeetingKeys.attachmentsChangedAt, Date.now()), [ydoc]);

  const upload = useCallback(
    async (file: File, agendaItemId: string) => {
      const attachment = await uploadAttachment(meetingId, file, agendaItemId);
      setList((previous) => [...(previous ?? []), attachment]);
      changed();
    },
    [meetingId, changed],
  );

  const remove = useCallback(
    async (id: string) => {
      await deleteAttachment(id);
      setList((previous) => previous?.filter((a) => a.id !== id) ?? null);
      changed();
    },
    [changed],
  );

  return useMemo(() => ({ list, failing, upload, remove }), [list, failing, upload, remove]);
}
