import { BorderStyle, Document, Footer, HeadingLevel, Packer, PageNumber, Paragraph, TabStopType, TableOfContents, TextRun } from "docx";
import { TOC_TITLE, type MeetingHeader } from "../layout.js";
import type { RenderableMeeting } from "../meetingModel.js";
import { walkMeeting } from "../walkMeeting.js";
import { docxBlocks, headingOf, type DocxPlace } from "./docxBlocks.js";
import { CONTENT_WIDTH, DOCX, DOCX_NUMBERING, DOCX_STYLES } from "./docxStyle.js";

function headerParagraphs(header: MeetingHeader): Paragraph[] {
  const fact = (label: string, value: string) =>
    new Paragraph({ spacing: { after: 40 }, children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)] });
  return [
    new Paragraph({ children: [new TextRun({ text: header.kindWord.toUpperCase(), bold: true, color: DOCX.colour.accent, size: DOCX.size.kicker, characterSpacing: 30 })] }),
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(header.title)] }),
    new Paragraph({ spacing: { after: 200 }, children: [new TextRun({ text: header.forumLine, color: DOCX.colour.muted, size: 24 })] }),
    ...header.facts.map(({ label, value }) => fact(label, value)),
    new Paragraph({ border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: DOCX.colour.accent, space: 4 } }, spacing: { after: 240 } }),
  ];
}

function footer(text: string): Footer {
  const style = { size: DOCX.size.small, color: DOCX.colour.muted };
  return new Footer({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: CONTENT_WIDTH }],
        children: [new TextRun({ text, ...style }), new TextRun({ children: ["\tSide ", PageNumber.CURRENT, " af ", PageNumber.TOTAL_PAGES], ...style })],
      }),
    ],
  });
}

/**
 * The agenda or minutes as a Word document in the house style. Items are
 * Heading 1 ("Punkt N: title") and sections Heading 2, so Word's navigation
 * and its table of contents work; the TOC field is written with the items
 * already filled in, so it reads right before Word updates it with page numbers.
 */
export async function renderMeetingDocx(m: RenderableMeeting): Promise<Uint8Array> {
  const layout = walkMeeting(m);
  const lists = { n: 0 };
  const top: DocxPlace = { level: 1, depth: 0, indent: 0, lists };
  const body = layout.body.flatMap((part) =>
    part.kind === "item" ? [headingOf(1, part.heading), ...docxBlocks(part.blocks, { ...top, level: 2 })] : docxBlocks([part], top),
  );
  const toc =
    layout.items.length > 0
      ? [
          new Paragraph({ spacing: { after: 120 }, children: [new TextRun({ text: TOC_TITLE, bold: true, size: 28 })] }),
          new TableOfContents(TOC_TITLE, { hyperlink: true, headingStyleRange: "1-1" }),
          new Paragraph({ spacing: { after: 240 } }),
        ]
      : [];
  const doc = new Document({
    creator: m.clusterName,
    title: `${layout.header.kindWord}: ${m.title}`,
    description: layout.header.forumLine,
    features: { updateFields: true },
    styles: DOCX_STYLES,
    numbering: DOCX_NUMBERING,
    sections: [
      {
        properties: { page: { size: { width: DOCX.page.width, height: DOCX.page.height }, margin: { top: DOCX.page.margin, bottom: DOCX.page.margin, left: DOCX.page.margin, right: DOCX.page.margin } } },
        footers: { default: footer(layout.footer) },
        children: [...headerParagraphs(layout.header), ...toc, ...body],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
