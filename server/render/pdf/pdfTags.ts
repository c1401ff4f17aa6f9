/**
 * The tagged-PDF structure the renderer builds as it draws: every piece of
 * text is marked content of a structure element (H1, P, LI, TD…) in reading
 * order, and every rule, box and page footer is an artifact that assistive
 * technology skips.
 */

/** Where drawn content goes: the structure element it belongs to and the heading level a heading here gets. */
export interface PdfPlace {
  parent: PDFKit.PDFStructureElement;
  level: number;
}

/** The structure type of a heading at `level` (H1-H6). */
export const headingTag = (level: number): string => `H${Math.min(Math.max(Math.round(level), 1), 6)}`;

/**
 * Draws leaf content (`draw` writes text) as a new structure element of
 * `type` under `parent`. Marked content does not nest, so `draw` must not tag
 * anything itself; page breaks inside it are followed by pdfkit.
 */
export function tagged(doc: PDFKit.PDFDocument, parent: PDFKit.PDFStructureElement, type: string, draw: () => void): void {
  const element = doc.struct(type);
  parent.add(element);
  element.add(draw);
  element.end();
}

/** A container element (Sect, L, LI, Div…) under `parent`, for children drawn into it; call end() after them. */
export function group(doc: PDFKit.PDFDocument, parent: PDFKit.PDFStructureElement, type: string): PDFKit.PDFStructureElement {
  const element = doc.struct(type);
  parent.add(element);
  return element;
}

/** Draws decoration or page furniture as an artifact, outside the structure. */
export function artifact(doc: PDFKit.PDFDocument, draw: () => void, type?: "Pagination" | "Layout"): void {
  doc.markContent("Artifact", type ? { type } : undefined);
  draw();
  doc.endMarkedContent();
}
