import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { build } from "../../shared/editor/build.js";
import { launchBrowser, loggedInPage, openMeeting } from "../helpers/browser.js";
import { createMeetingScenario } from "../helpers/factories.js";
import { startTestServer, type TestServer } from "../helpers/testServer.js";

let server: TestServer;
let browser: Browser;
let scenario: Awaited<ReturnType<typeof createMeetingScenario>>;

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
  scenario = await createMeetingScenario(server.deps.database.db, build.doc(build.agendaItem("Udskrivningsforløb", build.paragraph("Sagen drøftes."))));
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("the CPR guard in the editor", () => {
  it("marks a CPR number as it is typed, names the item, and clears when it is removed", async () => {
    const { page, context } = await loggedInPage(browser, server.url, scenario.secretary.email);
    await openMeeting(page, scenario.meetingId);
    await expect.poll(() => page.getByTestId("cpr-warning").count()).toBe(0);
    await page.getByTestId("editor").locator("p").last().click();
    await page.keyboard.press("End");
    await page.keyboard.type(" Borgeren 010203-1234 nævnt.");
    await expect.poll(() => page.locator(".cpr-match").allInnerTexts()).toEqual(["010203-1234"]);
    await expect.poll(() => page.getByTestId("cpr-warning").innerText()).toContain("punkt 1 (Udskrivningsforløb)");
    // A phone number is not a CPR number.
    await page.keyboard.type(" Tlf. 98765432.");
    await expect.poll(() => page.locator(".cpr-match").count()).toBe(1);

    for (let i = 0; i < " Tlf. 98765432.".length + " 010203-1234 nævnt.".length; i++) await page.keyboard.press("Backspace");
    await expect.poll(() => page.getByTestId("cpr-warning").count()).toBe(0);
    await context.close();
  });
});
