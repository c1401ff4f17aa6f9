import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clusterAdmins } from "../../db/schema/index.js";
import { RULES_SYD } from "../../shared/rules/kommissorium.js";
import { expectNoAxeViolations } from "../helpers/axe.js";
import { launchBrowser, loggedInPage } from "../helpers/browser.js";
import { createMeetingScenario } from "../helpers/factories.js";
import { login } from "../helpers/session.js";
import { startTestServer, type TestServer } from "../helpers/testServer.js";
import { publicUrl } from "../../server/publicUrl.js";

let server: TestServer;
let browser: Browser;
let scenario: Awaited<ReturnType<typeof createMeetingScenario>>;

beforeAll(async () => {
  // No SMTP_URL: the invitation link is shown to the admin instead of mailed.
  [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
  const { db } = server.deps.database;
  scenario = await createMeetingScenario(db);
  await db.insert(clusterAdmins).values({ clusterId: scenario.forum.clusterId!, userId: scenario.secretary.id });
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Logs in through the login page. */
const signIn = (email: string) => loggedInPage(browser, server.url, email);

describe("cluster administration", () => {
  it("shows Administration in the menu to cluster admins only", async () => {
    const member = await signIn(scenario.member.email);
    await member.page.getByRole("link", { name: "Fora", exact: true }).waitFor();
    await member.page.waitForLoadState("networkidle");
    expect(await member.page.getByRole("link", { name: "Administration" }).count()).toBe(0);
    await member.context.close();
  });

  it("creates a forum with working-day rules, refuses a loop, and invites a newcomer who accepts and lands logged in", async () => {
    const { context, page } = await signIn(scenario.secretary.email);
    await page.getByRole("link", { name: "Administration" }).click();
    await page.getByRole("button", { name: "Nyt forum" }).click();
    const form = page.getByTestId("forum-form");
    await form.getByLabel("Navn", { exact: true }).fill("Driftsgruppen Syd");
    await form.getByLabel(/^Refererer til/).selectOption({ label: scenario.forum.name });
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
    await expect.poll(() => created.innerText()).toContain(`refererer til ${scenario.forum.name}`);
    const { clusters } = await (await server.request("/api/admin/clusters", { cookie: await login(server, scenario.secretary.email) })).json();
    expect(clusters[0].forums.find((f: { name: string }) => f.name === "Driftsgruppen Syd").rules).toEqual(RULES_SYD);

    const chef = page.locator(`[data-forum-id="${scenario.forum.id}"]`);
    await chef.getByRole("button", { name: `Redigér ${scenario.forum.name}` }).click();
    await chef.getByLabel(/^Refererer til/).selectOption({ label: "Driftsgruppen Syd" });
    await chef.getByRole("button", { name: "Gem forum" }).click();
    await expect.poll(() => chef.getByRole("alert").innerText()).toBe("Et forum kan ikke referere til sig selv, hverken direkte eller gennem andre fora.");

    await created.getByRole("button", { name: "Medlemmer af Driftsgruppen Syd" }).click();
    const invite = created.locator("form.invite-form");
    await invite.getByLabel("E-mail").fill("nanna.ny@test.invalid");
    await invite.getByLabel("Navn", { exact: true }).fill("Nanna Ny Holm");
    await invite.getByLabel(/^Rolle/).selectOption({ label: "Medlem" });
    await invite.getByRole("button", { name: "Tilføj en organisation" }).click();
    await invite.getByLabel("Ny organisation").fill("Vesthimmerlands Kommune");
    await invite.getByRole("button", { name: "Tilføj", exact: true }).click();
    await expect.poll(() => invite.getByLabel(/^Organisation/).locator("option:checked").innerText()).toBe("Vesthimmerlands Kommune");
    await invite.getByRole("button", { name: "Tilføj til forummet" }).click();

    const shown = created.getByTestId("invitation-link");
    await expect.poll(() => shown.innerText()).toContain("Der er ikke sat en mailserver op. Send linket til personen:");
    const link = await shown.getByRole("textbox").inputValue();
    // Links are built from PUBLIC_URL (unset here: http://localhost:PORT), never from the request.
    expect(link).toMatch(new RegExp(`^${publicUrl(server.deps.env)}/invitation/[a-z2-7]{52}$`));
    await expect.poll(() => created.getByTestId("members-panel").innerText()).toContain("Inviterede, der ikke har svaret");
    await expectNoAxeViolations(page);
    await context.close();

    const newcomer = await browser.newContext({ baseURL: server.url, locale: "da-DK", timezoneId: "Europe/Copenhagen" });
    newcomer.setDefaultTimeout(10_000);
    const guest = await newcomer.newPage();
    await guest.goto(new URL(link).pathname);
    await expect.poll(() => guest.getByRole("main").innerText()).toContain("Du er inviteret til Driftsgruppen Syd som medlem.");
    expect(await guest.getByLabel("Dit navn").inputValue()).toBe("Nanna Ny Holm");
    await expectNoAxeViolations(guest);
    await guest.getByLabel("Vælg en adgangskode").fill("et-langt-kodeord");
    await guest.getByRole("button", { name: "Opret bruger og log ind" }).click();
    await guest.waitForURL(`${server.url}/`);
    await expect.poll(() => guest.getByTestId("current-user").innerText()).toBe("Nanna Ny Holm");
    await guest.getByRole("link", { name: "Fora", exact: true }).click();
    await expect.poll(() => guest.getByTestId("forum-list").innerText()).toContain("Driftsgruppen Syd");

    await guest.goto(new URL(link).pathname);
    await expect.poll(() => guest.getByRole("alert").innerText()).toBe("Invitationslinket er udløbet eller allerede brugt. Bed forummets sekretariat om en ny invitation.");
    await expectNoAxeViolations(guest);
    await newcomer.close();
  });
});
