import { AlignmentType, LevelFormat, type IStylesOptions, type INumberingOptions } from "docx";

/** Page and colours of the Word house style (twips; colours as in the PDF and public pages). */
export const DOCX = {
  page: { width: 11906, height: 16838, margin: 1134 },
  colour: { ink: "1F2933", muted: "52606D", accent: "2F5D62", line: "D9DEE3", headerFill: "EEF1F3" },
  tone: {
    decision: { bar: "3B7A57", fill: "EEF6F0" },
    action: { bar: "A86B12", fill: "FDF5E6" },
    escalation: { bar: "2B5F99", fill: "EDF3FB" },
  },
  font: "Calibri",
  code: "Consolas",
  /** Half-points. */
  size: { body: 21, small: 18, kicker: 20 },
  /** The numbering reference of ordered lists. */
  orderedList: "moedebord-ordered",
} as const;

/** Width between the margins, for right-aligned tab stops. */
export const CONTENT_WIDTH = DOCX.page.width - 2 * DOCX.page.margin;

/** Built-in styles tuned to the house style; Heading 1 is an agenda item, so Word's own TOC lists the items. */
export const DOCX_STYLES: IStylesOptions = {
  default: {
    document: { run: { font: DOCX.font, size: DOCX.size.body, color: DOCX.colour.ink }, paragraph: { spacing: { after: 100, line: 276 } } },
    title: { run: { font: DOCX.font, size: 40, bold: true, color: DOCX.colour.ink }, paragraph: { spacing: { after: 60 } } },
    heading1: { run: { font: DOCX.font, size: 28, bold: true, color: DOCX.colour.accent }, paragraph: { spacing: { before: 360, after: 120 }, keepNext: true } },
    heading2: { run: { font: DOCX.font, size: 22, bold: true, color: DOCX.colour.muted }, paragraph: { spacing: { before: 200, after: 60 }, keepNext: true } },
    heading3: { run: { font: DOCX.font, size: 22, bold: true, color: DOCX.colour.ink }, paragraph: { spacing: { before: 160, after: 60 }, keepNext: true } },
    heading4: { run: { font: DOCX.font, size: 21, bold: true, color: DOCX.colour.ink }, paragraph: { spacing: { before: 120, after: 40 }, keepNext: true } },
  },
};

/** Decimal numbering for ordered lists, four levels deep. */
export const DOCX_NUMBERING: INumberingOptions = {
  config: [
    {
      reference: DOCX.orderedList,
      levels: [0, 1, 2, 3].map((level) => ({
        level,
        format: LevelFormat.DECIMAL,
        text: `%${level + 1}.`,
        alignment: AlignmentType.START,
        style: { paragraph: { indent: { left: 567 * (level + 1), hanging: 340 } } },
      })),
    },
  ],
};
