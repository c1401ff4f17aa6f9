import ical from "node-ical";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMeeting } from "../../server/commands/meetingCreator.js";
import { copenhagenTime } from "../../shared/rules/copenhagenTime.js";
import { MEETING_2030, addMember, createForum, createMeetingScenario } from "../helpers/factories.js";
import { login } from "../helpers/session.js";
import { startTestServer, type TestServer } from "../helpers/testServer.js";

let server: TestServer;
let scenario: Awaited<ReturnType<typeof createMeetingScenario>>;
let cookie: string;

beforeAll(async () => {
  server = await startTestServer();
  scenario = await createMeetingScenario(server.deps.database.db, undefined, { startsAt: MEETING_2030 });
  cookie = await login(server, scenario.member.email);
  // Summer time: 14.00 in Copenhagen is 12.00 UTC.
  await createMeeting(server.deps.database.db, { forumId: scenario.forum.id, title: "Sommermøde", startsAt: copenhagenTime(2030, 6, 20, 14, 0), place: "Aalborg" });
});
afterAll(() => server.close());

describe("the mødeplan", () => {
  it("lists the year's meetings with their deadlines", async () => {
    const res = await server.request("/api/plan?year=2030", { cookie });
    const { meetings } = await res.json();
    expect(meetings.map((m: { title: string; deadlines: { agendaDue: string } }) => [m.title, m.deadlines.agendaDue])).toEqual([
      ["Møde i Chefforum", "2030-02-18"],
      ["Sommermøde", "2030-06-06"],
    ]);
    expect((await (await server.request("/api/plan?year=2031", { cookie })).json()).meetings).toEqual([]);
  });
});

describe("calendar feeds", () => {
  it("serves a private feed that a standard parser reads, with Copenhagen times", async () => {
    const res = await server.request("/api/me/calendar", { method: "POST", cookie });
    expect(res.status).toBe(201);
    const { url } = await res.json();
    const feed = await server.request(new URL(url).pathname);
    expect(feed.headers.get("content-type")).toContain("text/calendar");
    const events = Object.values(ical.sync.parseICS(await feed.text())).filter((e) => e.type === "VEVENT") as ical.VEvent[];
    const summer = events.find((e) => String(e.summary).includes("Sommermøde"))!;
    expect(summer.start.toISOString()).toBe("2030-06-20T12:00:00.000Z");
    expect(summer.location).toBe("Aalborg");
    const winter = events.find((e) => String(e.summary).includes("Møde i Chefforum"))!;
    expect(winter.start.toISOString()).toBe("2030-03-04T13:00:00.000Z");
    expect(winter.uid).toBe(`${scenario.meetingId}@moedebord`);

    const forumFeed = await server.request(new URL(url).pathname.replace(".ics", `/${scenario.forum.id}.ics`));
    expect(forumFeed.status).toBe(200);
  });

  it("moves the event when the meeting moves", async () => {
    const { url } = await (await server.request("/api/me/calendar", { method: "POST", cookie })).json();
    const secretary = await login(server, scenario.secretary.email);
    const moved = await server.request(`/api/meetings/${scenario.meetingId}`, { method: "PATCH", json: { startsAt: "2030-03-05T09:30:00+01:00", place: "Hjørring" }, cookie: secretary });
    expect(moved.status).toBe(200);
    expect((await server.request(`/api/meetings/${scenario.meetingId}`, { method: "PATCH", json: { place: "X" }, cookie })).status).toBe(403);
    const events = Object.values(ical.sync.parseICS(await (await server.request(new URL(url).pathname)).text())) as ical.VEvent[];
    const event = events.find((e) => e.uid === `${scenario.meetingId}@moedebord`)!;
    expect(event.start.toISOString()).toBe("2030-03-05T08:30:00.000Z");
    expect(event.location).toBe("Hjørring");
    expect(events.filter((e) => e.type === "VEVENT")).toHaveLength(2);
  });

  it("retires the old URL when a new one is made, and knows no forged token", async () => {
    const first = (await (await server.request("/api/me/calendar", { method: "POST", cookie })).json()).url;
    const second = (await (await server.request("/api/me/calendar", { method: "POST", cookie })).json()).url;
    expect((await server.request(new URL(first).pathname)).status).toBe(404);
    expect((await server.request(new URL(second).pathname)).status).toBe(200);
    expect((await fetch(`${server.url}/ical/${"a".repeat(52)}.ics`)).status).toBe(404);
    expect((await fetch(`${server.url}/ical/not-a-token.ics`)).status).toBe(404);
  });

  it("answers an empty calendar for a forum of the user's with no meetings yet, and 404 for a forum not theirs", async () => {
    const { db } = server.deps.database;
    const empty = await createForum(db, "Driftsforum uden møder");
    await addMember(db, empty.id, scenario.member.id, "member");
    const stranger = await createForum(db, "Et andet forum");
    const { url } = await (await server.request("/api/me/calendar", { method: "POST", cookie })).json();
    const feed = await server.request(new URL(url).pathname.replace(".ics", `/${empty.id}.ics`));
    expect(feed.status).toBe(200);
    const parsed = ical.sync.parseICS(await feed.text());
    expect(Object.values(parsed).filter((e) => e.type === "VEVENT")).toEqual([]);
    expect((await server.request(new URL(url).pathname.replace(".ics", `/${stranger.id}.ics`))).status).toBe(404);
  });
});
