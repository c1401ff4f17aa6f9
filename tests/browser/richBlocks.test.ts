import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { and, eq, isNull } from "drizzle-orm";
import mammoth from "mammoth";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { decisions } from "../../db/schema/index.js";
import { DocumentStore } from "../../server/sync/documentStore.js";
import { extractBlocks } from "../../shared/blocks/extractBlocks.js";
import type { DocJSON } from "../../shared/blocks/types.js";
import { build } from "../../shared/editor/build.js";
import { yDocToJson } from "../../shared/editor/ydoc.js";
import { launchBrowser, loggedInPage, openMeeting } from "../helpers/browser.js";
import { docEdits } from "../helpers/docEdits.js";
import { createMeetingScenario, holdMeeting } from "../helpers/factories.js";
import { sendAndApprove, step } from "../helpers/minutesScenario.js";
import { loginAll } from "../helpers/session.js";
import { storedDocument } from "../helpers/storedDocument.js";
import { startTestServer, type TestServer } from "../helpers/testServer.js";
import { waitFor } from "../helpers/waitFor.js";

const standardFontDataUrl = join(dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json")), "standard_fonts/");

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const LEAD = "Mødeplanen godkendes med to ændringer:";
const POINTS = ["Første møde flyttes", "Andet møde aflyses"];
const TABLE = [
  ["Måned", "Forum", "Sted"],
  ["Januar", "Chefforum", "Aalborg"],
  ["Februar", "Direktørforum", "Hjørring"],
];

/** What holds the caret: the item section kind and the closest block element's tag. */
const caret = (page: Page) =>
  page.evaluate(() => {
    const node = document.getSelection()?.anchorNode;
    const el = node?.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element | null);
    return { section: el?.closest("[data-section]")?.getAttribute("data-section") ?? null, cell: el?.closest("th, td")?.tagName ?? null, decision: !!el?.closest(".decision") };
  });

const focusedTestId = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute("data-testid") ?? null);

/** The text of a PDF, page after page, in the order pdf.js reads it. */
async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdf = await getDocument({ data: bytes, isEvalSupported: false, standardFontDataUrl }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ("str" in item ? item.str : "")).join(" "));
  }
  await pdf.destroy();
  return pages.join(" ").replace(/\s+/g, " ");
}

const section = (doc: DocJSON, kind: string) => doc.content?.[0]?.content?.find((node) => node.type === "itemSection" && node.attrs?.section === kind);

/** The document as stored, as a Yjs doc. */
async function storedYDoc(documentId: string): Promise<Y.Doc> {
  const doc = new Y.Doc();
  for (const update of (await new DocumentStore(server.deps.database.db).load(documentId)).updates) Y.applyUpdate(doc, update);
  return doc;
}

/** Puts a copy of a document into the browser's IndexedDB the way y-indexeddb keeps one, marked as synced before. */
function keepLocalCopy(page: Page, documentId: string, state: Uint8Array): Promise<void> {
  return page.evaluate(
    ({ name, update }) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onupgradeneeded = () => {
          request.result.createObjectStore("updates", { autoIncrement: true });
          request.result.createObjectStore("custom");
        };
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction(["updates", "custom"], "readwrite");
          tx.objectStore("updates").add(new Uint8Array(update));
          tx.objectStore("custom").put(Date.now(), "syncedWithServerAt");
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { name: `moedebord-document-${documentId}`, update: [...state] },
  );
}

describe("a browser's copy of a document from before decisions held paragraphs", () => {
  it("is held back until the server's rewritten state is in, so its decisions survive", async () => {
    const { db } = server.deps.database;
    const scenario = await createMeetingScenario(db);
    const old = await storedYDoc(scenario.documentId);
    const updates: Uint8Array[] = [];
    old.on("update", (update: Uint8Array) => updates.push(update));
    const id = docEdits.addLegacyBlock(old, 0, "decision", "Dagsordenen blev godkendt.");
    await new DocumentStore(db).append(scenario.documentId, updates);

    const { page, context } = await loggedInPage(browser, server.url, scenario.secretary.email);
    await keepLocalCopy(page, scenario.documentId, Y.encodeStateAsUpdate(old));
    await openMeeting(page, scenario.meetingId);
    await expect.poll(() => page.getByTestId("editor").locator(".decision").allInnerTexts()).toEqual(["Dagsordenen blev godkendt."]);
    await waitFor(async () => {
      const [row] = await db.select().from(decisions).where(eq(decisions.id, id));
      expect(row).toMatchObject({ text: "Dagsordenen blev godkendt.", removedAt: null });
    });
    // A round trip after the copy was merged: the decision is still in the stored document.
    await page.getByTestId("editor").locator("p").first().click();
    await page.keyboard.type("Ny tekst. ");
    await waitFor(async () => expect(docEdits.text(await storedYDoc(scenario.documentId))).toContain("Ny tekst."));
    expect(extractBlocks(yDocToJson(await storedYDoc(scenario.documentId))).decisions.map((d) => d.text)).toEqual(["Dagsordenen blev godkendt."]);
    await context.close();
  });
});

