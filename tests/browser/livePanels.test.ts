import type { Browser, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type * as Y from "yjs";
import { DOCUMENT_FRAGMENT } from "../../shared/editor/schema.js";
import { launchBrowser, loggedInPage, openMeeting } from "../helpers/browser.js";
import { docEdits } from "../helpers/docEdits.js";
import { step } from "../helpers/minutesScenario.js";
import { createScreensScenario, LONG_TITLE } from "../helpers/screensScenario.js";
import { login } from "../helpers/session.js";
import { connectClient, synced, type SyncClient } from "../helpers/syncClient.js";
import { startTestServer, type TestServer } from "../helpers/testServer.js";

let server: TestServer;
let browser: Browser;
let scenario: Awaited<ReturnType<typeof createScreensScenario>>;
const clients: SyncClient[] = [];

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
  scenario = await createScreensScenario(server);
}, 120_000);
afterEach(() => {
  clients.splice(0).forEach((client) => client.destroy());
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The secretary's editing connection to a document, as a second browser would have. */
async function secretaryEditing(documentId: string): Promise<Y.Doc> {
  const client = connectClient(server.url, documentId, scenario.secretaryCookie);
  clients.push(client);
  await synced(client);
  return client.doc;
}

const inView = async (page: Page, selector: string) => {
  const box = await page.locator(selector).first().boundingBox();
  return box !== null && box.y >= 0 && box.y < (page.viewportSize()?.height ?? 0);
};

const sideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

describe("a member on a phone (390 px)", () => {
  it("follows the current item, approves the minutes from the status view and comments on them", async () => {
    const { context, page } = await loggedInPage(browser, server.url, scenario.member.email);
    await page.setViewportSize({ width: 390, height: 844 });
    await openMeeting(page, scenario.minutes.meetingId);
    await expect.poll(() => page.getByTestId("editor").innerText()).toContain(LONG_TITLE);

    // The secretariat marks item 2 as current; the member, following by default, is taken there.
    const doc = await secretaryEditing(scenario.minutes.documentId);
    const itemId = (doc.getXmlFragment(DOCUMENT_FRAGMENT).get(1) as Y.XmlElement).getAttribute("id");
    doc.getMap("meeting").set("currentItemId", itemId);
    await expect.poll(() => page.getByTestId("current-item-banner").textContent(), { timeout: 10_000 }).toBe(`Aktuelt punkt: Punkt 2 – ${LONG_TITLE}`);
    await expect.poll(() => inView(page, `[data-item-id="${itemId}"]`), { timeout: 10_000 }).toBe(true);
    expect(await sideways(page)).toBe(false);

    await page.getByTestId("workspace-views").getByRole("button", { name: "Status" }).click();
    const approvals = page.getByTestId("approvals");
    await approvals.getByRole("button", { name: "Godkend referatet" }).click();
    await expect.poll(() => approvals.getByRole("status").innerText()).toBe("Din godkendelse er registreret.");
    await expect.poll(() => approvals.locator('li[data-approved="true"]').innerText()).toContain(scenario.member.name);
    expect(await inView(page, '[data-testid="approvals"]')).toBe(true);

    await page.getByRole("link", { name: "Mødets forløb →" }).click();
    await page.getByLabel("Bemærkning", { exact: true }).fill("Punkt 2 bør nævne de fire kommuner.");
    await page.getByRole("button", { name: "Send bemærkning" }).click();
    await expect.poll(() => page.locator(".comment").first().innerText()).toContain("Punkt 2 bør nævne de fire kommuner.");
    expect(await sideways(page)).toBe(false);
    await context.close();
  });
});

describe("the meeting's side panels", () => {
  it("show a step, a decision and an escalation taken elsewhere without a reload", async () => {
    const { context, page } = await loggedInPage(browser, server.url, scenario.secretary.email);
    await openMeeting(page, scenario.meetingId);
    const status = page.getByTestId("lifecycle-panel").getByTestId("meeting-status");
    await expect.poll(() => status.innerText()).toBe("Planlagt");

    const chairCookie = await login(server, scenario.chair.email);
    expect((await step(server, scenario.meetingId, chairCookie, "dagsorden_kladde")).status).toBe(200);
    await expect.poll(() => status.innerText(), { timeout: 10_000 }).toBe("Dagsorden i kladde");

    const doc = await secretaryEditing(scenario.documentId);
    docEdits.addBlock(doc, 0, "decision", "Forummet bakker op om forløbsbeskrivelsen.");
    docEdits.addBlock(doc, 0, "escalation", "Direktørforum bedes prioritere midler til forløbet", { direction: "op" });
    await expect.poll(() => page.getByTestId("decisions-panel").innerText(), { timeout: 10_000 }).toContain("Forummet bakker op om forløbsbeskrivelsen.");
    const escalations = page.getByTestId("meeting-escalations");
    await expect.poll(() => escalations.innerText(), { timeout: 10_000 }).toContain("Direktørforum bedes prioritere midler til forløbet");
    expect(await escalations.getByTestId("escalation-proposal").count()).toBe(1);
    await context.close();
  });
});
