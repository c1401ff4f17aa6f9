import { eq } from "drizzle-orm";
import type { Browser } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { forums } from "../../db/schema/index.js";
import { createMeeting } from "../../server/commands/meetingCreator.js";
import { extractBlocks } from "../../shared/blocks/extractBlocks.js";
import { build } from "../../shared/editor/build.js";
import { DOCUMENT_FRAGMENT } from "../../shared/editor/schema.js";
import { copenhagenTime } from "../../shared/rules/copenhagenTime.js";
import { RULES_SYD } from "../../shared/rules/kommissorium.js";
import { expectNoAxeViolations } from "../helpers/axe.js";
import { launchBrowser, loggedInPage } from "../helpers/browser.js";
import { docEdits } from "../helpers/docEdits.js";
import { addForum, addMember, createMeetingScenario, createTestMeeting, createUser, holdMeeting, MEETING_2030 } from "../helpers/factories.js";
import { login } from "../helpers/session.js";
import { storedDocument } from "../helpers/storedDocument.js";
import { connectClient, synced, type SyncClient } from "../helpers/syncClient.js";
import { startTestServer, type TestServer } from "../helpers/testServer.js";
import { waitFor } from "../helpers/waitFor.js";

let server: TestServer;
let browser: Browser;
let chef: Awaited<ReturnType<typeof createMeetingScenario>>;
let easterMeeting: { meetingId: string; documentId: string };
let psyk: { forumId: string; documentId: string; secretaryEmail: string; cookie: string };
const clients: SyncClient[] = [];

const open = async (documentId: string, cookie: string) => {
  const client = connectClient(server.url, documentId, cookie);
  clients.push(client);
  await synced(client);
  return client;
};

beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
  const { db } = server.deps.database;
  chef = await createMeetingScenario(db, build.doc(build.agendaItem("Godkendelse af dagsorden", build.paragraph()), build.agendaItem("Eventuelt", build.paragraph())), { startsAt: MEETING_2030 });
  // Syd's rules: 10 working days before, 5 after; the meeting falls just after Easter 2030.
  await db.update(forums).set({ rules: RULES_SYD }).where(eq(forums.id, chef.forum.id));
  easterMeeting = await createMeeting(db, {
    forumId: chef.forum.id,
    title: "Chefforum efter påske",
    startsAt: copenhagenTime(2030, 4, 25, 10, 0),
    content: build.doc(build.agendaItem("Godkendelse af dagsorden", build.paragraph()), build.agendaItem("Eventuelt", build.paragraph())),
  });
  const psykForum = await addForum(db, chef.forum, "Driftsforum Voksenpsykiatri", "driftsforum", [chef.forum.id]);
  const psykSecretary = await createUser(db, { name: "Pia Psyk Sekretær" });
  await addMember(db, psykForum.id, psykSecretary.id, "secretariat");
  const psykMeeting = await createTestMeeting(db, psykForum.id, build.doc(build.agendaItem("Samarbejdsaftale om psykisk sygdom og misbrug", build.paragraph())));
  psyk = { forumId: psykForum.id, documentId: psykMeeting.documentId, secretaryEmail: psykSecretary.email, cookie: await login(server, psykSecretary.email) };
  // The Driftsforum's meeting is held: its escalations are sent, not proposed.
  await holdMeeting(db, psykMeeting.meetingId);
}, 120_000);
afterEach(() => {
  clients.splice(0).forEach((c) => c.destroy());
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Logs in through the login page. */
const signIn = (email: string) => loggedInPage(browser, server.url, email);

describe("the forum page", () => {
  it("shows the mødeplan with each deadline in Danish, counted in working days around Easter", async () => {
    const { context, page } = await signIn(chef.member.email);
    await page.getByRole("link", { name: "Fora", exact: true }).click();
    await page.getByRole("link", { name: chef.forum.name, exact: true }).click();
    await page.waitForURL(`**/fora/${chef.forum.id}`);
    await page.getByRole("button", { name: /^Næste år/ }).waitFor();
    await page.goto(`/fora/${chef.forum.id}?aar=2030`);

    const plan = page.getByTestId("plan-meeting");
    await expect.poll(() => plan.count()).toBe(2);
    const easter = plan.filter({ hasText: "Chefforum efter påske" });
    expect(await easter.innerText()).toContain("torsdag 25. april 2030 kl. 10.00");
    expect(await easter.getByTestId("deadlines").locator("li").allInnerTexts()).toEqual([
      "Dagsorden skal udsendes senest mandag 8. april 2030",
      "Referat skal udsendes senest torsdag 2. maj 2030",
    ]);
    expect(await easter.innerText()).toContain("Planlagt");

    await expectNoAxeViolations(page);

    await page.getByRole("button", { name: "Forrige år: 2029" }).click();
    await expect.poll(() => page.getByText("Ingen møder planlagt i 2029.").count()).toBe(1);
    expect(new URL(page.url()).searchParams.get("aar")).toBe("2029");
    // Two quick clicks go two years on, although the URL follows each a moment later.
    await page.getByRole("button", { name: /^Næste år/ }).click();
    await page.getByRole("button", { name: /^Næste år/ }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get("aar")).toBe("2031");
    await expect.poll(() => page.getByRole("heading", { level: 2, name: "Mødeplan 2031" }).count()).toBe(1);
    await context.close();
  });

  it("lets Chefforum's secretariat accept an escalation into a meeting, and the Driftsforum sees the decision", async () => {
    const minutes = await open(psyk.documentId, psyk.cookie);
    const escalationId = docEdits.addBlock(minutes.doc, 0, "escalation", "Uklar ansvarsfordeling ved samtidigt misbrug", {
      targetForumId: chef.forum.id,
      targetForumName: chef.forum.name,
      direction: "op",
    });
    const chefCookie = await login(server, chef.secretary.email);
    await waitFor(async () => {
      const body = await (await server.request(`/api/forums/${chef.forum.id}/inbox`, { cookie: chefCookie })).json();
      expect(body.escalations.map((e: { id: string }) => e.id)).toEqual([escalationId]);
    });

    const { context, page } = await signIn(chef.secretary.email);
    await page.goto(`/fora/${chef.forum.id}`);
    const item = page.getByTestId("inbox-item").filter({ hasText: "Uklar ansvarsfordeling" });
    expect(await item.innerText()).toContain("Fra Driftsforum Voksenpsykiatri, Møde i Chefforum");
    expect(await item.innerText()).toContain("Afventer behandling");
    await item.getByRole("button", { name: "Optag på dagsorden" }).click();
    const meeting = item.getByLabel(/^Møde/);
    expect(await meeting.inputValue()).toBe(chef.meetingId);
    await expectNoAxeViolations(page);
    await meeting.selectOption(easterMeeting.meetingId);
    await item.getByRole("button", { name: "Optag på dagsorden" }).click();
    await expect.poll(() => item.innerText()).toContain("Optaget på dagsorden");
    expect(await item.innerText()).toContain("Chefforum efter påske");

    const { escalations } = await (await server.request(`/api/forums/${chef.forum.id}/inbox`, { cookie: chefCookie })).json();
    expect(escalations[0]).toMatchObject({ state: "accepteret", targetMeeting: { id: easterMeeting.meetingId } });
    const agenda = extractBlocks(await storedDocument(server.deps.database.db, easterMeeting.documentId)).agendaItems;
    expect(agenda.map((i) => i.title)).toEqual(["Godkendelse af dagsorden", "Uklar ansvarsfordeling ved samtidigt misbrug", "Eventuelt"]);
    expect(agenda[1]).toMatchObject({ originDocumentId: psyk.documentId, originBlockId: escalationId });
    await context.close();

    const chefEditor = await open(easterMeeting.documentId, chefCookie);
    const itemIndex = chefEditor.doc
      .getXmlFragment(DOCUMENT_FRAGMENT)
      .toArray()
      .findIndex((el) => (el as Y.XmlElement).getAttribute("id") === agenda[1].id);
    // The meeting after Easter is held: what it decides is a decision the Driftsforum sees, not a proposal.
    await holdMeeting(server.deps.database.db, easterMeeting.meetingId, "moede_i_gang");
    docEdits.addDecision(chefEditor.doc, itemIndex, "Chefforum nedsætter en arbejdsgruppe.");
    await waitFor(async () => {
      const body = await (await server.request(`/api/forums/${psyk.forumId}/escalations`, { cookie: psyk.cookie })).json();
      expect(body.escalations[0].outcome).toEqual(["Chefforum nedsætter en arbejdsgruppe."]);
    });

    const origin = await signIn(psyk.secretaryEmail);
    await origin.page.goto(`/fora/${psyk.forumId}#sendte`);
    const sent = origin.page.getByTestId("sent-item").filter({ hasText: "Uklar ansvarsfordeling" });
    await expect.poll(() => sent.innerText()).toContain("Beslutning:");
    expect(await sent.innerText()).toContain("Chefforum nedsætter en arbejdsgruppe.");
    expect(await sent.innerText()).toContain("↑ Op til Chefforum");
    await expectNoAxeViolations(origin.page);
    await origin.context.close();
  });

  it("offers only the moves an escalation's state allows, and explains a move someone else made first", async () => {
    const minutes = await open(psyk.documentId, psyk.cookie);
    const escalationId = docEdits.addBlock(minutes.doc, 0, "escalation", "Fælles triage i akutmodtagelsen", { targetForumId: chef.forum.id, targetForumName: chef.forum.name, direction: "op" });
    const chefCookie = await login(server, chef.secretary.email);
    await waitFor(async () => {
      const body = await (await server.request(`/api/forums/${chef.forum.id}/inbox`, { cookie: chefCookie })).json();
      expect(body.escalations.map((e: { id: string }) => e.id)).toContain(escalationId);
    });

    const { context, page } = await signIn(chef.secretary.email);
    await page.goto(`/fora/${chef.forum.id}`);
    const item = page.getByTestId("inbox-item").filter({ hasText: "Fælles triage" });
    const moves = item.getByRole("group").getByRole("button");
    await expect.poll(() => moves.allInnerTexts()).toEqual(["Optag på dagsorden", "Afvis", "Videresend", "Afslut med udfald"]);
    await item.getByRole("button", { name: "Afvis" }).click();
    await item.getByLabel(/^Begrundelse/).fill("Hører hjemme i Driftsforum");
    // Meanwhile a colleague puts it on an agenda.
    const accepted = await server.request(`/api/escalations/${psyk.documentId}/${escalationId}/accept`, { method: "POST", json: { meetingId: chef.meetingId }, cookie: chefCookie });
    expect(accepted.status).toBe(200);
    await item.getByRole("button", { name: "Afvis" }).click();

    await expect.poll(() => item.getByRole("alert").innerText()).toBe('Eskaleringen kan ikke afvises, fordi dens status er "Optaget på dagsorden".');
    await expect.poll(() => moves.allInnerTexts()).toEqual(["Afslut med udfald"]);
    expect(await item.locator(".badge").innerText()).toBe("Optaget på dagsorden");
    await expectNoAxeViolations(page);
    await context.close();
  });

  it("keeps the årshjul's agreements and hands out a personal calendar link", async () => {
    const { context, page } = await signIn(chef.chair.email);
    await page.goto(`/fora/${chef.forum.id}?aar=2030`);
    const wheel = page.getByTestId("section-aarshjul");
    await wheel.getByRole("button", { name: "Tilføj aftale" }).click();
    await wheel.getByLabel("Aftale", { exact: true }).fill("Indlæggelse og udskrivning");
    await wheel.getByLabel("Revideres i").selectOption({ label: "september" });
    await wheel.getByRole("button", { name: "Tilføj aftale" }).click();
    const agreement = wheel.getByTestId("agreement").filter({ hasText: "Indlæggelse og udskrivning" });
    await expect.poll(() => agreement.innerText()).toContain("september");
    await agreement.getByRole("button", { name: "Markér til revision: »Indlæggelse og udskrivning«" }).click();
    await expect.poll(() => agreement.locator(".badge").allInnerTexts()).toEqual(["Skal revideres"]);
    const { agreements } = await (await server.request(`/api/forums/${chef.forum.id}/agreements`, { cookie: await login(server, chef.member.email) })).json();
    expect(agreements).toMatchObject([{ name: "Indlæggelse og udskrivning", reviewMonth: 9, needsRevision: true }]);
    await expect.poll(() => wheel.getByRole("img").evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);

    await page.getByRole("button", { name: "Abonnér i kalender" }).click();
    const links = page.getByTestId("calendar-links");
    await expect.poll(() => links.innerText()).toContain("Linkene er personlige");
    const forumFeed = await links.getByLabel(`Kun ${chef.forum.name}`).inputValue();
    expect(forumFeed).toMatch(new RegExp(`/ical/[a-z2-7]{52}/${chef.forum.id}\\.ics$`));
    // Feed URLs are built from PUBLIC_URL; the test server answers them under its own address.
    const feed = await server.request(new URL(forumFeed).pathname);
    expect(feed.status).toBe(200);
    expect(await feed.text()).toContain("BEGIN:VCALENDAR");
    await expectNoAxeViolations(page);
    await context.close();
  });
});
