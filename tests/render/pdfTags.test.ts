import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { getDocument, type PDFDocumentProxy } from "pdfjs-dist/legacy/build/pdf.mjs";
import { describe, expect, it } from "vitest";
import { renderMeetingPdf } from "../../server/render/pdf/renderMeetingPdf.js";
import { BUDGET_TABLE, ITEM_TITLES, LIST_DECISION, jointMeeting, meeting } from "./fixture.js";

const standardFontDataUrl = join(dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json")), "standard_fonts/");

interface StructNode {
  role?: string;
  type?: string;
  id?: string;
  children?: StructNode[];
}

/** Every structure element with text of its own, page by page in reading order: [role, text]. */
async function taggedText(pdf: PDFDocumentProxy): Promise<[string, string][]> {
  const out: [string, string][] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const texts = new Map<string, string>();
    let current: string | null = null;
    for (const item of (await page.getTextContent({ includeMarkedContent: true })).items) {
      if ("type" in item && item.type === "beginMarkedContentProps") current = typeof item.id === "string" ? item.id : null;
      else if ("type" in item && item.type === "endMarkedContent") current = null;
      else if ("str" in item && current) texts.set(current, (texts.get(current) ?? "") + item.str);
    }
    const walk = (node: StructNode): void => {
      const own = (node.children ?? []).filter((c) => c.type === "content" && c.id).map((c) => texts.get(c.id!) ?? "");
      if (node.role && own.length > 0) out.push([node.role, own.join("").replace(/\s+/g, " ").trim()]);
      (node.children ?? []).forEach(walk);
    };
    walk((await page.getStructTree()) as StructNode);
  }
  return out;
}

/** The roles of every structure element on every page. */
async function roles(pdf: PDFDocumentProxy): Promise<Set<string>> {
  const found = new Set<string>();
  const walk = (node: StructNode): void => {
    if (node.role) found.add(node.role);
    (node.children ?? []).forEach(walk);
  };
  for (let n = 1; n <= pdf.numPages; n++) walk((await (await pdf.getPage(n)).getStructTree()) as StructNode);
  return found;
}

describe("the PDF's tags (PDF/UA)", async () => {
  const pdf = await getDocument({ data: (await renderMeetingPdf(meeting)).slice(), isEvalSupported: false, standardFontDataUrl }).promise;
  const tagged = await taggedText(pdf);
  const of = (role: string) => tagged.filter(([r]) => r === role).map(([, text]) => text);

  it("is marked as tagged, in Danish, with its title shown in the window", async () => {
    expect(await pdf.getMarkInfo()).toMatchObject({ Marked: true });
    const info = (await pdf.getMetadata()).info as Record<string, unknown>;
    expect(info.Language).toMatch(/^da\b/);
    expect(info.Title).toBe("Referat: Møde i Chefforum");
    expect(await pdf.getViewerPreferences()).toMatchObject({ DisplayDocTitle: true });
  });

  it("has a structure tree with sections, headings, paragraphs, lists and a table", async () => {
    const found = await roles(pdf);
    for (const role of ["Document", "Sect", "H1", "H2", "H3", "P", "TOC", "TOCI", "L", "LI", "Lbl", "LBody", "Div", "Table", "TR", "TH", "TD"]) expect(found).toContain(role);
  });

  it("reads the heading, the table of contents and the items' headings in order", () => {
    expect(tagged.slice(0, 2)).toEqual([
      ["P", "REFERAT"],
      ["H1", "Møde i Chefforum"],
    ]);
    const headings = ITEM_TITLES.map((title, i) => `Punkt ${i + 1}: ${title}`);
    expect(of("TOCI")).toEqual(headings);
    expect(of("H2")).toEqual(["Indholdsfortegnelse", ...headings]);
    expect(of("H3")).toContain("Sagsfremstilling");
  });

  it("reads a joint meeting's forums, host and mødeleder as paragraphs of the heading, before the table of contents", async () => {
    const joint = await getDocument({ data: (await renderMeetingPdf(jointMeeting)).slice(), isEvalSupported: false, standardFontDataUrl }).promise;
    const heading = await taggedText(joint);
    expect(heading.slice(0, 8)).toEqual([
      ["P", "REFERAT"],
      ["H1", "Møde i Chefforum"],
      ["P", "Fællesmøde: Driftsgruppen Syd og Styregruppen Syd, Sundhedsklynge Syd"],
      ["P", "Mødedato: mandag den 27. november 2023 kl. 14.00"],
      ["P", "Mødested: Mødelokale B, Regionshuset, Aalborg Øst"],
      ["P", "Vært: Aalborg Kommune"],
      ["P", "Mødeleder: Karen Kommune Lund"],
      ["H2", "Indholdsfortegnelse"],
    ]);
    await joint.destroy();
  });

  it("reads the table's header cells and then its cells row by row", () => {
    const [head, ...rows] = BUDGET_TABLE;
    expect(of("TH")).toEqual(head);
    expect(of("TD")).toEqual(rows.flat());
  });

  it("reads a decision's list as list points with their labels", () => {
    const at = tagged.findIndex(([role, text]) => role === "P" && text === `Beslutning: ${LIST_DECISION.lead}`);
    expect(at).toBeGreaterThan(0);
    expect(tagged.slice(at + 1, at + 5)).toEqual(LIST_DECISION.points.flatMap((point) => [["Lbl", "•"], ["P", point]]));
  });

  it("leaves page footers and the table of contents' page numbers out of the structure", () => {
    expect(tagged.some(([, text]) => /Side \d+ af \d+/.test(text))).toBe(false);
    expect(of("TOCI").every((text) => !/\d+$/.test(text))).toBe(true);
  });
});
