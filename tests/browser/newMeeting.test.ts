import { eq } from "drizzle-orm";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { meetings } from "../../db/schema/index.js";
import { copenhagenTime } from "../../shared/rules/copenhagenTime.js";
import { expectNoAxeViolations } from "../helpers/axe.js";
import { launchBrowser, loggedInPage } from "../helpers/browser.js";
import { createMeetingScenario } from "../helpers/factories.js";
import { login } from "../helpers/session.js";
import { startTestServer, type TestServer } from "../helpers/testServer.js";

let server: TestServer;
let browser: Browser;
let scenario: Awaited<ReturnType<typeof createMeetingScenario>>;
const nextYear = new Date().getFullYear() + 1;

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
  scenario = await createMeetingScenario(server.deps.database.db);
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * The secretary's meeting list in a browser set to New York time, so a form
 * that read the date and time in the browser's zone would plan the wrong hour.
 */
async function secretaryAbroad(): Promise<Page> {
  const [name, value] = (await login(server, scenario.secretary.email)).split("=");
  const context = await browser.newContext({ baseURL: server.url, locale: "da-DK", timezoneId: "America/New_York" });
  await context.addCookies([{ name, value, url: server.url }]);
  const page = await context.newPage();
  await page.goto("/");
  return page;
}

async function fillForm(page: Page, fields: { date: string; time: string; place: string }): Promise<void> {
  await page.getByRole("button", { name: "Nyt møde" }).click();
  await page.getByLabel("Dato").fill(fields.date);
  await page.getByLabel("Klokkeslæt").fill(fields.time);
  await page.getByLabel("Sted").fill(fields.place);
}

describe("planning a new meeting", () => {
  it("lets the secretariat create a meeting and lands on its agenda with the standing items", async () => {
    const page = await secretaryAbroad();
    await fillForm(page, { date: `${nextYear}-03-04`, time: "13:00", place: "Regionshuset" });
    const forum = page.getByRole("region", { name: "Nyt møde" }).getByLabel("Forum");
    expect(await forum.locator("option").allInnerTexts()).toEqual([scenario.forum.name]);
    expect(await page.getByLabel("Titel").inputValue()).toBe(`${scenario.forum.name} 4. marts ${nextYear}`);
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Opret møde" }).click();

    await page.waitForURL(/\/m\/[0-9a-f-]{36}$/);
    const meetingId = new URL(page.url()).pathname.split("/").pop()!;
    await page.locator('[data-testid="connection-status"][data-status="connected"]').waitFor();
    const editor = page.getByTestId("editor");
    await expect.poll(() => editor.innerText()).toContain("Deltagere");
    expect(await editor.innerText()).toContain("Godkendelse af dagsorden");
    expect(await page.getByTestId("meeting-header").innerText()).toContain("4. marts " + nextYear + " kl. 13.00");

    const [stored] = await server.deps.database.db.select().from(meetings).where(eq(meetings.id, meetingId));
    expect(stored).toMatchObject({ forumId: scenario.forum.id, title: `${scenario.forum.name} 4. marts ${nextYear}`, place: "Regionshuset" });
    expect(stored.startsAt.toISOString()).toBe(copenhagenTime(nextYear, 3, 4, 13, 0).toISOString());
    await page.context().close();
  });

  it("fills an emptied title with the forum and the date, visibly, and keeps a title of one's own", async () => {
    const { context, page } = await loggedInPage(browser, server.url, scenario.chair.email);
    await fillForm(page, { date: `${nextYear}-11-27`, time: "14:00", place: "" });
    const title = page.getByLabel("Titel");
    await title.fill("Temamøde om akutområdet");
    await page.getByLabel("Dato").fill(`${nextYear}-11-26`);
    expect(await title.inputValue()).toBe("Temamøde om akutområdet");
    await title.fill("");
    expect(await title.getAttribute("placeholder")).toBe(`${scenario.forum.name} 26. november ${nextYear}`);
    const [created] = await Promise.all([page.waitForResponse((r) => new URL(r.url()).pathname === "/api/meetings" && r.request().method() === "POST"), page.getByRole("button", { name: "Opret møde" }).click()]);
    expect(created.request().postDataJSON().title).toBe(`${scenario.forum.name} 26. november ${nextYear}`);
    await page.waitForURL(/\/m\/[0-9a-f-]{36}$/);
    expect(await page.getByTestId("meeting-header").innerText()).toContain(`${scenario.forum.name} 26. november ${nextYear}`);
    await context.close();
  });

  it("says a past date brings an earlier meeting in, and plans it", async () => {
    const { context, page } = await loggedInPage(browser, server.url, scenario.chair.email);
    await fillForm(page, { date: "2020-01-06", time: "13:00", place: "" });
    const note = page.getByTestId("new-meeting-past");
    expect(await note.innerText()).toBe("Datoen ligger i fortiden. Mødet oprettes som et tidligere møde, så I kan bringe dets dagsorden og referat ind.");
    expect(await page.getByLabel("Dato").getAttribute("aria-describedby")).toBe(await note.getAttribute("id"));
    expect(await page.getByLabel("Dato").getAttribute("min")).toBe("2000-01-01");
    await page.getByRole("button", { name: "Opret møde" }).click();

    await page.waitForURL(/\/m\/[0-9a-f-]{36}$/);
    expect(await page.getByTestId("meeting-header").innerText()).toContain("6. januar 2020 kl. 13.00");
    await context.close();
  });

  it("tells of a holiday once the meeting is planned, and opens it from there with the keyboard", async () => {
    const { context, page } = await loggedInPage(browser, server.url, scenario.chair.email);
    await fillForm(page, { date: "2027-05-17", time: "10:00", place: "" });
    expect(await page.getByTestId("new-meeting-past").count()).toBe(0);
    await page.getByRole("button", { name: "Opret møde" }).click();

    const warnings = page.getByTestId("new-meeting-warnings");
    await warnings.waitFor();
    await expectNoAxeViolations(page);
    expect(await warnings.locator("p").innerText()).toBe("Mødet er oprettet.");
    expect(await warnings.locator("li").allInnerTexts()).toEqual(["17. maj 2027 er 2. pinsedag, en helligdag."]);
    expect(new URL(page.url()).pathname).toBe("/");
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe("Åbn mødet");
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/m\/[0-9a-f-]{36}$/);
    await context.close();
  });

  it("offers members no way to plan a meeting", async () => {
    const { context, page } = await loggedInPage(browser, server.url, scenario.member.email);
    const [forums] = await Promise.all([page.waitForResponse((r) => new URL(r.url()).pathname === "/api/forums"), page.reload()]);
    expect(forums.status()).toBe(200);
    await page.getByTestId("meeting-list").waitFor();
    await page.waitForLoadState("networkidle");
    expect(await page.getByRole("button", { name: "Nyt møde" }).count()).toBe(0);
    await context.close();
  });
});
