import { eq } from "drizzle-orm";
import { meetings } from "../../db/schema/index.js";
import { createMeeting, type NewMeeting } from "../../server/commands/meetingCreator.js";
import type { DocJSON } from "../../shared/blocks/types.js";
import { build } from "../../shared/editor/build.js";
import type { TestServer } from "./testServer.js";

/** The people of a meeting scenario by their cookies. */
export type Cookies = Record<"chair" | "secretary" | "member" | "outsider", string>;

/** Heading fields of a {@link heldMeeting} other than the defaults: title, place, host, mødeleder, joint forum. */
export type HeldMeetingFields = Partial<Pick<NewMeeting, "title" | "place" | "hostOrganisationId" | "leaderUserId" | "jointForumId">>;

/** A meeting held yesterday whose minutes are in draft, ready to be sent: the state the record rules start from. */
export async function heldMeeting(server: TestServer, forumId: string, content?: DocJSON, fields: HeldMeetingFields = {}) {
  const { db } = server.deps.database;
  const made = await createMeeting(db, {
    forumId,
    title: fields.title ?? "Møde i Chefforum",
    startsAt: new Date(Date.now() - 86_400_000),
    place: fields.place ?? "Mødelokale 1",
    hostOrganisationId: fields.hostOrganisationId,
    leaderUserId: fields.leaderUserId,
    jointForumId: fields.jointForumId,
    content: content ?? build.doc(build.agendaItem("Deltagere", build.paragraph("Alle")), build.agendaItem("Økonomi", build.paragraph("Budgettet blev drøftet."))),
  });
  await db.update(meetings).set({ status: "referat_kladde" }).where(eq(meetings.id, made.meetingId));
  return made;
}

/** Requests one lifecycle step as the given person. */
export function step(server: TestServer, meetingId: string, cookie: string, to: string, confirmCpr = false) {
  return server.request(`/api/meetings/${meetingId}/transitions`, { method: "POST", json: { to, confirmCpr }, cookie });
}

/** "Godkend referatet" as the given person. */
export function approve(server: TestServer, meetingId: string, cookie: string) {
  return server.request(`/api/meetings/${meetingId}/approvals`, { method: "POST", cookie });
}

/** Sends the minutes, has the member and then the chair approve: the minutes end `godkendt`. */
export async function sendAndApprove(server: TestServer, meetingId: string, cookies: Cookies): Promise<void> {
  for (const [res, expected] of [
    [await step(server, meetingId, cookies.secretary, "referat_udsendt", true), 200],
    [await approve(server, meetingId, cookies.member), 201],
    [await approve(server, meetingId, cookies.chair), 201],
  ] as const) {
    if (res.status !== expected) throw new Error(`expected ${expected}, got ${res.status}: ${await res.text()}`);
  }
}

/** The meeting row as stored. */
export async function storedMeeting(server: TestServer, meetingId: string) {
  const [row] = await server.deps.database.db.select().from(meetings).where(eq(meetings.id, meetingId));
  return row;
}

/** Uploads `bytes` as an attachment (Bilag) of a meeting, on one agenda item when given. */
export function uploadAttachment(server: TestServer, meetingId: string, cookie: string, file: { name: string; bytes: Uint8Array<ArrayBuffer>; agendaItemId?: string }) {
  const form = new FormData();
  form.set("file", new Blob([file.bytes]), file.name);
  if (file.agendaItemId) form.set("agendaItemId", file.agendaItemId);
  return server.request(`/api/meetings/${meetingId}/attachments`, { method: "POST", body: form, cookie });
}
