import { ExternalHyperlink, TextRun, type ParagraphChild } from "docx";
import type { Run } from "../layout.js";
import { DOCX } from "./docxStyle.js";

/** Extra formatting laid over every run, e.g. the colour of a label. */
export interface RunStyle {
  bold?: boolean;
  color?: string;
  size?: number;
}

function textRuns(run: Run, style: RunStyle, asLink: boolean): TextRun[] {
  return run.text.split("\n").map(
    (line, i) =>
      new TextRun({
        text: line,
        break: i > 0 ? 1 : undefined,
        bold: run.bold || style.bold,
        italics: run.italic,
        underline: run.underline || asLink ? {} : undefined,
        strike: run.strike,
        font: run.code ? DOCX.code : undefined,
        color: asLink ? DOCX.colour.accent : style.color,
        size: style.size,
      }),
  );
}

/** Runs as Word paragraph children: marks kept, line breaks as breaks, links as external hyperlinks. */
export function docxRuns(runs: Run[], style: RunStyle = {}): ParagraphChild[] {
  return runs.flatMap((run): ParagraphChild[] => (run.href ? [new ExternalHyperlink({ link: run.href, children: textRuns(run, style, true) })] : textRuns(run, style, false)));
}
