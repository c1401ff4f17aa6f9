/**
 * Rendering of meetings for the public site and for export: a safe HTML
 * fragment and whole public pages, an A4 PDF and a Word document, all from
 * the same walk over the meeting document. The PDF and Word renderers are
 * imported from their own modules, on first use: their libraries weigh
 * megabytes a server that never exports should not hold.
 */
export type { CarryOverEntry, RenderableMeeting } from "./meetingModel.js";
export { formatDanishDate, formatDanishDateTime } from "./danishDate.js";
export { renderMeetingHtml } from "./html/meetingHtml.js";
export { publicPage, type Breadcrumb, type PublicPageInput } from "./html/publicPage.js";
export { HOUSE_CSS } from "./html/houseStyle.js";
export { publicAttachmentsHtml, publicForumsHtml, publicMinutesHtml, type PublicLink, type PublishedMinutes } from "./html/publicIndex.js";
