import type { Context } from "hono";
import { contentDisposition } from "./contentDisposition.js";
import type { RenderableMeeting } from "../render/index.js";

/** The export formats. */
export type ExportFormat = "pdf" | "docx";

const CONTENT_TYPES: Record<ExportFormat, string> = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
};

/** A file name like "Referat Chefforum 2024-03-15.pdf". */
function fileName(m: RenderableMeeting, format: ExportFormat): string {
  const word = m.kind === "referat" ? "Referat" : "Dagsorden";
  return `${word} ${m.forumName} ${m.startsAt.toISOString().slice(0, 10)}.${format}`;
}

/** Answers with the meeting rendered as a PDF or Word download. */
export async function sendExport(c: Context, m: RenderableMeeting, format: ExportFormat): Promise<Response> {
  // Loaded on the first export, not at start: the PDF and Word libraries are large.
  const bytes = format === "pdf" ? await (await import("../render/pdf/renderMeetingPdf.js")).renderMeetingPdf(m) : await (await import("../render/docx/renderMeetingDocx.js")).renderMeetingDocx(m);
  return c.body(bytes as Uint8Array<ArrayBuffer>, 200, {
    "content-type": CONTENT_TYPES[format],
    "content-disposition": contentDisposition(fileName(m, format)),
    "cache-control": "private, no-store",
  });
}
