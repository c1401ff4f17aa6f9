import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectNoAxeViolations } from "../helpers/axe.js";
import { launchBrowser } from "../helpers/browser.js";
import { createMeetingScenario } from "../helpers/factories.js";
import { heldMeeting, sendAndApprove, step } from "../helpers/minutesScenario.js";
import { loginAll } from "../helpers/session.js";
import { startTestServer, type TestServer } from "../helpers/testServer.js";

let server: TestServer;
let browser: Browser;
let context: BrowserContext;
let scenario: Awaited<ReturnType<typeof createMeetingScenario>>;
let published: { meetingId: string };

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
  scenario = await createMeetingScenario(server.deps.database.db);
  const cookies = await loginAll(server, scenario);
  published = await heldMeeting(server, scenario.forum.id);
  await sendAndApprove(server, published.meetingId, cookies);
  expect((await step(server, published.meetingId, cookies.chair, "offentliggjort")).status).toBe(200);
  context = await browser.newContext({ baseURL: server.url, locale: "da-DK", timezoneId: "Europe/Copenhagen" });
  context.setDefaultTimeout(10_000);
}, 120_000);
afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

/** Opens a page nobody needs to log in for, and waits for its main heading. */
async function visit(path: string, heading: string | RegExp): Promise<Page> {
  const page = await context.newPage();
  await page.goto(path);
  await page.getByRole("heading", { level: 1, name: heading }).waitFor();
  return page;
}

describe("pages open to everyone", () => {
  it("the login page, also with a refused login, has no axe-core violations", async () => {
    const page = await visit("/login", "Log ind");
    await expectNoAxeViolations(page);
    await page.getByLabel("E-mail").fill(scenario.member.email);
    await page.getByLabel("Adgangskode").fill("forkert-kodeord");
    await page.getByRole("button", { name: "Log ind" }).click();
    await page.getByRole("alert").waitFor();
    await expectNoAxeViolations(page);
    await page.close();
  });

  it("the public site (published minutes, the forum's list, the index, a missing page) has no axe-core violations", async () => {
    const pages: [string, string | RegExp][] = [
      // The index is headed by the cluster's name.
      ["/offentlig", /^Sundhedsklynge/],
      [`/offentlig/forum/${scenario.forum.id}`, scenario.forum.name],
      [`/offentlig/referat/${published.meetingId}`, "Møde i Chefforum"],
      ["/offentlig/referat/00000000-0000-4000-8000-000000000000", "Siden findes ikke"],
    ];
    for (const [path, heading] of pages) {
      const page = await visit(path, heading);
      await expectNoAxeViolations(page);
      await page.close();
    }
  });
});
