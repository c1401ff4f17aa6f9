import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { build } from "../../shared/editor/build.js";
import { yDocToJson } from "../../shared/editor/ydoc.js";
import { launchBrowser, loggedInPage, openMeeting } from "../helpers/browser.js";
import { createMeetingScenario } from "../helpers/factories.js";
import { storedDocument } from "../helpers/storedDocument.js";
import { startTestServer, type TestServer } from "../helpers/testServer.js";

let server: TestServer;
let browser: Browser;
let scenario: Awaited<ReturnType<typeof createMeetingScenario>>;

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
  scenario = await createMeetingScenario(
    server.deps.database.db,
    build.doc(build.agendaItem("Godkendelse af dagsorden", build.paragraph("Indstilling.")), build.agendaItem("Eventuelt", build.paragraph("Intet."))),
  );
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Puts the caret at the end of the first or last paragraph of the document and types. */
async function typeInParagraph(page: Page, which: "first" | "last", text: string): Promise<void> {
  const paragraphs = page.getByTestId("editor").locator("p");
  await (which === "first" ? paragraphs.first() : paragraphs.last()).click();
  await page.keyboard.press("End");
  await page.keyboard.type(text);
}

/** The document's text as the editor shows it, without the other people's caret labels. */
function documentText(page: Page): Promise<string> {
  return page.getByTestId("editor").evaluate((editor) => {
    const copy = editor.cloneNode(true) as HTMLElement;
    copy.querySelectorAll(".collaboration-carets__caret").forEach((caret) => caret.remove());
    return copy.textContent ?? "";
  });
}

/** The document as this browser's IndexedDB holds it, read with Yjs here. */
async function localCopy(page: Page, documentId: string): Promise<string> {
  const updates = await page.evaluate(
    (name) =>
      new Promise<number[][]>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const read = open.result.transaction("updates").objectStore("updates").getAll();
          read.onsuccess = () => resolve((read.result as Uint8Array[]).map((update) => [...update]));
          read.onerror = () => reject(read.error);
        };
      }),
    `moedebord-document-${documentId}`,
  );
  const doc = new Y.Doc();
  updates.forEach((update) => Y.applyUpdate(doc, Uint8Array.from(update)));
  return JSON.stringify(yDocToJson(doc));
}

/** Waits until the service worker controls the page and holds what reloading this meeting offline needs. */
async function waitUntilOfflineReady(page: Page, meetingId: string): Promise<void> {
  const paths = ["/", "/api/me", `/api/meetings/${meetingId}`];
  await expect
    .poll(() => page.evaluate(async (urls) => navigator.serviceWorker.controller !== null && (await Promise.all(urls.map((url) => caches.match(url)))).every(Boolean), paths))
    .toBe(true);
}

const status = (page: Page) => page.getByTestId("connection-status");

describe("offline editing", () => {
  it("keeps editing without a network, across a reload, and merges when the network returns", async () => {
    const chair = await loggedInPage(browser, server.url, scenario.chair.email);
    const secretary = await loggedInPage(browser, server.url, scenario.secretary.email);
    await Promise.all([openMeeting(chair.page, scenario.meetingId), openMeeting(secretary.page, scenario.meetingId)]);
    await waitUntilOfflineReady(secretary.page, scenario.meetingId);

    await secretary.context.setOffline(true);
    await expect.poll(() => status(secretary.page).getAttribute("data-status")).toBe("disconnected");
    expect(await status(secretary.page).innerText()).toBe("Offline – ændringer gemmes lokalt");
    await typeInParagraph(secretary.page, "first", " Skrevet offline.");
    await expect.poll(() => localCopy(secretary.page, scenario.documentId)).toContain("Skrevet offline.");

    await secretary.page.reload();
    const editor = secretary.page.getByTestId("editor");
    await expect.poll(() => editor.getAttribute("contenteditable")).toBe("true");
    expect(new URL(secretary.page.url()).pathname).toBe(`/m/${scenario.meetingId}`);
    expect(await secretary.page.getByTestId("current-user").innerText()).toBe(scenario.secretary.name);
    expect(await documentText(secretary.page)).toContain("Indstilling. Skrevet offline.");
    await expect.poll(() => status(secretary.page).getAttribute("data-status")).toBe("disconnected");
    await typeInParagraph(secretary.page, "first", " Og efter genindlæsning.");

    await typeInParagraph(chair.page, "last", " Formanden skriver online.");
    await expect.poll(async () => JSON.stringify(await storedDocument(server.deps.database.db, scenario.documentId))).toContain("Formanden skriver online.");
    // The server has the chair's later edit but none of the secretary's: they really were offline.
    const whileOffline = JSON.stringify(await storedDocument(server.deps.database.db, scenario.documentId));
    expect(whileOffline).not.toContain("Skrevet offline.");
    expect(whileOffline).not.toContain("Og efter genindlæsning.");
    expect(await documentText(secretary.page)).not.toContain("Formanden skriver online.");

    await secretary.context.setOffline(false);
    await expect.poll(() => status(secretary.page).getAttribute("data-status"), { timeout: 15_000 }).toBe("connected");
    // "Gemt" is said only once the server has stored what was typed here.
    await expect.poll(() => status(secretary.page).innerText(), { timeout: 10_000 }).toBe("Gemt");
    expect(JSON.stringify(await storedDocument(server.deps.database.db, scenario.documentId))).toContain("Og efter genindlæsning.");
    const edits = ["Indstilling. Skrevet offline. Og efter genindlæsning.", "Intet. Formanden skriver online."];
    for (const page of [chair.page, secretary.page]) {
      await expect.poll(() => documentText(page), { timeout: 10_000 }).toEqual(expect.stringContaining(edits[0]));
      expect(await documentText(page)).toContain(edits[1]);
    }
    expect(await documentText(chair.page)).toBe(await documentText(secretary.page));
    await expect
      .poll(async () => JSON.stringify(await storedDocument(server.deps.database.db, scenario.documentId)), { timeout: 10_000 })
      .toEqual(expect.stringContaining("Skrevet offline. Og efter genindlæsning."));
    expect(JSON.stringify(await storedDocument(server.deps.database.db, scenario.documentId))).toContain("Formanden skriver online.");
    await chair.context.close();
    await secretary.context.close();
  });
});
