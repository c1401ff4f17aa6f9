import { useCallback, useRef, useState } from "react";
import type { ApiState } from "../http/useApi.js";
import { useResource } from "../http/useResource.js";
import { fetchLifecycleMeeting, type LifecycleMeeting } from "./lifecycleApi.js";
import { PANEL_POLL_MS } from "./livePolling.js";

/** A meeting with its lifecycle, and the way panels report the meeting a step returned. */
export interface LifecycleMeetingState {
  state: ApiState<LifecycleMeeting>;
  /** Shows the meeting as a transition answered it. */
  setMeeting(meeting: LifecycleMeeting): void;
}

/**
 * Loads `GET /api/meetings/:id` for the lifecycle panels and keeps it live,
 * so a step someone else takes (the chair starts the meeting, a member
 * approves) shows up without a reload. The meeting a transition returns is
 * shown at once, until an answer asked for after it arrives: a poll already
 * on its way when the step was taken is dropped, so it cannot move the status
 * back. Every panel sharing this state moves on together.
 */
export function useLifecycleMeeting(meetingId: string): LifecycleMeetingState {
  const loaded = useResource((signal) => fetchLifecycleMeeting(meetingId, signal), meetingId, PANEL_POLL_MS);
  // The step's answer, and the loaded state it replaces; a newer loaded state replaces it in turn.
  const [stepped, setStepped] = useState<{ meeting: LifecycleMeeting; over: ApiState<LifecycleMeeting> } | null>(null);
  const current = useRef(loaded.state);
  current.current = loaded.state;
  const { reload } = loaded;

  const setMeeting = useCallback(
    (meeting: LifecycleMeeting) => {
      reload();
      setStepped({ meeting, over: current.current });
    },
    [reload],
  );
  const state: ApiState<LifecycleMeeting> =
    stepped && stepped.meeting.id === meetingId && stepped.over === loaded.state ? { status: "done", data: stepped.meeting } : loaded.state;
  return { state, setMeeting };
}
