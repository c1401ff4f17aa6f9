import { eq } from "drizzle-orm";
import type { Page } from "playwright-core";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { meetings } from "../../db/schema/index.js";
import { launchBrowser, loggedInPage, openMeeting } from "../helpers/browser.js";
import { createMeetingScenario, createTestMeeting } from "../helpers/factories.js";
import { startTestServer, type TestServer } from "../helpers/testServer.js";

let server: TestServer;
let browser: Browser;
let scenario: Awaited<ReturnType<typeof createMeetingScenario>>;
const nextWeek = () => new Date(Date.now() + 7 * 24 * 60 * 60 * 1000);

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
  scenario = await createMeetingScenario(server.deps.database.db, undefined, { startsAt: nextWeek() });
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const focused = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute("name") ?? document.activeElement?.textContent);

describe("cancelling and deleting a meeting on its page", () => {
  it("cancels with a reason through a dialog a keyboard user can open, leave and confirm", async () => {
    const { meetingId } = await createTestMeeting(server.deps.database.db, scenario.forum.id, undefined, { startsAt: nextWeek() });
    const { context, page } = await loggedInPage(browser, server.url, scenario.chair.email);
    await openMeeting(page, meetingId);
    const open = page.getByRole("button", { name: "Aflys mødet" });
    // The chair may cancel but not delete.
    expect(await page.getByRole("button", { name: "Slet mødet" }).count()).toBe(0);

    await open.focus();
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog", { name: "Aflys mødet" });
    await dialog.waitFor();
    await expect.poll(() => focused(page)).toBe("reason");
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "hidden" });
    await expect.poll(() => focused(page)).toBe("Aflys mødet");

    await page.keyboard.press("Enter");
    await expect.poll(() => focused(page)).toBe("reason");
    // Without a reason the dialog stays: the field is required.
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    expect(await dialog.isVisible()).toBe(true);
    await dialog.getByLabel("Begrundelse").fill("Sygdom i formandskabet.");
    await dialog.getByRole("button", { name: "Aflys mødet" }).click();

    await expect.poll(() => page.getByTestId("meeting-status").innerText()).toBe("Aflyst");
    expect(await page.getByTestId("deadlines").innerText()).toBe("Aflyst: Sygdom i formandskabet.");
    expect(await dialog.isVisible()).toBe(false);
    expect(await page.getByRole("button", { name: "Aflys mødet" }).count()).toBe(0);
    await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toBe("lifecycle__status");
    const [stored] = await server.deps.database.db.select().from(meetings).where(eq(meetings.id, meetingId));
    expect(stored).toMatchObject({ status: "aflyst", cancelReason: "Sygdom i formandskabet." });

    await openMeeting(page, meetingId);
    expect(await page.getByText("Du kan læse med, men ikke redigere").count()).toBe(1);
    await context.close();
  });

  it("deletes a meeting whose agenda was never sent, starting the dialog on the harmless choice", async () => {
    const { meetingId } = await createTestMeeting(server.deps.database.db, scenario.forum.id, undefined, { startsAt: nextWeek() });
    const { context, page } = await loggedInPage(browser, server.url, scenario.secretary.email);
    await openMeeting(page, meetingId);
    await page.getByRole("button", { name: "Slet mødet" }).click();
    const dialog = page.getByRole("dialog", { name: "Slet mødet" });
    await dialog.waitFor();
    await expect.poll(() => focused(page)).toBe("Fortryd");
    await dialog.getByRole("button", { name: "Slet mødet" }).click();

    await page.waitForURL((url) => url.pathname === "/");
    expect(await server.deps.database.db.select().from(meetings).where(eq(meetings.id, meetingId))).toEqual([]);
    await page.getByTestId("meeting-list").waitFor();
    expect(await page.locator(`a[href="/m/${meetingId}"]`).count()).toBe(0);
    await context.close();
  });
});
