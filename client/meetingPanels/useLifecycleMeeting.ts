import { useState } from "react";
import { useApi, type ApiState } from "../http/useApi.js";
import { fetchLifecycleMeeting, type LifecycleMeeting } from "./lifecycleApi.js";

/** A meeting with its lifecycle, and the way panels report the meeting a step returned. */
export interface LifecycleMeetingState {
  state: ApiState<LifecycleMeeting>;
  /** Shows the meeting as a transition answered it. */
  setMeeting(meeting: LifecycleMeeting): void;
}

/**
 * Loads `GET /api/meetings/:id` for the lifecycle panels. The meeting a
 * transition returns replaces the loaded one, so every panel sharing this
 * state moves on together.
 */
export function useLifecycleMeeting(meetingId: string): LifecycleMeetingState {
  const loaded = useApi((signal) => fetchLifecycleMeeting(meetingId, signal), meetingId);
  const [latest, setLatest] = useState<LifecycleMeeting | null>(null);
  const state: ApiState<LifecycleMeeting> = latest?.id === meetingId ? { status: "done", data: latest } : loaded;
  return { state, setMeeting: setLatest };
}
