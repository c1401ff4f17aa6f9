import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { build } from "../../shared/editor/build.js";
import { launchBrowser, openMeeting } from "../helpers/browser.js";
import { TEST_PASSWORD, createMeetingScenario } from "../helpers/factories.js";
import { startTestServer, type TestServer } from "../helpers/testServer.js";

let server: TestServer;
let browser: Browser;
let scenario: Awaited<ReturnType<typeof createMeetingScenario>>;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
  scenario = await createMeetingScenario(server.deps.database.db, build.doc(build.agendaItem("Godkendelse af dagsorden", build.paragraph("Indstilling."))));
}, 120_000);
afterAll(async () => {
  await Promise.all(contexts.map((c) => c.close()));
  await browser?.close();
  await server?.close();
});

/**
 * A fresh context watched for what the CSP refuses: Chromium's "Refused to …"
 * console lines, page errors, and securitypolicyviolation events (recorded by
 * an init script, which the CSP does not govern).
 */
async function watchedPage(): Promise<{ page: Page; violations: string[] }> {
  const context = await browser.newContext({ baseURL: server.url, locale: "da-DK", timezoneId: "Europe/Copenhagen" });
  contexts.push(context);
  context.setDefaultTimeout(10_000);
  const violations: string[] = [];
  await context.exposeFunction("reportViolation", (text: string) => violations.push(text));
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      (window as unknown as { reportViolation(t: string): void }).reportViolation(`${e.violatedDirective} ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber} ${e.sample}`);
    });
  });
  const page = await context.newPage();
  page.on("console", (m) => {
    if (/Refused to|Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  page.on("pageerror", (e) => violations.push(`pageerror: ${e.message}`));
  return { page, violations };
}

/** Logs in through the login page, as a person would, in a watched context. */
async function signedIn(email: string) {
  const watched = await watchedPage();
  await watched.page.goto("/login");
  await watched.page.getByLabel("E-mail").fill(email);
  await watched.page.getByLabel("Adgangskode").fill(TEST_PASSWORD);
  await watched.page.getByRole("button", { name: "Log ind" }).click();
  await watched.page.getByTestId("current-user").waitFor();
  return watched;
}

describe("the app under its Content-Security-Policy", () => {
  it("logs in, edits and syncs a meeting with no CSP violation, and the service worker registers", async () => {
    const chair = await signedIn(scenario.chair.email);
    const member = await signedIn(scenario.member.email);
    await openMeeting(chair.page, scenario.meetingId);
    await openMeeting(member.page, scenario.meetingId);
    const paragraph = chair.page.getByTestId("editor").locator("p").first();
    await paragraph.click();
    await chair.page.keyboard.press("End");
    await chair.page.keyboard.type(" Tilføjet under CSP.");
    await member.page.getByTestId("editor").getByText("Indstilling. Tilføjet under CSP.").waitFor();
    await chair.page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    expect(chair.violations).toEqual([]);
    expect(member.violations).toEqual([]);
  });

  it("shows a public page with its style sheet and no CSP violation", async () => {
    const { page, violations } = await watchedPage();
    await page.goto("/offentlig");
    await page.getByRole("heading", { level: 1 }).waitFor();
    expect(await page.evaluate(() => document.styleSheets.length)).toBe(1);
    expect(violations).toEqual([]);
  });

  it("forgets the meeting documents in IndexedDB and every service worker cache on logout", async () => {
    const { page, violations } = await signedIn(scenario.member.email);
    await openMeeting(page, scenario.meetingId);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    // Something of the meeting is kept before logout, so its absence afterwards means something.
    await expect.poll(() => page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name))).toContain(`moedebord-document-${scenario.documentId}`);
    await expect.poll(() => page.evaluate(() => caches.keys())).not.toEqual([]);
    await page.getByRole("button", { name: "Log ud" }).click();
    await page.getByLabel("Adgangskode").waitFor();
    await expect.poll(() => page.evaluate(async () => (await indexedDB.databases()).filter((d) => d.name?.startsWith("moedebord-document-")))).toEqual([]);
    await expect.poll(() => page.evaluate(() => caches.keys())).toEqual([]);
    expect(violations).toEqual([]);
  });
});
