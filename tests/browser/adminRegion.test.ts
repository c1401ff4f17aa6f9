import { and, eq } from "drizzle-orm";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clusterAdmins, clusters, memberships, regionAdmins, regions } from "../../db/schema/index.js";
import { expectNoAxeViolations } from "../helpers/axe.js";
import { launchBrowser, loggedInPage } from "../helpers/browser.js";
import { addForum, addMember, createForum, createMeetingScenario, createUser, reportTo, TEST_PASSWORD } from "../helpers/factories.js";
import { startTestServer, type TestServer } from "../helpers/testServer.js";

let server: TestServer;
let browser: Browser;
let scenario: Awaited<ReturnType<typeof createMeetingScenario>>;
let regionAdmin: { id: string; email: string };
let guest: { id: string; email: string };
let clusterName: string;

beforeAll(async () => {
  // No SMTP_URL: the invitation link is shown to the admin instead of mailed.
  [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
  const { db } = server.deps.database;
  scenario = await createMeetingScenario(db);
  const regionId = scenario.forum.regionId;
  await db.insert(clusterAdmins).values({ clusterId: scenario.forum.clusterId!, userId: scenario.secretary.id });
  regionAdmin = await createUser(db, { name: "Rikke Region" });
  await db.insert(regionAdmins).values({ regionId, userId: regionAdmin.id });
  const body = await addForum(db, { regionId, clusterId: null }, "Koordineringsgruppen", "regionalt_udvalg");
  await reportTo(db, scenario.forum.id, [body.id]);
  const elsewhere = await createForum(db, "Driftsforum Nord", regionId);
  guest = await createUser(db, { name: "Gitte Gæst" });
  await addMember(db, elsewhere.id, guest.id, "member");
  [{ name: clusterName }] = await db.select({ name: clusters.name }).from(clusters).where(eq(clusters.id, scenario.forum.clusterId!));
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const signIn = (email: string) => loggedInPage(browser, server.url, email);
const fitsWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

describe("region administration", () => {
  it("opens Administration to the admin of a region with no cluster yet", async () => {
    const { db } = server.deps.database;
    const [empty] = await db.insert(regions).values({ name: "Region Uden Klynger" }).returning();
    const founder = await createUser(db, { name: "Frede Første" });
    await db.insert(regionAdmins).values({ regionId: empty.id, userId: founder.id });
    const { context, page } = await signIn(founder.email);
    await page.getByRole("link", { name: "Administration" }).click();
    await page.getByTestId("admin-region").getByRole("heading", { name: "Region Uden Klynger" }).waitFor();
    expect(await page.getByTestId("admin-cluster").count()).toBe(0);
    await context.close();
  });

  it("creates a cluster and a body, links bodies, refuses a loop through a cluster's forum, and adds an organisation with its sector", async () => {
    const { context, page } = await signIn(regionAdmin.email);
    await page.getByRole("link", { name: "Administration" }).click();
    const region = page.getByTestId("admin-region");
    await region.getByRole("heading", { name: "Region Testland" }).waitFor();

    await region.getByLabel("Ny klynges navn").fill("Sundhedsklynge Vest");
    await region.getByRole("button", { name: "Opret klynge" }).click();
    await expect.poll(() => region.getByRole("status").first().innerText()).toBe("Klyngen Sundhedsklynge Vest er oprettet.");
    await expect.poll(() => page.getByTestId("admin-cluster").filter({ hasText: "Sundhedsklynge Vest" }).count()).toBe(1);
    await region.getByLabel("Ny klynges navn").fill("Sundhedsklynge Vest");
    await region.getByRole("button", { name: "Opret klynge" }).click();
    await expect.poll(() => region.getByRole("alert").innerText()).toBe("Navnet er allerede i brug i regionen. Vælg et andet.");

    await region.getByRole("button", { name: "Nyt regionalt organ" }).click();
    const form = region.getByTestId("forum-form");
    await form.getByLabel("Navn", { exact: true }).fill("Strategisk Sundhedsforum");
    await form.getByLabel("Niveau").selectOption({ label: "Politisk niveau" });
    // Every cluster's forums are offered, each under its cluster's name.
    expect(await form.getByRole("group", { name: clusterName }).getByLabel(scenario.forum.name).count()).toBe(1);
    await expectNoAxeViolations(page);
    await form.getByRole("button", { name: "Gem forum" }).click();
    const strategic = region.getByTestId("admin-forum").filter({ hasText: "Strategisk Sundhedsforum" });
    await expect.poll(() => strategic.innerText()).toContain("Politisk niveau");

    const coordination = region.getByTestId("admin-forum").filter({ hasText: "Koordineringsgruppen" });
    await coordination.getByRole("button", { name: "Redigér Koordineringsgruppen" }).click();
    await coordination.getByRole("group", { name: "Regionale organer" }).getByLabel("Strategisk Sundhedsforum").check();
    await coordination.getByRole("button", { name: "Gem forum" }).click();
    await expect.poll(() => coordination.innerText()).toContain("refererer til Strategisk Sundhedsforum");

    // Chefforum → Koordineringsgruppen → Strategisk Sundhedsforum: back to Chefforum would close a loop.
    await strategic.getByRole("button", { name: "Redigér Strategisk Sundhedsforum" }).click();
    await strategic.getByRole("group", { name: clusterName }).getByLabel(scenario.forum.name).check();
    await strategic.getByRole("button", { name: "Gem forum" }).click();
    await expect.poll(() => strategic.getByRole("alert").innerText()).toBe("Et forum kan ikke referere til sig selv, hverken direkte eller gennem andre fora.");
    await strategic.getByRole("button", { name: "Fortryd" }).click();

    const organisations = region.locator(".region-organisations");
    await organisations.getByLabel("Ny organisation").fill("Aalborg Universitetshospital");
    await organisations.getByLabel("Sektor").selectOption({ label: "Region/hospital" });
    await organisations.getByRole("button", { name: "Tilføj organisation" }).click();
    await expect.poll(() => organisations.getByTestId("region-organisations").innerText()).toContain("Aalborg Universitetshospital · Region/hospital");
    await organisations.getByLabel("Ny organisation").fill("Aalborg Universitetshospital");
    await organisations.getByRole("button", { name: "Tilføj organisation" }).click();
    await expect.poll(() => organisations.getByRole("alert").innerText()).toBe("Navnet er allerede i brug i regionen. Vælg et andet.");

    await page.setViewportSize({ width: 390, height: 844 });
    expect(await fitsWidth(page)).toBe(true);
    await expectNoAxeViolations(page);
    await context.close();
  });

  it("invites someone with an account in another cluster, who logs in from the invitation and accepts", async () => {
    const admin = await signIn(scenario.secretary.email);
    await admin.page.getByRole("link", { name: "Administration" }).click();
    const chef = admin.page.locator(`[data-forum-id="${scenario.forum.id}"]`);
    await chef.getByRole("button", { name: `Medlemmer af ${scenario.forum.name}` }).click();
    const invite = chef.locator("form.invite-form");
    await invite.getByLabel("E-mail").fill(guest.email);
    await invite.getByLabel("Navn", { exact: true }).fill("Gitte fra Klynge Nord");
    await invite.getByRole("button", { name: "Tilføj til forummet" }).click();
    const link = await chef.getByTestId("invitation-link").getByRole("textbox").inputValue();
    const panel = chef.getByTestId("members-panel");
    await expect.poll(() => panel.innerText()).toContain("Gitte fra Klynge Nord");
    expect(await panel.innerText()).not.toContain("Gitte Gæst");
    await admin.context.close();

    const other = await signIn(scenario.outsider.email);
    await other.page.goto(new URL(link).pathname);
    await expect.poll(() => other.page.getByRole("main").innerText()).toContain(`Du er logget ind som ${scenario.outsider.email}, men invitationen er sendt til ${guest.email}.`);
    await expectNoAxeViolations(other.page);
    await other.context.close();

    const context = await browser.newContext({ baseURL: server.url, locale: "da-DK", timezoneId: "Europe/Copenhagen" });
    context.setDefaultTimeout(10_000);
    const page = await context.newPage();
    await page.goto(new URL(link).pathname);
    await page.getByRole("heading", { name: "Har du allerede en bruger?" }).waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole("link", { name: `Log ind som ${guest.email}, og tag imod invitationen` }).click();
    await page.getByLabel("E-mail").fill(guest.email);
    await page.getByLabel("Adgangskode").fill(TEST_PASSWORD);
    await page.getByRole("button", { name: "Log ind" }).click();
    await page.getByRole("button", { name: "Tag imod invitationen" }).click();
    await page.waitForURL(`${server.url}/`);
    const { db } = server.deps.database;
    const seats = await db.select().from(memberships).where(and(eq(memberships.userId, guest.id), eq(memberships.forumId, scenario.forum.id)));
    expect(seats.map((s) => s.role)).toEqual(["member"]);
    await context.close();
  });
});
