import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import mammoth from "mammoth";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

const standardFontDataUrl = join(dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json")), "standard_fonts/");

const folded = (text: string): string => text.replace(/\s+/g, " ").trim();

/** The text of a PDF export, page after page, whitespace folded to single spaces. */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdf = await getDocument({ data: bytes.slice(), isEvalSupported: false, standardFontDataUrl }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const { items } = await (await pdf.getPage(n)).getTextContent();
    pages.push(items.map((item) => ("str" in item ? item.str : "")).join(" "));
  }
  await pdf.destroy();
  return folded(pages.join(" "));
}

/** The text of a Word export, whitespace folded to single spaces. */
export async function docxText(bytes: Uint8Array): Promise<string> {
  return folded((await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value);
}
