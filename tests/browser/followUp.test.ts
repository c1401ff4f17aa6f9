import { and, eq } from "drizzle-orm";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { memberships } from "../../db/schema/index.js";
import { build } from "../../shared/editor/build.js";
import { copenhagenDate } from "../../shared/rules/copenhagenTime.js";
import { DanishCalendar } from "../../shared/rules/danishCalendar.js";
import { expectNoAxeViolations } from "../helpers/axe.js";
import { launchBrowser, loggedInPage } from "../helpers/browser.js";
import { docEdits } from "../helpers/docEdits.js";
import { createMeetingScenario, holdMeeting } from "../helpers/factories.js";
import { login } from "../helpers/session.js";
import { connectClient, synced, type SyncClient } from "../helpers/syncClient.js";
import { startTestServer, type TestServer } from "../helpers/testServer.js";
import { waitFor } from "../helpers/waitFor.js";

let server: TestServer;
let browser: Browser;
let scenario: Awaited<ReturnType<typeof createMeetingScenario>>;
let secretaryEditor: SyncClient;
let memberReader: SyncClient;
const ids: Record<"kommissorier" | "undersoeg" | "akutplan" | "hoering", string> = { kommissorier: "", undersoeg: "", akutplan: "", hoering: "" };

const row = (page: Page, text: string) => page.getByTestId("action-item-row").filter({ hasText: text });
const rowTexts = (page: Page) => page.locator('[data-testid="action-item-row"] .action-row__text').allInnerTexts();

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
  scenario = await createMeetingScenario(server.deps.database.db, build.doc(build.agendaItem("Opfølgning på aktionspunkter", build.paragraph())));
  // Minutes of a held meeting: its action items are on the dashboard, not proposals.
  await holdMeeting(server.deps.database.db, scenario.meetingId);
  const [secretaryCookie, memberCookie] = await Promise.all([login(server, scenario.secretary.email), login(server, scenario.member.email)]);
  secretaryEditor = connectClient(server.url, scenario.documentId, secretaryCookie);
  memberReader = connectClient(server.url, scenario.documentId, memberCookie);
  await Promise.all([synced(secretaryEditor), synced(memberReader)]);

  const soon = DanishCalendar.addDays(copenhagenDate(new Date()), 5);
  const doc = secretaryEditor.doc;
  ids.kommissorier = docEdits.addBlock(doc, 0, "actionItem", "Kommissorierne tilrettes og fremlægges", {
    ownerKind: "person",
    ownerId: scenario.member.id,
    ownerName: scenario.member.name,
    dueKind: "naeste_moede",
  });
  ids.undersoeg = docEdits.addBlock(doc, 0, "actionItem", "Sekretariatet undersøger behovet for opfølgning", { ownerKind: "sekretariatet", ownerName: "Sekretariatet" });
  ids.akutplan = docEdits.addBlock(doc, 0, "actionItem", "Data for akutplanen samles", { ownerKind: "formandskabet", ownerName: "Formandskabet", dueKind: "dato", dueDate: "2020-01-06" });
  ids.hoering = docEdits.addBlock(doc, 0, "actionItem", "Forløbsprogrammet sendes i høring", { ownerKind: "formandskabet", ownerName: "Formandskabet", dueKind: "dato", dueDate: soon });
  await waitFor(async () => {
    const { actionItems } = await (await server.request("/api/action-items", { cookie: secretaryCookie })).json();
    expect(actionItems).toHaveLength(4);
  });
  const done = await server.request(`/api/action-items/${scenario.documentId}/${ids.undersoeg}`, { method: "PATCH", json: { status: "udført" }, cookie: secretaryCookie });
  expect(done.status).toBe(200);
}, 120_000);
afterAll(async () => {
  secretaryEditor?.destroy();
  memberReader?.destroy();
  await browser?.close();
  await server?.close();
});

/** Logs in through the login page. */
const signIn = (email: string) => loggedInPage(browser, server.url, email);

