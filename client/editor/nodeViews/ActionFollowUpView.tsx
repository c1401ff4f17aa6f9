import { NodeViewWrapper } from "@tiptap/react";
import { CarryOverList } from "../../meetingPanels/CarryOverList.js";
import { useMeetingEditorContext } from "../MeetingEditorContext.js";

/** Where the Opfølgning item stands in the document: the forum's open action items, live from the server. */
export function ActionFollowUpView() {
  const { meetingId } = useMeetingEditorContext();
  return (
    <NodeViewWrapper className="action-follow-up" contentEditable={false} data-drag-handle="">
      <CarryOverList meetingId={meetingId} />
    </NodeViewWrapper>
  );
}
