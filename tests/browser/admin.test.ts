import { and, eq } from "drizzle-orm";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clusterAdmins, clusters, memberships, users } from "../../db/schema/index.js";
import { RULES_SYD } from "../../shared/rules/kommissorium.js";
import { expectNoAxeViolations } from "../helpers/axe.js";
import { launchBrowser, loggedInPage } from "../helpers/browser.js";
import { addForum, createMeetingScenario } from "../helpers/factories.js";
import { login } from "../helpers/session.js";
import { startTestServer, type TestServer } from "../helpers/testServer.js";
import { publicUrl } from "../../server/publicUrl.js";

let server: TestServer;
let browser: Browser;
let scenario: Awaited<ReturnType<typeof createMeetingScenario>>;
let clusterName: string;

beforeAll(async () => {
  // No SMTP_URL: the invitation link is shown to the admin instead of mailed.
  [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
  const { db } = server.deps.database;
  scenario = await createMeetingScenario(db);
  await db.insert(clusterAdmins).values({ clusterId: scenario.forum.clusterId!, userId: scenario.secretary.id });
  await addForum(db, { regionId: scenario.forum.regionId, clusterId: null }, "Koordineringsgruppen", "regionalt_udvalg");
  [{ name: clusterName }] = await db.select({ name: clusters.name }).from(clusters).where(eq(clusters.id, scenario.forum.clusterId!));
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Logs in through the login page. */
const signIn = (email: string) => loggedInPage(browser, server.url, email);
const adminForums = async () => {
  const { clusters: listed } = await (await server.request("/api/admin/clusters", { cookie: await login(server, scenario.secretary.email) })).json();
  return listed[0].forums as { id: string; name: string; reportsTo: string[]; evaluationDue: string | null; deadlinesFirm: boolean; rules: unknown }[];
};
/** The page fits a phone's width: nothing pushes it sideways. */
const fitsWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

describe("cluster administration", () => {
  it("shows Administration in the menu to cluster admins only", async () => {
    const member = await signIn(scenario.member.email);
    await member.page.getByRole("link", { name: "Fora", exact: true }).waitFor();
    await member.page.waitForLoadState("networkidle");
    expect(await member.page.getByRole("link", { name: "Administration" }).count()).toBe(0);
    await member.context.close();
  });

  it("creates a forum under two parents with its evaluation date and soft deadlines, refuses a loop, and saves only what an edit changes", async () => {
    const { context, page } = await signIn(scenario.secretary.email);
    await page.getByRole("link", { name: "Administration" }).click();
    await page.getByRole("button", { name: "Nyt forum" }).click();
    const form = page.getByTestId("forum-form");
    await form.getByLabel("Navn", { exact: true }).fill("Driftsgruppen Syd");
    await form.getByLabel("Niveau").selectOption({ label: "Driftsgruppe" });
    const parents = form.getByRole("group", { name: "Refererer til" });
    await parents.getByRole("group", { name: clusterName }).getByLabel(scenario.forum.name).check();
    await parents.getByRole("group", { name: "Regionale organer" }).getByLabel("Koordineringsgruppen").check();
    await form.getByLabel("Evalueringsdato").fill("2026-03-01");
    await form.getByRole("group", { name: "Frister" }).getByLabel("Tilstræbes (advarer, blokerer ikke)").check();
    for (const [period, value] of [["Dagsorden udsendes før mødet", "10"], ["Referat udsendes efter mødet", "5"], ["Bemærkningsperiode", "5"]]) {
      await form.getByLabel(`${period}: antal`).fill(value);
      await form.getByLabel(`${period}: enhed`).selectOption({ label: "Hverdage" });
    }

    await form.getByLabel("Dagsorden udsendes før mødet: antal").fill("-3");
    await form.getByRole("button", { name: "Gem forum" }).click();
    await expect.poll(() => form.getByRole("alert").innerText()).toContain("Antallet kan ikke være negativt.");
    await expectNoAxeViolations(page);
    await form.getByLabel("Dagsorden udsendes før mødet: antal").fill("10");
    await form.getByRole("button", { name: "Gem forum" }).click();
    const created = page.getByTestId("admin-forum").filter({ hasText: "Driftsgruppen Syd" });
    await expect.poll(() => created.innerText()).toContain("Driftsgruppe · refererer til");
    expect(await created.innerText()).toMatch(new RegExp(`refererer til (${scenario.forum.name}, Koordineringsgruppen|Koordineringsgruppen, ${scenario.forum.name}) · frister tilstræbes`));
    const saved = (await adminForums()).find((f) => f.name === "Driftsgruppen Syd")!;
    expect(saved).toMatchObject({ evaluationDue: "2026-03-01", deadlinesFirm: false, rules: RULES_SYD });
    expect(saved.reportsTo).toHaveLength(2);

    const chef = page.locator(`[data-forum-id="${scenario.forum.id}"]`);
    await chef.getByRole("button", { name: `Redigér ${scenario.forum.name}` }).click();
    await chef.getByRole("group", { name: clusterName }).getByLabel("Driftsgruppen Syd").check();
    await chef.getByRole("button", { name: "Gem forum" }).click();
    await expect.poll(() => chef.getByRole("alert").innerText()).toBe("Et forum kan ikke referere til sig selv, hverken direkte eller gennem andre fora.");
    await chef.getByRole("button", { name: "Fortryd" }).click();

    await created.getByRole("button", { name: "Redigér Driftsgruppen Syd" }).click();
    await created.getByLabel("Navn", { exact: true }).fill("Driftsgruppen Syd og Vest");
    const patch = page.waitForRequest((r) => r.method() === "PATCH" && r.url().endsWith(`/api/admin/forums/${saved.id}`));
    await created.getByRole("button", { name: "Gem forum" }).click();
    expect((await patch).postDataJSON()).toEqual({ name: "Driftsgruppen Syd og Vest" });
    await expect.poll(async () => (await adminForums()).find((f) => f.id === saved.id)?.name).toBe("Driftsgruppen Syd og Vest");
    expect((await adminForums()).find((f) => f.id === saved.id)).toMatchObject({ reportsTo: saved.reportsTo, deadlinesFirm: false, evaluationDue: "2026-03-01" });
    await context.close();
  });

  it("invites a chair with the sector of a new organisation; the newcomer accepts and sits for that sector", async () => {
    const { context, page } = await signIn(scenario.secretary.email);
    await page.getByRole("link", { name: "Administration" }).click();
    const chef = page.locator(`[data-forum-id="${scenario.forum.id}"]`);
    await chef.getByRole("button", { name: `Medlemmer af ${scenario.forum.name}` }).click();
    const invite = chef.locator("form.invite-form");
    await invite.getByLabel("E-mail").fill("nanna.ny@test.invalid");
    await invite.getByLabel("Navn", { exact: true }).fill("Nanna Ny Holm");
    await invite.getByLabel(/^Rolle/).selectOption({ label: "Formandskab" });
    await invite.getByRole("button", { name: "Tilføj en organisation" }).click();
    await invite.getByLabel("Ny organisation").fill("Vesthimmerlands Kommune");
    await invite.getByLabel("Den nye organisations sektor").selectOption({ label: "Kommune" });
    await invite.getByRole("button", { name: "Tilføj", exact: true }).click();
    await expect.poll(() => invite.getByLabel(/^Organisation/).locator("option:checked").innerText()).toBe("Vesthimmerlands Kommune");
    expect(await invite.getByLabel("Formandens sektor").locator("option:checked").innerText()).toBe("Kommune");
    await invite.getByRole("button", { name: "Tilføj til forummet" }).click();

    const shown = chef.getByTestId("invitation-link");
    await expect.poll(() => shown.innerText()).toContain("Der er ikke sat en mailserver op. Send linket til personen:");
    const link = await shown.getByRole("textbox").inputValue();
    // Links are built from PUBLIC_URL (unset here: http://localhost:PORT), never from the request.
    expect(link).toMatch(new RegExp(`^${publicUrl(server.deps.env)}/invitation/[a-z2-7]{52}$`));
    await expect.poll(() => chef.getByTestId("members-panel").innerText()).toContain("Nanna Ny Holm nanna.ny@test.invalid · Formandskab · Kommune");
    await expectNoAxeViolations(page);
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await fitsWidth(page)).toBe(true);
    await expectNoAxeViolations(page);
    await context.close();

    const newcomer = await browser.newContext({ baseURL: server.url, locale: "da-DK", timezoneId: "Europe/Copenhagen" });
    newcomer.setDefaultTimeout(10_000);
    const guest = await newcomer.newPage();
    await guest.goto(new URL(link).pathname);
    await expect.poll(() => guest.getByRole("main").innerText()).toContain(`Du er inviteret til ${scenario.forum.name} som formandskab.`);
    expect(await guest.getByLabel("Dit navn").inputValue()).toBe("Nanna Ny Holm");
    await expectNoAxeViolations(guest);
    await guest.getByLabel("Vælg en adgangskode").fill("et-langt-kodeord");
    await guest.getByRole("button", { name: "Opret bruger og log ind" }).click();
    await guest.waitForURL(`${server.url}/`);
    await expect.poll(() => guest.getByTestId("current-user").innerText()).toBe("Nanna Ny Holm");
    const { db } = server.deps.database;
    const [seat] = await db.select({ role: memberships.role, sector: memberships.sector }).from(memberships).innerJoin(users, eq(users.id, memberships.userId)).where(and(eq(users.email, "nanna.ny@test.invalid"), eq(memberships.forumId, scenario.forum.id)));
    expect(seat).toEqual({ role: "chair", sector: "kommune" });

    await guest.goto(new URL(link).pathname);
    await expect.poll(() => guest.getByRole("alert").innerText()).toBe("Invitationslinket er udløbet eller allerede brugt. Bed forummets sekretariat om en ny invitation.");
    await expectNoAxeViolations(guest);
    await newcomer.close();
  });
});
