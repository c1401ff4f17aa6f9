import { expect } from "vitest";
import type * as Y from "yjs";
import { clusterAdmins } from "../../db/schema/index.js";
import { build } from "../../shared/editor/build.js";
import { docEdits } from "./docEdits.js";
import { addForum, addMember, createMeetingScenario, createTestMeeting, createUser, holdMeeting } from "./factories.js";
import { heldMeeting, step } from "./minutesScenario.js";
import { login } from "./session.js";
import { connectClient, synced, type SyncClient } from "./syncClient.js";
import type { TestServer } from "./testServer.js";
import { waitFor } from "./waitFor.js";

/** An agenda title long enough to show how titles wrap on a phone. */
export const LONG_TITLE = "Opfølgning på sammenhængende patientforløb for borgere med kronisk sygdom og samtidigt misbrug";

/** Connects as an editor and writes into the document; the caller destroys the client once the server has extracted what was written. */
async function writeBlocks(server: TestServer, documentId: string, cookie: string, write: (doc: Y.Doc) => void): Promise<SyncClient> {
  const client = connectClient(server.url, documentId, cookie);
  await synced(client);
  write(client.doc);
  return client;
}

/**
 * Every kind of page filled as in use: a forum (Chefforum) with an upcoming
 * meeting's agenda and, held yesterday, minutes that are out for approval
 * with a long document, a decision and an action item; a Driftsforum below
 * it whose escalation waits in Chefforum's inbox. The secretary is also a
 * cluster admin, so every page is open to them.
 */
export async function createScreensScenario(server: TestServer) {
  const { db } = server.deps.database;
  const scenario = await createMeetingScenario(db, build.doc(build.agendaItem(LONG_TITLE, build.paragraph("Sekretariatet orienterer."))), {
    startsAt: new Date(Date.now() + 7 * 86_400_000),
  });
  await db.insert(clusterAdmins).values({ clusterId: scenario.forum.clusterId!, userId: scenario.secretary.id });
  const secretaryCookie = await login(server, scenario.secretary.email);

  const longReport = Array.from({ length: 30 }, (_, n) => build.paragraph(`Afsnit ${n + 1} af sagsfremstillingen om forløbet.`));
  const minutes = await heldMeeting(server, scenario.forum.id, build.doc(build.agendaItem("Deltagere", build.paragraph("Alle")), build.agendaItem(LONG_TITLE, ...longReport)));
  const writer = await writeBlocks(server, minutes.documentId, secretaryCookie, (doc) => {
    docEdits.addBlock(doc, 1, "decision", "Forummet godkender modellen for forløbet.");
    docEdits.addBlock(doc, 1, "actionItem", "Sekretariatet beskriver forløbet for de fire kommuner", { ownerKind: "sekretariatet", ownerName: "Sekretariatet", dueKind: "naeste_moede" });
  });
  await waitFor(async () => {
    const res = await server.request(`/api/action-items?scope=forum&forumId=${scenario.forum.id}`, { cookie: secretaryCookie });
    expect((await res.json()).actionItems).toHaveLength(1);
  });
  writer.destroy();
  expect((await step(server, minutes.meetingId, secretaryCookie, "referat_udsendt", true)).status).toBe(200);

  const drift = await addForum(db, scenario.forum, "Driftsforum Voksenpsykiatri", "driftsforum", [scenario.forum.id]);
  const driftSecretary = await createUser(db, { name: "Pia Drift Sekretær" });
  await addMember(db, drift.id, driftSecretary.id, "secretariat");
  const driftMeeting = await createTestMeeting(db, drift.id, build.doc(build.agendaItem("Udskrivning", build.paragraph())));
  await holdMeeting(db, driftMeeting.meetingId);
  const sender = await writeBlocks(server, driftMeeting.documentId, await login(server, driftSecretary.email), (doc) => {
    docEdits.addBlock(doc, 0, "escalation", "Fælles udskrivningsstandard ønskes kvalificeret", { targetForumId: scenario.forum.id, targetForumName: scenario.forum.name, direction: "op" });
  });
  await waitFor(async () => {
    const res = await server.request(`/api/forums/${scenario.forum.id}/inbox`, { cookie: secretaryCookie });
    expect((await res.json()).escalations).toHaveLength(1);
  });
  sender.destroy();

  return { ...scenario, minutes, secretaryCookie };
}
