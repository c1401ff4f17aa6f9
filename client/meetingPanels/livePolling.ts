/**
 * How often the meeting's side panels (status and approvals, escalations)
 * ask the server again while the page is open, so what others did shows up
 * without a reload: quick enough to follow a meeting, slow enough for a
 * forum's worth of open pages.
 */
export const PANEL_POLL_MS = 3000;
