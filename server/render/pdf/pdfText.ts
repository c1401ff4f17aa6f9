import type { Run } from "../layout.js";
import { PDF, fontFor } from "./pdfStyle.js";
import { toWinAnsi } from "./winAnsi.js";

/** A run with an optional colour of its own, e.g. the coloured label of a decision. */
export type PdfRun = Run & { colour?: string };

/** Where and how a piece of text is set. */
export interface TextBox {
  x: number;
  width: number;
  size?: number;
  colour?: string;
  bold?: boolean;
  /** Inside a tracked block: its band, painted ahead of each piece of text (see Backdrop). */
  backdrop?: { cover(height: number): void };
}

/** Starts a new page unless `height` points still fit above the bottom margin (marked content open now continues there). */
export function ensureSpace(doc: PDFKit.PDFDocument, height: number): void {
  if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.continueOnNewPage();
}

/** Writes runs as one paragraph at the current y, switching font, colour, underline and link per run. */
export function writeRuns(doc: PDFKit.PDFDocument, runs: PdfRun[], box: TextBox): void {
  const pieces = runs.filter((r) => r.text.length > 0);
  pieces.forEach((run, i) => {
    const bold = run.bold || box.bold;
    doc
      .font(fontFor({ ...run, bold }))
      .fontSize(box.size ?? PDF.size.body)
      .fillColor(run.colour ?? (run.href ? PDF.colour.link : (box.colour ?? PDF.colour.ink)));
    const options: PDFKit.Mixins.TextOptions = {
      width: box.width,
      lineGap: PDF.lineGap,
      continued: i < pieces.length - 1,
      underline: Boolean(run.underline || run.href),
      strike: Boolean(run.strike),
      // An explicit null keeps one run's link from spilling into the runs after it.
      link: run.href ?? null,
    };
    if (i === 0) doc.text(toWinAnsi(run.text), box.x, doc.y, options);
    else doc.text(toWinAnsi(run.text), options);
  });
}

/** Writes a plain line of text in one style. */
export function writeText(doc: PDFKit.PDFDocument, text: string, box: TextBox): void {
  writeRuns(doc, [{ text }], box);
}
