import { useMemo } from "react";
import type { Meeting } from "../../http/types.js";
import { useUser } from "../../auth/SessionContext.js";
import { useCollaboration } from "../../editor/useCollaboration.js";
import { userColor } from "../../../shared/editor/userColor.js";
import { LiveWorkspace } from "./LiveWorkspace.js";

/** The live part of a meeting page: the shared document, its contents, who is in it, and its decisions. */
export function MeetingWorkspace({ meeting }: { meeting: Meeting }) {
  const user = useUser();
  const { collaboration, connection, loaded, unstored } = useCollaboration(meeting.documentId);
  const caretUser = useMemo(() => ({ name: user.name, color: userColor(user.id) }), [user.name, user.id]);

  return (
    <div className="workspace">
      {collaboration && <LiveWorkspace meeting={meeting} collaboration={collaboration} connection={connection} unstored={unstored} loaded={loaded} user={caretUser} />}
    </div>
  );
}
