import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { describe, expect, it } from "vitest";
import { renderMeetingPdf } from "../../server/render/pdf/renderMeetingPdf.js";
import { ABSENT_PERSON, BUDGET_TABLE, DECISION_TEXT, ITEM_TITLES, LIST_DECISION, flat, jointMeeting, meeting, positionsInOrder } from "./fixture.js";

const standardFontDataUrl = join(dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json")), "standard_fonts/");

const open = (bytes: Uint8Array) => getDocument({ data: bytes.slice(), isEvalSupported: false, standardFontDataUrl }).promise;

/** The text of each page line by line, top to bottom and left to right, as a reader sees it laid out. */
async function pdfPages(bytes: Uint8Array): Promise<string[]> {
  const pdf = await open(bytes);
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const lines = new Map<number, { x: number; str: string }[]>();
    for (const item of (await (await pdf.getPage(n)).getTextContent()).items) {
      if (!("str" in item) || !item.str) continue;
      const y = Math.round(item.transform[5]);
      lines.set(y, [...(lines.get(y) ?? []), { x: item.transform[4], str: item.str }]);
    }
    const ordered = [...lines.entries()].sort(([a], [b]) => b - a);
    pages.push(ordered.map(([, parts]) => parts.sort((a, b) => a.x - b.x).map((p) => p.str).join(" ")).join("\n"));
  }
  await pdf.destroy();
  return pages;
}

describe("renderMeetingPdf", async () => {
  const bytes = await renderMeetingPdf(meeting);
  const pages = await pdfPages(bytes);
  const text = flat(pages.join("\n"));

  it("is an A4 PDF with the heading, Danish date and place", async () => {
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe("%PDF-");
    const pdf = await open(bytes);
    const [, , width, height] = (await pdf.getPage(1)).view;
    expect([Math.round(width), Math.round(height)]).toEqual([595, 842]);
    await pdf.destroy();
    expect(text).toContain("REFERAT Møde i Chefforum Chefforum, Sundhedsklynge Midt");
    expect(text).toContain("Mødedato: mandag den 27. november 2023 kl. 14.00");
    expect(text).toContain("Mødested: Mødelokale B, Regionshuset, Aalborg Øst");
    expect(text).not.toMatch(/Vært|Mødeleder|Fællesmøde/);
  });

  it("heads a joint meeting with both forums, then the host and the mødeleder after the place", async () => {
    const joint = flat((await pdfPages(await renderMeetingPdf(jointMeeting))).join("\n"));
    expect(joint).toContain(
      "REFERAT Møde i Chefforum Fællesmøde: Driftsgruppen Syd og Styregruppen Syd, Sundhedsklynge Syd Mødedato: mandag den 27. november 2023 kl. 14.00 " +
        "Mødested: Mødelokale B, Regionshuset, Aalborg Øst Vært: Aalborg Kommune Mødeleder: Karen Kommune Lund Indholdsfortegnelse",
    );
  });

  it("has a table of contents with page numbers, then every item in order", () => {
    const headings = ITEM_TITLES.map((title, i) => `Punkt ${i + 1}: ${title}`);
    const tocStart = text.indexOf("Indholdsfortegnelse");
    expect(tocStart).toBeGreaterThan(0);
    const toc = text.slice(tocStart, text.indexOf("Punkt 1: Deltagere Deltagere"));
    expect(toc).toMatch(/^Indholdsfortegnelse (Punkt \d: [^\d]+ \d+ ){6}$/);
    expect(positionsInOrder(toc, headings)).not.toContain(-1);
    expect(positionsInOrder(text.slice(tocStart + toc.length), headings)).not.toContain(-1);
    const lastItemPage = pages.findIndex((page) => flat(page).includes(`${headings[5]} Intet til referat.`)) + 1;
    expect(toc).toContain(`${headings[5]} ${lastItemPage}`);
  });

  it("keeps the Danish letters, the decision, the action item and the escalation", () => {
    expect(text).toContain("æ");
    expect(text).toContain("Ø");
    expect(text).toContain(`Beslutning: ${DECISION_TEXT}`);
    expect(text).toContain("Ansvarlig: Sekretariatet, Frist: næste møde");
    expect(text).toContain("Sendes videre til Strategisk Sundhedsforum (op)");
    expect(text).toContain("Budgetoverblik 2024.xlsx");
  });

  it("labels decisions, action items and escalations in an agenda as proposals", async () => {
    const agenda = flat((await pdfPages(await renderMeetingPdf({ ...meeting, kind: "dagsorden" }))).join("\n"));
    expect(agenda).toContain("DAGSORDEN Møde i Chefforum");
    expect(agenda).toContain(`Forslag til beslutning: ${DECISION_TEXT}`);
    expect(agenda).toContain("Forslag til aktionspunkt: Kommissorierne tilrettes");
    expect(agenda).toContain("Foreslås sendt videre til Strategisk Sundhedsforum (op)");
    expect(agenda).not.toContain(`Beslutning: Midlerne`);
  });

  it("prints a decision's list points after its label and first paragraph", () => {
    expect(text).toContain(`Beslutning: ${LIST_DECISION.lead} ${LIST_DECISION.points.map((point) => `• ${point}`).join(" ")}`);
  });

  it("prints a table row by row, each row's cells left to right", () => {
    for (const row of BUDGET_TABLE) expect(text).toContain(row.join(" "));
    expect(positionsInOrder(text, BUDGET_TABLE.map((row) => row.join(" ")))).not.toContain(-1);
  });

  it("lists the participants with the absent under Afbud", () => {
    expect(positionsInOrder(text, ["Deltagere", "Mette Brøndum, Region Nordjylland (medformand)", "Afbud", ABSENT_PERSON, "Sekretariat", "Anders Krøyer"])).not.toContain(-1);
  });

  it("puts forum, date and 'Side X af Y' in every page's footer", () => {
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((page, i) => expect(flat(page)).toContain(`Chefforum · 27. november 2023 Side ${i + 1} af ${pages.length}`));
  });

  it("prints characters Helvetica lacks as '?', not as garbage", async () => {
    const odd = { ...meeting, title: "Møde ≈ 🙂 i Chefforum", doc: { type: "doc", content: [meeting.doc.content![5]] } };
    expect(flat((await pdfPages(await renderMeetingPdf(odd))).join(" "))).toContain("Møde ? ? i Chefforum");
  });
});
