import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { build } from "../../shared/editor/build.js";
import { addForum, createMeetingScenario, reportTo, testRegion } from "../helpers/factories.js";
import { login } from "../helpers/session.js";
import { startTestServer, type TestServer } from "../helpers/testServer.js";
import { waitFor } from "../helpers/waitFor.js";
import { connectClient, synced } from "../helpers/syncClient.js";
import { docEdits } from "../helpers/docEdits.js";
import { actionItems, agendaItems, attendees, decisions, escalations } from "../../db/schema/index.js";
import { asc, eq, isNull, and } from "drizzle-orm";

const { doc, kindedItem, section, paragraph, recommendation, decision, actionItem, escalation, attendance, bulletList } = build;

// The minutes of Chefforum Midt, 27 November 2023 (seed 003), rebuilt with invented people; the
// escalation goes up to Strategisk Sundhedsforum, the region-wide body with id `strategiskId`.
const minutes003 = (strategiskId: string) =>
  doc(
    kindedItem(
      null,
      "Deltagere",
      attendance([
        { name: "Dorthe Lind Sørensen", organisation: "Region Nordjylland", role: "medformand" },
        { name: "Torsten Kjær Holm", organisation: "Aalborg Kommune", role: "medformand" },
        { name: "Helle Bruun", organisation: "Jammerbugt Kommune" },
        { name: "Jesper Vang", organisation: "Aalborg Universitetshospital", present: false },
        { name: "Marianne Skov", organisation: "Psykiatrien" },
        { name: "Rune Steffensen", organisation: "PLO" },
        { name: "Birgit Andersen", organisation: "Patientinddragelsesudvalget" },
        { name: "Lise Rosenkvist", organisation: "Jammerbugt Kommune", role: "sekretariat" },
        { name: "Bo Pedersen", organisation: "Aalborg Kommune", role: "sekretariat" },
      ]),
    ),
    kindedItem("beslutning", "Godkendelse af dagsorden", section("beslutning", decision("Dagsordenen blev godkendt efter en præsentationsrunde.")), recommendation("Chefforum", "Godkender dagsordenen")),
    kindedItem(
      "beslutning",
      "Modeller til organisering",
      section(
        "beslutning",
        decision("Der var enighed om at tage udgangspunkt i model 1 og styrke den eksisterende organisering."),
        bulletList("Driftsforum for Somatik og Psykiatri skal koordinere med hinanden", "Der skal være fokus på at bruge eskalationsprincippet aktivt"),
        actionItem("Kommissorierne tilrettes og fremlægges på næste møde i Chefforum.", { ownerKind: "sekretariatet", ownerName: "Sekretariatet", dueKind: "naeste_moede" }),
        escalation("Om der skal etableres et regionsdækkende forum for Børnesomatik løftes ind i Strategisk Sundhedsforum.", { targetForumId: strategiskId, targetForumName: "Strategisk Sundhedsforum", direction: "op" }),
      ),
      section("sagsfremstilling", paragraph("På Chefforums halvdagsseminar blev sammenhængen mellem driftsfora drøftet.")),
    ),
    kindedItem(
      "beslutning",
      "Omprioritering af klyngemidler",
      section("beslutning", decision("Der var enighed om at omprioritere de overskydende midler fra Tilgængelighedsanalysen til de andre indsatser.")),
      section("bilag", paragraph("Oversigt over klyngemidler.xlsx")),
    ),
    kindedItem("orientering", "Orientering om møde på politisk niveau 15. november", section("beslutning", decision("Orienteringen blev taget til efterretning."))),
    kindedItem(
      "beslutning",
      "Punkter til næste møde i Direktørforum",
      section(
        "beslutning",
        decision("Der var enighed om de fremlagte punkter og temaerne for de politiske møder i 2024."),
        actionItem("Der fremlægges en plan for disponering af de overskydende klyngemidler.", { ownerKind: "sekretariatet", ownerName: "Sekretariatet", dueKind: "betingelse", dueCondition: "til Direktørforums møde 18. december" }),
      ),
    ),
    kindedItem("beslutning", "Mødeplan 2024", section("beslutning", decision("Møderne blev godkendt."))),
    kindedItem("orientering", "Akutplanen - opfølgning på data", section("beslutning", decision("Data blev gennemgået og orienteringen blev taget til efterretning.")), section("bilag", paragraph("Akutpakken - Bilag.docx"))),
    kindedItem(null, "Eventuelt", section("beslutning", paragraph("Ingen bemærkninger."))),
  );

