/**
 * Rendering of meetings for the public site and for export: a safe HTML
 * fragment and whole public pages, an A4 PDF and a Word document, all from
 * the same walk over the meeting document.
 */
export type { CarryOverEntry, RenderableMeeting } from "./meetingModel.js";
export { formatDanishDate, formatDanishDateTime } from "./danishDate.js";
export { renderMeetingHtml } from "./html/meetingHtml.js";
export { publicPage, type Breadcrumb, type PublicPageInput } from "./html/publicPage.js";
export { HOUSE_CSS } from "./html/houseStyle.js";
export { publicAttachmentsHtml, publicForumsHtml, publicMinutesHtml, type PublicLink, type PublishedMinutes } from "./html/publicIndex.js";
export { renderMeetingPdf } from "./pdf/renderMeetingPdf.js";
export { renderMeetingDocx } from "./docx/renderMeetingDocx.js";
