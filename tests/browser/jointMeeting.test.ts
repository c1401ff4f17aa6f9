import { eq } from "drizzle-orm";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { forums, meetings } from "../../db/schema/index.js";
import { copenhagenDate } from "../../shared/rules/copenhagenTime.js";
import { expectNoAxeViolations } from "../helpers/axe.js";
import { launchBrowser, loggedInPage } from "../helpers/browser.js";
import { createSydScenario, type SydScenario } from "../helpers/sydScenario.js";
import { startTestServer, type TestServer } from "../helpers/testServer.js";

let server: TestServer;
let browser: Browser;
let syd: SydScenario;
const nextYear = new Date().getFullYear() + 1;
// Within the 30 days in which the forum page calls the evaluation to attention.
const evaluationDue = copenhagenDate(new Date(Date.now() + 20 * 86_400_000));

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
  syd = await createSydScenario(server.deps.database.db);
  await server.deps.database.db.update(forums).set({ deadlinesFirm: false, evaluationDue }).where(eq(forums.id, syd.driftsgruppe.id));
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("a joint meeting of Driftsgruppen Syd and Styregruppen Syd", () => {
  it("is planned with its host and mødeleder, and its heading names both forums", async () => {
    const { context, page } = await loggedInPage(browser, server.url, syd.people.secretary.email);
    await page.getByRole("button", { name: "Nyt møde" }).click();
    await page.getByLabel("Dato").fill(`${nextYear}-03-04`);
    await page.getByLabel("Klokkeslæt").fill("13:00");
    await page.getByLabel("Sted").fill("Vesthavn Rådhus");
    const leader = page.getByLabel("Mødeleder");
    expect(await leader.locator("option:checked").innerText()).toBe("Ingen mødeleder angivet");
    await page.getByLabel("Vært").selectOption({ label: "Vesthavn Kommune" });
    // Before anything is saved, the form tells who leads by default: the chair of the host's sector.
    expect(await leader.locator("option:checked").innerText()).toBe("Formanden for værtens sektor: Karen Kommune Lund");
    expect(await leader.locator("option").allInnerTexts()).toContain("Pia Praksis Holm (almen praksis)");
    await page.getByLabel("Fællesmøde med").selectOption({ label: "Styregruppen Syd" });
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Opret møde" }).click();

    await page.waitForURL(/\/m\/[0-9a-f-]{36}$/);
    const meetingId = new URL(page.url()).pathname.split("/").pop()!;
    const header = page.getByTestId("meeting-header");
    expect(await header.getByTestId("meeting-forum").textContent()).toBe("Fællesmøde: Driftsgruppen Syd og Styregruppen Syd");
    const people = header.getByTestId("meeting-people");
    expect(await people.innerText()).toMatch(/^Vært\s+Vesthavn Kommune\s+Mødeleder\s+Karen Kommune Lund \(formand for værtens sektor\)$/);
    await page.locator('[data-testid="connection-status"][data-status="connected"]').waitFor();
    await expectNoAxeViolations(page);

    await header.getByRole("button", { name: "Ret vært og mødeleder" }).click();
    await header.getByRole("combobox", { name: "Mødeleder" }).selectOption({ label: "Pia Praksis Holm (almen praksis)" });
    await header.getByRole("button", { name: "Gem" }).click();
    await expect.poll(() => people.innerText()).toMatch(/Mødeleder\s+Pia Praksis Holm$/);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe("Ret vært og mødeleder");

    const [stored] = await server.deps.database.db.select().from(meetings).where(eq(meetings.id, meetingId));
    expect(stored).toMatchObject({ forumId: syd.driftsgruppe.id, jointForumId: syd.styregruppe.id, hostOrganisationId: syd.organisations.kommune.id, leaderUserId: syd.people.praksisChair.id });
    await context.close();
  });

  // The meeting planned above, seen from the other forum.
  it("is in the joint forum's member's list and opens for them to read", async () => {
    const { context, page } = await loggedInPage(browser, server.url, syd.people.styreMember.email);
    const card = page.getByTestId("meeting-item").filter({ hasText: "Vesthavn Rådhus" });
    expect(await card.locator(".meeting-card__forum").textContent()).toBe("Fællesmøde: Driftsgruppen Syd og Styregruppen Syd");
    await card.getByRole("link").click();
    await page.waitForURL(/\/m\/[0-9a-f-]{36}$/);
    expect(await page.getByTestId("meeting-people").innerText()).toContain("Pia Praksis Holm");
    expect(await page.getByRole("button", { name: "Ret vært og mødeleder" }).count()).toBe(0);
    await context.close();
  });

  it("shows on Driftsgruppen's page when the forum evaluates itself, and that its deadlines tilstræbes", async () => {
    const { context, page } = await loggedInPage(browser, server.url, syd.people.member.email);
    await page.goto(`/fora/${syd.driftsgruppe.id}?aar=${nextYear}`);
    const evaluation = page.getByTestId("forum-evaluation");
    expect(await evaluation.innerText()).toMatch(/^Evaluering: \p{L}+ \d+\. \p{L}+ \d{4}\s*Evalueringen er nært forestående\.$/u);
    expect(await page.getByTestId("forum-kommissorium").innerText()).toContain("Forummets frister tilstræbes");
    expect(await page.getByTestId("plan-meeting").first().innerText()).toContain("Dagsorden tilstræbes udsendt senest");
    await expectNoAxeViolations(page);
    await context.close();
  });
});
