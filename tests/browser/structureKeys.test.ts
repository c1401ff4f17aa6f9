import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { plainText, type DocJSON } from "../../shared/blocks/extractBlocks.js";
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

const minutes = build.doc(
  build.agendaItem("Deltagere", build.attendance([{ name: "Karin Holt", organisation: "Aalborg Kommune" }, { name: "Per Lund" }]), build.paragraph("Mødet blev holdt.")),
  build.kindedItem(
    "drøftelse",
    "Modeller til organisering",
    build.paragraph("Indledning."),
    build.section("sagsfremstilling", build.paragraph("Tre modeller."), build.paragraph(), build.paragraph("Model 1 anbefales.")),
    build.section("beslutning", build.paragraph()),
  ),
  build.agendaItem("Eventuelt", build.paragraph()),
);

/** Each item as its title and its blocks: sections by kind with their lines, the participants by name, other blocks by text. */
function skeleton(doc: DocJSON) {
  return (doc.content ?? []).map((item) => ({
    title: plainText(item.content![0]),
    blocks: (item.content ?? []).slice(1).map((block) => {
      if (block.type === "itemSection") return { [String(block.attrs?.section)]: (block.content ?? []).map(plainText) };
      if (block.type === "attendance") return { attendance: (block.content ?? []).map((person) => person.attrs?.name) };
      return plainText(block);
    }),
  }));
}

/** Clicks a title or paragraph by its text and puts the caret at its start or end. */
async function caretIn(page: Page, selector: string, text: string, edge: "Home" | "End") {
  await page.getByTestId("editor").locator(selector, { hasText: text }).first().click();
  await page.keyboard.press(edge);
}

const attendanceSelected = (page: Page) => page.locator(".node-attendance.ProseMirror-selectednode").count();

describe("the document's structure under ordinary keys", () => {
  it("keeps titles, sections and the participants list whole at their edges", async () => {
    const scenario = await createMeetingScenario(server.deps.database.db, minutes);
    const { page, context } = await loggedInPage(browser, server.url, scenario.secretary.email);
    await openMeeting(page, scenario.meetingId);
    const k = page.keyboard;

    // A title: Enter at its start opens a line under it instead of splitting it; Backspace there and Delete at its end do nothing.
    await caretIn(page, ".agenda-title", "Modeller til organisering", "Home");
    await k.press("Enter");
    await k.type("Ny første linje");
    await caretIn(page, ".agenda-title", "Modeller til organisering", "Home");
    await k.press("Backspace");
    await caretIn(page, ".agenda-title", "Modeller til organisering", "End");
    await k.press("Delete");

    // A section: Backspace at its first line steps out without lifting it; Delete at its end leaves the next section alone.
    await caretIn(page, "p", "Tre modeller.", "Home");
    await k.press("Backspace");
    await caretIn(page, "p", "Model 1 anbefales.", "End");
    await k.press("Delete");
    // Enter on the empty line inside Sagsfremstilling adds a line rather than splitting the section in two.
    await caretIn(page, "p", "Tre modeller.", "End");
    await k.press("ArrowDown");
    await k.press("Enter");
    // Beslutning's only line: Backspace steps back over the heading, Enter adds a line rather than lifting it out.
    await caretIn(page, "p", "Model 1 anbefales.", "End");
    await k.press("ArrowDown");
    await k.press("Backspace");
    await k.press("ArrowDown");
    await k.press("Enter");

    // The participants list is selected, never deleted, from either side.
    await caretIn(page, ".agenda-title", "Deltagere", "End");
    await k.press("Delete");
    expect(await attendanceSelected(page)).toBe(1);
    await k.press("Delete");
    await k.press("Backspace");
    await caretIn(page, "p", "Mødet blev holdt.", "Home");
    await k.press("Backspace");
    expect(await attendanceSelected(page)).toBe(1);
    await k.press("Backspace");

    // A selection from a title into the body is neither deleted, typed, pasted over nor cut.
    await caretIn(page, ".agenda-title", "Eventuelt", "Home");
    await k.press("Shift+ArrowDown");
    await k.press("Delete");
    await k.type("x");
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.setData("text/plain", "Indsat tekst");
      document.activeElement!.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
    });
    await k.press("Control+x");

    // Typed last, so once it is stored everything before it is too.
    await caretIn(page, ".agenda-title", "Eventuelt", "End");
    await k.press("ArrowDown");
    await k.type("Slutmarkør");
    const stored = await waitFor(async () => {
      const doc = await storedDocument(server.deps.database.db, scenario.documentId);
      expect(plainText(doc)).toContain("Slutmarkør");
      return doc;
    });
    expect(skeleton(stored)).toEqual([
      { title: "Deltagere", blocks: [{ attendance: ["Karin Holt", "Per Lund"] }, "Mødet blev holdt."] },
      {
        title: "Modeller til organisering",
        blocks: ["Ny første linje", "Indledning.", { sagsfremstilling: ["Tre modeller.", "", "", "Model 1 anbefales."] }, { beslutning: ["", ""] }],
      },
      { title: "Eventuelt", blocks: ["Slutmarkør"] },
    ]);
    await context.close();
  });
});