describe("a decision with a list and a table", () => {
  it("round-trips through extraction, the public page, the PDF and the Word file", async () => {
    const { db } = server.deps.database;
    const scenario = await createMeetingScenario(
      db,
      build.doc(build.kindedItem("beslutning", "Mødeplan 2031", build.section("sagsfremstilling", build.paragraph("Sekretariatet har lavet et udkast.")), build.section("beslutning")), build.agendaItem("Eventuelt", build.paragraph())),
    );
    await holdMeeting(db, scenario.meetingId);
    const { page, context } = await loggedInPage(browser, server.url, scenario.secretary.email);
    await openMeeting(page, scenario.meetingId);
    const k = page.keyboard;

    // A decision from the slash menu in Beslutning, with a bulleted list typed as Markdown.
    await page.locator('[data-section="beslutning"] p').first().click();
    await expect.poll(() => caret(page)).toMatchObject({ section: "beslutning" });
    await k.type("/besl");
    await k.press("Enter");
    await k.type(LEAD);
    await k.press("Enter");
    await k.type(`- ${POINTS[0]}`);
    await k.press("Enter");
    await k.type(POINTS[1]);
    // Enter on an empty point ends the list; Enter on the empty last line leaves the decision.
    await k.press("Enter");
    await k.press("Enter");
    await expect.poll(() => caret(page)).toMatchObject({ section: "beslutning", decision: true });
    await k.press("Enter");
    await expect.poll(() => caret(page)).toMatchObject({ section: "beslutning", decision: false });

    // A table from the slash menu, filled with Tab; Tab in the last cell adds a row, removed again from the table's buttons by keyboard.
    await k.type("/tabel");
    await k.press("Enter");
    await expect.poll(() => caret(page)).toMatchObject({ cell: "TH" });
    for (const [r, row] of TABLE.entries()) {
      for (const [c, cell] of row.entries()) {
        await k.type(cell);
        if (r < TABLE.length - 1 || c < row.length - 1) await k.press("Tab");
      }
    }
    await k.press("Tab");
    await expect.poll(() => page.getByTestId("editor").locator("table tr").count()).toBe(4);
    await k.press("Alt+F10");
    expect(await focusedTestId(page)).toBe("table-rowAbove");
    await k.press("ArrowRight");
    await k.press("ArrowRight");
    expect(await focusedTestId(page)).toBe("table-deleteRow");
    await k.press("Enter");
    await expect.poll(() => page.getByTestId("editor").locator("table tr").count()).toBe(3);
    // The editor takes focus back in the next frame (Tiptap's focus command).
    await expect.poll(() => focusedTestId(page)).toBe("editor");

    // Extraction: the decision's row has the list as lines and the list in its structured form.
    const [row] = await waitFor(
      async () => {
        const rows = await db.select().from(decisions).where(and(eq(decisions.documentId, scenario.documentId), isNull(decisions.removedAt)));
        expect(rows).toHaveLength(1);
        expect(rows[0].text).toBe([LEAD, ...POINTS.map((p) => `- ${p}`)].join("\n"));
        return rows;
      },
      { timeout: 15_000 },
    );
    // The decisions panel shows the full text line by line.
    await expect.poll(() => page.getByTestId("decision-item").locator(".decision-card__text").innerText(), { timeout: 10_000 }).toBe(row.text);
    expect(row.content.map((node) => node.type)).toEqual(["paragraph", "bulletList"]);
    expect(row.content[1].content?.map((item) => item.content?.[0]?.content?.[0]?.text)).toEqual(POINTS);
    await waitFor(async () => {
      const beslutning = section(await storedDocument(db, scenario.documentId), "beslutning");
      const table = beslutning?.content?.find((node) => node.type === "table");
      expect(table?.content?.map((r) => r.content?.map((cell) => cell.content?.[0]?.content?.[0]?.text ?? ""))).toEqual(TABLE);
    });
    await context.close();

    // Approved and published through the lifecycle.
    const cookies = await loginAll(server, scenario);
    await sendAndApprove(server, scenario.meetingId, cookies);
    expect((await step(server, scenario.meetingId, cookies.chair, "offentliggjort")).status).toBe(200);

    const html = await (await server.request(`/offentlig/referat/${scenario.meetingId}`)).text();
    expect(html).toContain(`<strong class="tracked__label">Beslutning:</strong> ${LEAD}</p><ul>${POINTS.map((p) => `<li><p>${p}</p></li>`).join("")}</ul>`);
    const [head, ...rows] = TABLE;
    expect(html).toContain(
      `<table><thead><tr>${head.map((c) => `<th scope="col"><p>${c}</p></th>`).join("")}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((c) => `<td><p>${c}</p></td>`).join("")}</tr>`).join("")}</tbody></table>`,
    );

    const pdf = await server.request(`/offentlig/referat/${scenario.meetingId}/pdf`);
    expect(pdf.status).toBe(200);
    const text = await pdfText(new Uint8Array(await pdf.arrayBuffer()));
    expect(text).toContain(`Beslutning: ${LEAD} • ${POINTS[0]} • ${POINTS[1]}`);
    expect(text).toContain(TABLE.flat().join(" "));

    const docx = await server.request(`/offentlig/referat/${scenario.meetingId}/docx`);
    expect(docx.status).toBe(200);
    const word = (await mammoth.convertToHtml({ buffer: Buffer.from(await docx.arrayBuffer()) })).value;
    expect(word).toContain(`${LEAD}</p><ul>${POINTS.map((p) => `<li>${p}</li>`).join("")}</ul>`);
    expect(word).toContain(
      `<table><thead><tr>${head.map((c) => `<th><p>${c}</p></th>`).join("")}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((c) => `<td><p>${c}</p></td>`).join("")}</tr>`).join("")}</tbody></table>`,
    );
  });
});
