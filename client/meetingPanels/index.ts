/**
 * Panels the meeting page mounts around the document. Each is self-contained;
 * the lifecycle ones share one `useLifecycleMeeting` state so a step taken
 * in one moves the others on.
 */
export { LifecyclePanel } from "./LifecyclePanel.js";
export { CommentsPanel } from "./CommentsPanel.js";
export { VersionsPanel } from "./VersionsPanel.js";
export { CarryOverList } from "./CarryOverList.js";
export { MeetingEscalations } from "./MeetingEscalations.js";
export { DeadlineList } from "./DeadlineList.js";
export { useLifecycleMeeting, type LifecycleMeetingState } from "./useLifecycleMeeting.js";
export { useMinutesItems } from "./useMinutesItems.js";
export type { LifecycleMeeting } from "./lifecycleApi.js";
export type { AgendaItemRef } from "./commentsApi.js";