let server: TestServer;
let scenario: Awaited<ReturnType<typeof createMeetingScenario>>;

beforeAll(async () => {
  server = await startTestServer();
  const { db } = server.deps.database;
  const strategisk = await addForum(db, { regionId: await testRegion(db), clusterId: null }, "Strategisk Sundhedsforum", "regionalt_udvalg");
  scenario = await createMeetingScenario(db, minutes003(strategisk.id));
  await reportTo(db, scenario.forum.id, [strategisk.id]);
});
afterAll(() => server.close());

describe("seed minutes 003 rebuilt", () => {
  it("extracts all nine items, the participants with one absence, the decisions, the actions and the escalation", async () => {
    // Extraction runs after an edit settles; the secretariat's touch starts it as a live meeting would.
    const client = connectClient(server.url, scenario.documentId, await login(server, scenario.secretary.email));
    await synced(client);
    docEdits.typeInItem(client.doc, 8, "Mødet sluttede kl. 16.00.");
    const { db } = server.deps.database;
    const live = <T extends { documentId: unknown; removedAt: unknown; position: unknown }>(t: T) => and(eq(t.documentId as never, scenario.documentId), isNull(t.removedAt as never));
    const items = await waitFor(async () => {
      const rows = await db.select().from(agendaItems).where(live(agendaItems)).orderBy(asc(agendaItems.position));
      expect(rows).toHaveLength(9);
      return rows;
    });
    client.destroy();
    expect(items.map((i) => `${i.number}. ${i.title}`)).toEqual([
      "1. Deltagere",
      "2. Godkendelse af dagsorden",
      "3. Modeller til organisering",
      "4. Omprioritering af klyngemidler",
      "5. Orientering om møde på politisk niveau 15. november",
      "6. Punkter til næste møde i Direktørforum",
      "7. Mødeplan 2024",
      "8. Akutplanen - opfølgning på data",
      "9. Eventuelt",
    ]);
    expect(items.map((i) => i.kind)).toEqual([null, "beslutning", "beslutning", "beslutning", "orientering", "beslutning", "beslutning", "orientering", null]);

    const people = await db.select().from(attendees).where(live(attendees)).orderBy(asc(attendees.position));
    expect(people).toHaveLength(9);
    expect(people.filter((p) => !p.present).map((p) => p.name)).toEqual(["Jesper Vang"]);
    expect(people.filter((p) => p.role === "medformand")).toHaveLength(2);
    expect(people.filter((p) => p.role === "sekretariat").map((p) => p.name)).toEqual(["Lise Rosenkvist", "Bo Pedersen"]);

    const numberOf = new Map(items.map((i) => [i.id, i.number]));
    const made = await db.select().from(decisions).where(live(decisions)).orderBy(asc(decisions.position));
    expect(made.map((d) => numberOf.get(d.agendaItemId!))).toEqual(["2", "3", "4", "5", "6", "7", "8"]);
    const actions = await db.select().from(actionItems).where(live(actionItems)).orderBy(asc(actionItems.position));
    expect(actions.map((a) => [numberOf.get(a.agendaItemId!), a.ownerName, a.dueKind, a.dueCondition])).toEqual([
      ["3", "Sekretariatet", "naeste_moede", null],
      ["6", "Sekretariatet", "betingelse", "til Direktørforums møde 18. december"],
    ]);
    const sent = await db.select().from(escalations).where(live(escalations));
    expect(sent.map((e) => [numberOf.get(e.agendaItemId!), e.targetForumName, e.direction])).toEqual([["3", "Strategisk Sundhedsforum", "op"]]);
  });
});
