/** A file type that may be attached to an agenda item (Bilag). */
export interface AttachmentType {
  extension: string;
  contentType: string;
  /** Leading bytes every genuine file of this type starts with. */
  magic: number[];
}

const zip = [0x50, 0x4b, 0x03, 0x04];

/** The types the forums attach: office documents, PDF and images. SVG is left out: it can carry script. */
export const ATTACHMENT_TYPES: AttachmentType[] = [
  { extension: "pdf", contentType: "application/pdf", magic: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { extension: "docx", contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", magic: zip },
  { extension: "xlsx", contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", magic: zip },
  { extension: "pptx", contentType: "application/vnd.openxmlformats-officedocument.presentationml.presentation", magic: zip },
  { extension: "png", contentType: "image/png", magic: [0x89, 0x50, 0x4e, 0x47] },
  { extension: "jpg", contentType: "image/jpeg", magic: [0xff, 0xd8, 0xff] },
  { extension: "jpeg", contentType: "image/jpeg", magic: [0xff, 0xd8, 0xff] },
  { extension: "gif", contentType: "image/gif", magic: [0x47, 0x49, 0x46, 0x38] },
  { extension: "webp", contentType: "image/webp", magic: [0x52, 0x49, 0x46, 0x46] },
];

/** The value for an `<input type="file" accept>` attribute. */
export const ATTACHMENT_ACCEPT = ATTACHMENT_TYPES.map((t) => `.${t.extension}`).join(",");

/** The extension of a file name, lower-cased, without the dot. */
export function fileExtension(filename: string): string {
  const dot = filename.lastIndexOf(".");
  return dot < 0 ? "" : filename.slice(dot + 1).toLowerCase();
}

/**
 * The attachment type of a file judged by its name and its first bytes, or
 * null when either is not allowed: a renamed executable is refused.
 */
export function detectAttachmentType(filename: string, head: Uint8Array): AttachmentType | null {
  const type = ATTACHMENT_TYPES.find((t) => t.extension === fileExtension(filename));
  if (!type) return null;
  return type.magic.every((byte, i) => head[i] === byte) ? type : null;
}
