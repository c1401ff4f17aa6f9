import type { AnyExtension, Extensions } from "@tiptap/core";
import { ReactNodeViewRenderer } from "@tiptap/react";
import { ActionFollowUp } from "../../../shared/editor/actionFollowUp.js";
import { ActionItem } from "../../../shared/editor/actionItem.js";
import { AgendaItem } from "../../../shared/editor/agendaItem.js";
import { Attendance } from "../../../shared/editor/attendance.js";
import { Escalation } from "../../../shared/editor/escalation.js";
import { ItemSection } from "../../../shared/editor/itemSection.js";
import { ActionFollowUpView } from "./ActionFollowUpView.js";
import { ActionItemView } from "./ActionItemView.js";
import { AgendaItemView } from "./AgendaItemView.js";
import { AttendanceNodeView } from "./attendanceNodeView.js";
import { EscalationView } from "./EscalationView.js";
import { ItemSectionView } from "./ItemSectionView.js";

// Only editing behaviour changes here (node views, dragging, the participants
// list moved past as a whole); no node or attribute is added, so the schema
// the server reads stays the shared one.
const withViews: Record<string, AnyExtension> = {
  agendaItem: AgendaItem.extend({ draggable: true, addNodeView: () => ReactNodeViewRenderer(AgendaItemView) }),
  itemSection: ItemSection.extend({ addNodeView: () => ReactNodeViewRenderer(ItemSectionView) }),
  actionItem: ActionItem.extend({ addNodeView: () => ReactNodeViewRenderer(ActionItemView) }),
  escalation: Escalation.extend({ addNodeView: () => ReactNodeViewRenderer(EscalationView) }),
  actionFollowUp: ActionFollowUp.extend({ addNodeView: () => ReactNodeViewRenderer(ActionFollowUpView) }),
  attendance: Attendance.extend({
    atom: true,
    addNodeView:
      () =>
      ({ node, editor, getPos }) =>
        new AttendanceNodeView(node, editor, getPos),
  }),
};

/** The shared document extensions with the editor's React node views in place of plain rendering. */
export function withNodeViews(extensions: Extensions): Extensions {
  return extensions.map((extension) => withViews[extension.name] ?? extension);
}
