import { textOf } from "../inline.js";
import type { Block, Run } from "../layout.js";
import { PDF, fontFor } from "./pdfStyle.js";
import type { TextBox } from "./pdfText.js";
import { artifact } from "./pdfTags.js";
import { toWinAnsi } from "./winAnsi.js";

/**
 * How tall runs come out as one paragraph in `box`, never less than they
 * do: measured in the widest font any of them uses.
 */
export function runsHeight(doc: PDFKit.PDFDocument, runs: Run[], box: TextBox): number {
  const bold = box.bold || runs.some((run) => run.bold);
  const font = runs.some((run) => run.code) ? fontFor({ code: true, bold }) : fontFor({ bold });
  doc.font(font).fontSize(box.size ?? PDF.size.body);
  return doc.heightOfString(toWinAnsi(textOf(runs)) || " ", { width: box.width, lineGap: PDF.lineGap });
}

/** About how tall blocks of a tracked block (paragraphs and lists) come out in `box`, erring on the roomy side. */
export function measureBlocks(doc: PDFKit.PDFDocument, blocks: Block[], box: TextBox): number {
  return blocks.reduce((sum, block) => {
    switch (block.kind) {
      case "paragraph":
        return sum + runsHeight(doc, block.runs, box) + 5;
      case "list": {
        const inner = { ...box, width: box.width - PDF.indent };
        return sum + block.items.reduce((n, item) => n + Math.max(runsHeight(doc, [{ text: "1." }], box), measureBlocks(doc, item, inner)), 0);
      }
      default:
        // Tracked blocks hold paragraphs and lists only; anything else is given a few lines.
        return sum + 3 * PDF.size.body;
    }
  }, 0);
}

const pageIndex = (doc: PDFKit.PDFDocument): number => {
  const range = doc.bufferedPageRange();
  return range.start + range.count - 1;
};

/**
 * The tinted band with a coloured bar behind a tracked block. A PDF paints
 * in order, so the band is painted ahead of the text: before each paragraph
 * or list point the drawing code asks it to {@link cover} the height that
 * piece will take. What runs over onto a new page is painted at its top.
 */
export class Backdrop {
  private page: number;
  private paintedTo: number;
  private carry = 0;
  private painted = false;
  private readonly onPage = () => {
    this.painted = false;
    this.page = pageIndex(this.doc);
    this.paintedTo = this.doc.page.margins.top;
    const carried = this.carry;
    this.carry = 0;
    this.fill(this.paintedTo, carried);
  };

  constructor(
    private readonly doc: PDFKit.PDFDocument,
    private readonly box: TextBox,
    private readonly tone: { fill: string; bar: string },
  ) {
    this.page = pageIndex(doc);
    this.paintedTo = doc.y;
    doc.on("pageAdded", this.onPage);
  }

  /** Paints the band down to `height` points below the current position, where it does not reach yet. */
  cover(height: number): void {
    const page = pageIndex(this.doc);
    // On the same page the band goes on from where it ends (closing any gap); on a new one, from here.
    const top = page === this.page ? this.paintedTo : this.doc.y;
    this.page = page;
    this.fill(top, this.doc.y + height - top);
  }

  /** Stops following page breaks; returns where the band ends on the current page. */
  finish(): number {
    this.doc.off("pageAdded", this.onPage);
    return this.paintedTo;
  }

  private fill(top: number, height: number): void {
    if (height <= 0) return;
    const visible = Math.min(height, this.doc.page.height - this.doc.page.margins.bottom - top);
    this.paintedTo = top + Math.max(visible, 0);
    this.carry = height - Math.max(visible, 0);
    if (visible <= 0) return;
    const { x, width } = this.box;
    // A piece that continues the band overlaps it a little, so no hairline shows at the seam.
    const from = this.painted ? top - 0.5 : top;
    this.painted = true;
    const h = top + visible - from;
    // Ground and bar side by side, each overlapping only its own colour.
    artifact(this.doc, () => this.doc.save().rect(x + 3, from, width - 3, h).fill(this.tone.fill).rect(x, from, 3, h).fill(this.tone.bar).restore(), "Layout");
  }
}
