import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accessLog, clusterAdmins } from "../../db/schema/index.js";
import { expectNoAxeViolations } from "../helpers/axe.js";
import { launchBrowser, loggedInPage } from "../helpers/browser.js";
import { createMeetingScenario, createUser } from "../helpers/factories.js";
import { login } from "../helpers/session.js";
import { startTestServer, type TestServer } from "../helpers/testServer.js";

let server: TestServer;
let browser: Browser;
let scenario: Awaited<ReturnType<typeof createMeetingScenario>>;

const sideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
  const { db } = server.deps.database;
  scenario = await createMeetingScenario(db);
  // The member reads the meeting: the first entry the chair will see.
  expect((await server.request(`/api/meetings/${scenario.meetingId}`, { cookie: await login(server, scenario.member.email) })).status).toBe(200);
  // Older reads by the secretary, more than one page of them.
  const start = Date.now() - 2 * 24 * 60 * 60 * 1000;
  await db.insert(accessLog).values(
    Array.from({ length: 55 }, (_, i) => ({
      at: new Date(start + i * 60_000),
      userId: scenario.secretary.id,
      action: "read",
      subject: "version",
      meetingId: scenario.meetingId,
      forumId: scenario.forum.id,
      detail: `Versionen referat ${i + 1}`,
    })),
  );
  // Numbered after the older reads, so that the member's read is the newest entry.
  expect((await server.request(`/api/meetings/${scenario.meetingId}/export/docx`, { cookie: await login(server, scenario.member.email) })).status).toBe(200);
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("Min adgangslog", () => {
  it("shows who accessed the user's meetings, newest first and a page at a time, by keyboard, without axe-core violations", async () => {
    const { context, page } = await loggedInPage(browser, server.url, scenario.chair.email);
    await page.getByRole("link", { name: "Adgangslog", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: "Min adgangslog" }).waitFor();
    const rows = page.getByTestId("access-entry");
    await expect.poll(() => rows.count()).toBe(50);
    const newest = await rows.first().innerText();
    expect(newest).toContain("Ulla Medlem Ravn");
    expect(newest).toContain("Eksport (DOCX)");
    expect(newest).toContain("Møde i Chefforum");
    expect(newest).toContain("Chefforum");
    // When, as Danes write it.
    expect(newest).toMatch(/\d{1,2}\. \p{L}+ \d{4} kl\. \d{2}\.\d{2}/u);
    await expectNoAxeViolations(page);

    const more = page.getByRole("button", { name: "Vis ældre" });
    await more.focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => rows.count()).toBe(57);
    expect(await more.count()).toBe(0);
    expect(await rows.last().innerText()).toContain("Versionen referat 1");
    expect(await page.getByRole("status").filter({ hasText: "Viser 57 adgange." }).count()).toBe(1);

    // The meeting's title leads to the meeting.
    expect(await rows.first().getByRole("link", { name: "Møde i Chefforum" }).getAttribute("href")).toBe(`/m/${scenario.meetingId}`);
    await context.close();
  });

  it("works on a phone as cards, in English too", async () => {
    const { context, page } = await loggedInPage(browser, server.url, scenario.chair.email);
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto("/min-adgangslog");
    await page.getByTestId("access-entry").first().waitFor();
    expect(await sideways(page)).toBe(false);
    await expectNoAxeViolations(page);

    await page.getByRole("button", { name: "Menu" }).click();
    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("heading", { level: 1, name: "My access log" }).waitFor();
    expect(await page.getByTestId("access-entry").first().innerText()).toContain("Read");
    expect(await sideways(page)).toBe(false);
    await context.close();
  });

  it("tells a person nobody has accessed their meetings, and shows a failure as an alert", async () => {
    const { db } = server.deps.database;
    const newcomer = await createUser(db, { name: "Nina Ny" });
    const { context, page } = await loggedInPage(browser, server.url, newcomer.email);
    await page.goto("/min-adgangslog");
    await page.getByText("Ingen andre har læst eller ændret møder, du optræder i").waitFor();
    await expectNoAxeViolations(page);

    await page.route("**/api/me/access-log", (route) => route.fulfill({ status: 503, contentType: "application/json", body: JSON.stringify({ error: { code: "unavailable", message: "Databasen svarer ikke." } }) }));
    await page.reload();
    await page.getByRole("alert").filter({ hasText: "Databasen svarer ikke." }).waitFor();
    await expectNoAxeViolations(page);
    await context.close();
  });
});

describe("the admin page's export", () => {
  it("downloads the CSV for a person and a period, and refuses a reversed period", async () => {
    const { db } = server.deps.database;
    const admin = await createUser(db, { name: "Anne Admin" });
    await db.insert(clusterAdmins).values({ clusterId: scenario.forum.clusterId!, userId: admin.id });
    const { context, page } = await loggedInPage(browser, server.url, admin.email);
    await page.goto("/admin");
    const form = page.getByTestId("access-log-export");
    await form.getByLabel("Person").selectOption({ label: `Ulla Medlem Ravn (${scenario.member.email})` });
    await expectNoAxeViolations(page);

    await form.getByLabel("Fra og med").fill("2030-01-02");
    await form.getByLabel("Til og med").fill("2030-01-01");
    await form.getByRole("button", { name: "Hent CSV" }).click();
    await form.getByRole("alert").filter({ hasText: "Startdatoen skal ligge før slutdatoen." }).waitFor();

    await form.getByLabel("Fra og med").fill("2000-01-01");
    await form.getByLabel("Til og med").fill("2100-12-31");
    const [download] = await Promise.all([page.waitForEvent("download"), form.getByRole("button", { name: "Hent CSV" }).click()]);
    expect(download.suggestedFilename()).toBe("adgangslog-2000-01-01-2100-12-31.csv");
    const chunks: Buffer[] = [];
    for await (const chunk of (await download.createReadStream())!) chunks.push(chunk as Buffer);
    const csv = Buffer.concat(chunks).toString("utf8");
    expect(csv).toContain(";Ulla Medlem Ravn;");
    expect(csv).not.toContain("Jonas Sekretær Dal");
    await context.close();
  });
});
