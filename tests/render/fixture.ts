import type { DocJSON } from "../../shared/blocks/types.js";
import { build } from "../../shared/editor/build.js";
import type { RenderableMeeting } from "../../server/render/meetingModel.js";

const { doc, kindedItem, agendaItem, section, paragraph, recommendation, decision, actionItem, escalation, attendance, actionFollowUp } = build;

/** A text node with marks, for links and emphasis. */
const marked = (text: string, ...marks: NonNullable<DocJSON["marks"]>): DocJSON => ({ type: "text", text, marks });

/** The titles of the fixture's items, in order. */
export const ITEM_TITLES = [
  "Deltagere",
  "Godkendelse af dagsorden",
  "Modeller til organisering",
  "Omprioritering af klyngemidler",
  "Opfølgning på aktionspunkter",
  "Eventuelt",
];

export const DECISION_TEXT = "Der var enighed om at tage udgangspunkt i model 1 og styrke den nuværende organisering.";
export const ABSENT_PERSON = "Kasper Mørk";

/** The budget table in item 4's Sagsfremstilling: a header row, then the rows. */
export const BUDGET_TABLE = [
  ["Indsats", "Budget", "Forbrug"],
  ["Indsats 5", "400.000 kr.", "0 kr."],
  ["Indsats 6", "350.000 kr.", "0 kr."],
];

/** Item 4's decision: a paragraph and a bulleted list. */
export const LIST_DECISION = { lead: "Midlerne omprioriteres:", points: ["Indsats 5 får 400.000 kr.", "Indsats 6 får 350.000 kr."] };

const budgetItem = kindedItem(
  "beslutning",
  ITEM_TITLES[3],
  section("sagsfremstilling", paragraph("Der er disponeret 750.000 kr. til indsatsen, og midlerne er endnu ikke brugt."), build.table(BUDGET_TABLE[0], ...BUDGET_TABLE.slice(1))),
  recommendation("Chefforum", "Drøfter om midlerne skal omprioriteres"),
  section("bilag", paragraph("Status for indsatser i handleplanen.docx")),
  section(
    "beslutning",
    decision([paragraph(LIST_DECISION.lead), build.bulletList(...LIST_DECISION.points)]),
    actionItem("Økonomigruppen udarbejder et revideret budget.", { ownerKind: "tekst", ownerName: "Økonomigruppen", dueKind: "dato", dueDate: "2025-03-03" }),
  ),
);

/** The id the fixture's budget item has, for its attachments. */
export const BUDGET_ITEM_ID = budgetItem.attrs!.id as string;

/** Chefforum's minutes in the shape of the real ones (seed 003), with invented people. */
export const meeting: RenderableMeeting = {
  clusterName: "Sundhedsklynge Midt",
  forumName: "Chefforum",
  title: "Møde i Chefforum",
  startsAt: new Date("2023-11-27T13:00:00Z"),
  place: "Mødelokale B, Regionshuset, Aalborg Øst",
  kind: "referat",
  doc: doc(
    agendaItem(
      ITEM_TITLES[0],
      attendance([
        { name: "Mette Brøndum", organisation: "Region Nordjylland", role: "medformand" },
        { name: "Jens Åkjær", organisation: "Aalborg Kommune", role: "medformand" },
        { name: "Lise Østergård", organisation: "Jammerbugt Kommune" },
        { name: ABSENT_PERSON, organisation: "Aalborg Universitetshospital", present: false },
        { name: "Pernille Hald", organisation: "PLO" },
        { name: "Sofie Bæk", organisation: "Jammerbugt Kommune", role: "sekretariat" },
        { name: "Anders Krøyer", organisation: "Region Nordjylland", role: "sekretariat" },
      ]),
    ),
    kindedItem("beslutning", ITEM_TITLES[1], recommendation("Chefforum", "Godkender dagsordenen"), section("beslutning", decision("Dagsordenen blev godkendt."))),
    kindedItem(
      "drøftelse",
      ITEM_TITLES[2],
      section(
        "sagsfremstilling",
        { type: "paragraph", content: [{ type: "text", text: "Notatet nævner <script>alert('x')</script> som eksempel. Se " }, marked("referatet", { type: "link", attrs: { href: "https://rn.dk/referater" } }), { type: "text", text: " eller " }, marked("klik her", { type: "link", attrs: { href: "javascript:alert(1)" } }), { type: "text", text: "." }] },
        build.bulletList("Bedre sammenhæng mellem fora", "Fokus på eskalationsprincippet"),
      ),
      recommendation("Chefforum", "Drøfter de tre modeller"),
      section(
        "beslutning",
        decision(DECISION_TEXT),
        actionItem("Kommissorierne tilrettes og fremlægges på næste møde i Chefforum.", { ownerKind: "sekretariatet", dueKind: "naeste_moede" }),
        escalation("Spørgsmålet om et regionsdækkende forum for børnesomatik løftes videre.", { targetForumName: "Strategisk Sundhedsforum", direction: "op" }),
      ),
    ),
    budgetItem,
    kindedItem("orientering", ITEM_TITLES[4], section("sagsfremstilling", paragraph("Status på aktionspunkter fra tidligere møder:"), actionFollowUp())),
    agendaItem(ITEM_TITLES[5], paragraph("Intet til referat.")),
  ),
  carryOver: [
    { text: "Mødeplan for 2024 udsendes", status: "i gang", ownerName: "Sekretariatet", meetingTitle: "Møde i Chefforum", meetingStartsAt: new Date("2023-09-25T12:00:00Z") },
  ],
  attachments: { [BUDGET_ITEM_ID]: ["Budgetoverblik 2024.xlsx"] },
};

/** The fixture as a joint meeting of Driftsgruppen Syd and Styregruppen Syd, hosted by a municipality whose chair leads it. */
export const jointMeeting: RenderableMeeting = {
  ...meeting,
  forumName: "Driftsgruppen Syd",
  clusterName: "Sundhedsklynge Syd",
  jointForumName: "Styregruppen Syd",
  hostName: "Aalborg Kommune",
  leaderName: "Karen Kommune Lund",
};

/** Whitespace folded to single spaces, so wrapped lines in a PDF read as the sentence they are. */
export const flat = (text: string): string => text.replace(/\s+/g, " ");

/** Where each needle occurs in `text`, each searched after the one before; -1 when missing or out of order. */
export function positionsInOrder(text: string, needles: string[]): number[] {
  let from = 0;
  return needles.map((needle) => {
    const at = text.indexOf(needle, from);
    from = at < 0 ? from : at + needle.length;
    return at;
  });
}