describe("the follow-up dashboard", () => {
  it("shows the chair's own items with overdue and due-soon marked", async () => {
    const { context, page } = await signIn(scenario.chair.email);
    await page.getByRole("link", { name: "Opfølgning", exact: true }).click();
    await expect.poll(() => rowTexts(page)).toEqual(["Data for akutplanen samles", "Forløbsprogrammet sendes i høring"]);
    expect(await page.getByRole("link", { name: "Mine", exact: true }).getAttribute("aria-current")).toBe("page");
    expect(await row(page, "akutplanen").innerText()).toContain("Overskredet");
    expect(await row(page, "akutplanen").innerText()).toContain("mandag 6. januar 2020");
    expect(await row(page, "høring").innerText()).toContain("Snart");
    expect(await row(page, "høring").innerText()).not.toContain("Overskredet");
    await expectNoAxeViolations(page);
    await context.close();
  });

  it("keeps scope, status filter and order in the URL, so they survive a reload", async () => {
    const { context, page } = await signIn(scenario.chair.email);
    await page.goto("/opfoelgning");
    await page.getByRole("link", { name: "Forum", exact: true }).click();
    await expect.poll(() => rowTexts(page)).toHaveLength(3);
    await page.getByLabel("Åben", { exact: true }).uncheck();
    await page.getByLabel("I gang", { exact: true }).uncheck();
    await page.getByLabel("Udført", { exact: true }).check();
    await page.getByLabel("Sortér efter").selectOption({ label: "Status" });
    await expect.poll(() => rowTexts(page)).toEqual(["Sekretariatet undersøger behovet for opfølgning"]);
    const url = new URL(page.url());
    expect(Object.fromEntries(url.searchParams)).toEqual({ scope: "forum", status: "udført", sort: "status" });

    await page.reload();
    await expect.poll(() => rowTexts(page)).toEqual(["Sekretariatet undersøger behovet for opfølgning"]);
    expect(await page.getByRole("link", { name: "Forum", exact: true }).getAttribute("aria-current")).toBe("page");
    expect(await page.getByLabel("Udført", { exact: true }).isChecked()).toBe(true);
    expect(await page.getByLabel("Åben", { exact: true }).isChecked()).toBe(false);
    expect(await page.getByLabel("Sortér efter").inputValue()).toBe("status");
    expect(await page.getByRole("link", { name: "Eksportér CSV" }).getAttribute("href")).toBe(`/api/action-items.csv?scope=forum&forumId=${scenario.forum.id}&status=udf%C3%B8rt`);
    await context.close();
  });

  it("changes a status with a comment, and every open copy of the document shows it", async () => {
    const { context, page } = await signIn(scenario.chair.email);
    await page.goto("/opfoelgning?scope=forum");
    const item = row(page, "Kommissorierne");
    expect(await item.innerText()).toContain("Næste møde");
    await item.getByLabel("Status for »Kommissorierne tilrettes og fremlægges«").selectOption({ label: "I gang" });
    await item.getByLabel("Kommentar (valgfri)").fill("Udkast sendt til formandskabet");
    await item.getByRole("button", { name: "Gem status" }).click();

    await expect.poll(() => docEdits.block(memberReader.doc, ids.kommissorier).getAttribute("status"), { timeout: 3000 }).toBe("i gang");
    await expect.poll(() => item.getAttribute("data-status")).toBe("i gang");
    expect(await page.getByRole("status").filter({ hasText: "ændret til I gang" }).count()).toBe(1);

    await item.getByRole("button", { name: "Historik" }).click();
    const history = item.getByRole("region", { name: "Historik for »Kommissorierne tilrettes og fremlægges«" });
    await expect.poll(() => history.innerText()).toContain(`I gang · ${scenario.chair.name}`);
    expect(await history.innerText()).toContain("Udkast sendt til formandskabet");
    await item.getByLabel("Status for »Kommissorierne tilrettes og fremlægges«").selectOption({ label: "Udført" });
    await item.getByRole("button", { name: "Gem status" }).waitFor();
    await expectNoAxeViolations(page);
    await context.close();
  });

  it("shows the server's Danish refusal when the right to change a status is gone", async () => {
    const { db } = server.deps.database;
    const { context, page } = await signIn(scenario.secretary.email);
    await page.goto("/opfoelgning?scope=forum");
    const item = row(page, "akutplanen");
    await item.getByLabel(/^Status for/).selectOption({ label: "Udført" });
    await db.update(memberships).set({ role: "member" }).where(and(eq(memberships.forumId, scenario.forum.id), eq(memberships.userId, scenario.secretary.id)));
    try {
      await item.getByRole("button", { name: "Gem status" }).click();
      await expect.poll(() => item.getByRole("alert").innerText()).toBe("Kun ejeren, formandskabet og sekretariatet kan ændre status.");
      expect(docEdits.block(memberReader.doc, ids.akutplan).getAttribute("status") ?? "åben").toBe("åben");
    } finally {
      await db.update(memberships).set({ role: "secretariat" }).where(and(eq(memberships.forumId, scenario.forum.id), eq(memberships.userId, scenario.secretary.id)));
    }
    await context.close();
  });
});
