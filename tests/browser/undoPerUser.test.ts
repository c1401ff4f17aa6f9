import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { plainText } from "../../shared/blocks/extractBlocks.js";
import { build } from "../../shared/editor/build.js";
import { launchBrowser, loggedInPage, openMeeting } from "../helpers/browser.js";
import { createMeetingScenario } from "../helpers/factories.js";
import { storedDocument } from "../helpers/storedDocument.js";
import { startTestServer, type TestServer } from "../helpers/testServer.js";
import { waitFor } from "../helpers/waitFor.js";

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Puts the caret at the end of the paragraph with this text and types. */
async function typeAfter(page: Page, paragraph: string, text: string) {
  await page.getByTestId("editor").locator("p", { hasText: paragraph }).click();
  await page.keyboard.press("End");
  await page.keyboard.type(text);
}

/** The document's text without the other person's caret label, which sits inside the text. */
const editorText = (page: Page) =>
  page.getByTestId("editor").evaluate((editor) => {
    const copy = editor.cloneNode(true) as HTMLElement;
    copy.querySelectorAll(".collaboration-carets__caret").forEach((caret) => caret.remove());
    return copy.textContent ?? "";
  });

describe("undo", () => {
  it("takes back only the user's own typing, across another person's edits, and redoes it", async () => {
    const scenario = await createMeetingScenario(
      server.deps.database.db,
      build.doc(build.agendaItem("Godkendelse af dagsorden", build.paragraph("Indstilling.")), build.agendaItem("Økonomi", build.paragraph("Budgettet blev drøftet."))),
    );
    const a = await loggedInPage(browser, server.url, scenario.secretary.email);
    const b = await loggedInPage(browser, server.url, scenario.chair.email);
    await Promise.all([openMeeting(a.page, scenario.meetingId), openMeeting(b.page, scenario.meetingId)]);

    await typeAfter(a.page, "Indstilling.", " Sekretæren skrev dette.");
    await expect.poll(() => editorText(b.page)).toContain("Sekretæren skrev dette.");
    await typeAfter(b.page, "Budgettet blev drøftet.", " Formanden skrev dette.");
    await expect.poll(() => editorText(a.page)).toContain("Formanden skrev dette.");

    // The secretary's caret is still in the document; Ctrl+Z undoes their typing and nothing of the chair's.
    await a.page.keyboard.press("Control+z");
    for (const page of [a.page, b.page]) {
      await expect.poll(() => editorText(page)).not.toContain("Sekretæren skrev dette.");
      expect(await editorText(page)).toContain("Budgettet blev drøftet. Formanden skrev dette.");
    }
    await waitFor(async () => expect(plainText(await storedDocument(server.deps.database.db, scenario.documentId))).toBe("Godkendelse af dagsorden\nIndstilling.\nØkonomi\nBudgettet blev drøftet. Formanden skrev dette."));

    // Ctrl+Shift+Z brings it back; the chair's own undo would not touch it.
    await a.page.keyboard.press("Control+Shift+Z");
    await expect.poll(() => editorText(b.page)).toContain("Indstilling. Sekretæren skrev dette.");
    await b.page.keyboard.press("Control+z");
    await expect.poll(() => editorText(a.page)).not.toContain("Formanden skrev dette.");
    expect(await editorText(a.page)).toContain("Indstilling. Sekretæren skrev dette.");
    await a.context.close();
    await b.context.close();
  });
});
