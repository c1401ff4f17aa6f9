import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { build } from "../../shared/editor/build.js";
import { launchBrowser, loggedInPage } from "../helpers/browser.js";
import { docEdits } from "../helpers/docEdits.js";
import { createMeetingScenario } from "../helpers/factories.js";
import { login } from "../helpers/session.js";
import { connectClient, synced } from "../helpers/syncClient.js";
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

const ITEMS = 22;
const titles = ["Deltagere", ...Array.from({ length: ITEMS }, (_, i) => `Sag ${i + 2}`)];

/** A long meeting: participants, then 22 items, each with a Sagsfremstilling and a decision in its Beslutning section. */
const longMeeting = build.doc(
  build.agendaItem("Deltagere", build.attendance([{ name: "Karin Holt", organisation: "Aalborg Kommune", role: "medformand" }, { name: "Per Lund" }])),
  ...titles.slice(1).map((title) =>
    build.kindedItem(
      "beslutning",
      title,
      build.section("sagsfremstilling", ...[1, 2, 3].map((n) => build.paragraph(`${title}, afsnit ${n} af sagsfremstillingen.`))),
      build.section("beslutning", build.decision(`Beslutning i ${title}.`)),
    ),
  ),
);

/** Where the action item with this text stands: its item's title, the block before it, and the section around it. */
function placeOf(page: Page, text: string) {
  return page.evaluate((wanted) => {
    const block = [...document.querySelectorAll(".action-item")].find((el) => el.querySelector(".tracked-block__text")?.textContent === wanted);
    const title = block?.closest(".agenda-item")?.querySelector(".agenda-title")?.cloneNode(true) as HTMLElement | undefined;
    title?.querySelectorAll(".collaboration-carets__caret").forEach((caret) => caret.remove());
    // The block's node view wraps it; the block before it is the wrapper's previous sibling.
    let outer: Element | null | undefined = block;
    while (outer && !outer.previousElementSibling) outer = outer.parentElement;
    return {
      item: title?.textContent ?? null,
      after: outer?.previousElementSibling?.textContent ?? null,
      section: block?.closest("[data-section]")?.getAttribute("data-section") ?? null,
    };
  }, text);
}

/** The document's structure as the reader sees it: titles, and the people on the participants list. */
const structure = (page: Page) =>
  page.evaluate(() => ({
    titles: [...document.querySelectorAll(".agenda-title")].map((title) => [...title.childNodes].filter((n) => !(n instanceof Element && n.matches(".collaboration-carets__caret"))).map((n) => n.textContent).join("")),
    attendees: document.querySelectorAll("[data-attendee-id]").length,
  }));

/**
 * Opens the meeting afresh and, as soon as its document shows, clicks into
 * the decision of item `title`, presses End and Enter, inserts an action item
 * by toolbar or shortcut and types into it.
 */
async function insertAfterDecision(page: Page, meetingId: string, title: string, how: "toolbar" | "shortcut", text: string) {
  await page.goto(`/m/${meetingId}`);
  const decision = page.getByTestId("editor").locator(".decision", { hasText: `Beslutning i ${title}.` });
  await decision.click();
  await page.keyboard.press("End");
  await page.keyboard.press("Enter");
  if (how === "toolbar") await page.getByTestId("toolbar-actionItem").click();
  else await page.keyboard.press("Control+Shift+A");
  await page.keyboard.type(text);
  await expect.poll(() => placeOf(page, text)).toEqual({ item: title, after: `Beslutning i ${title}.`, section: "beslutning" });
}

/**
 * Runs the insertion 20 times in a row on one page, alternating toolbar and
 * shortcut and jumping through the items (every item but Sag 10 and Sag 17).
 */
async function twentyInsertions(page: Page, meetingId: string, round: string) {
  for (let i = 0; i < 20; i += 1) {
    const title = titles[1 + ((i * 7) % ITEMS)];
    await insertAfterDecision(page, meetingId, title, i % 2 === 0 ? "toolbar" : "shortcut", `${round} ${i + 1}`);
    expect(await structure(page)).toEqual({ titles, attendees: 2 });
  }
}

describe("blocks go where the caret is", () => {
  it("inserts an action item after the clicked decision in a freshly opened long meeting, 20 times in a row", async () => {
    const scenario = await createMeetingScenario(server.deps.database.db, longMeeting);
    const { page, context } = await loggedInPage(browser, server.url, scenario.secretary.email);
    await twentyInsertions(page, scenario.meetingId, "Aktion");
    await context.close();
  }, 120_000);

  it("does the same while another person types in another item", async () => {
    const scenario = await createMeetingScenario(server.deps.database.db, longMeeting);
    const other = connectClient(server.url, scenario.documentId, await login(server, scenario.chair.email));
    await synced(other);
    // Sag 10, in the middle and never one the insertions go into, gets a character every 30 ms while they run.
    let typing = true;
    let typed = 0;
    const typist = (async () => {
      while (typing) {
        docEdits.appendToItem(other.doc, titles.indexOf("Sag 10"), "x");
        typed += 1;
        await new Promise((resolve) => setTimeout(resolve, 30));
      }
    })();
    const { page, context } = await loggedInPage(browser, server.url, scenario.secretary.email);
    try {
      await twentyInsertions(page, scenario.meetingId, "Samtidig");
    } finally {
      typing = false;
      await typist;
    }
    // The other person's typing reached this page throughout.
    await waitFor(async () => expect(await page.getByTestId("editor").innerText()).toContain("x".repeat(typed)));
    other.destroy();
    await context.close();
  }, 120_000);

  it("inserts nothing from the toolbar before the caret is in the document, and says where to click", async () => {
    const scenario = await createMeetingScenario(server.deps.database.db, longMeeting);
    const { page, context } = await loggedInPage(browser, server.url, scenario.secretary.email);
    await page.goto(`/m/${scenario.meetingId}`);
    await page.locator('[data-testid="connection-status"][data-status="connected"]').waitFor();
    await page.getByTestId("toolbar-decision").click();
    await expect.poll(() => page.getByTestId("toolbar-note").textContent()).toBe("Klik i dokumentet, hvor blokken skal stå, og vælg den så igen.");
    expect(await page.getByTestId("editor").locator(".decision").count()).toBe(ITEMS);
    expect(await structure(page)).toEqual({ titles, attendees: 2 });
    await context.close();
  });
});
