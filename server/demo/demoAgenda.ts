import type { DocJSON } from "../../shared/blocks/types.js";
import { build, type AttendeeInput } from "../../shared/editor/build.js";
import { agendaTemplate } from "../commands/agendaTemplate.js";
import { DEFAULT_STANDING_ITEMS } from "../../shared/rules/standingItems.js";

/** Two case items in the shape of Chefforum's real minutes (invented content). */
function caseItems(forumName: string): DocJSON[] {
  const { kindedItem, section, paragraph, recommendation } = build;
  return [
    kindedItem(
      "drøftelse",
      "Opfølgning på udskrivningsforløb for ældre medicinske patienter",
      section(
        "sagsfremstilling",
        paragraph(
          "Driftsforum Voksen Somatik har fulgt op på samarbejdsaftalen om indlæggelse og udskrivning. Punktet giver en status på de aftalte indsatser og de data, der følges.",
        ),
      ),
      recommendation(forumName, "Tager orienteringen til efterretning", "Drøfter behovet for justeringer af indsatserne"),
      section("bilag", paragraph("Statusnotat, udskrivningsforløb.pdf")),
      section("beslutning"),
    ),
    kindedItem(
      "beslutning",
      "Omprioritering af klyngemidler",
      section("sagsfremstilling", paragraph("Sekretariatet har samlet forslag til omprioritering af de resterende klyngemidler for indeværende år.")),
      recommendation(forumName, "Godkender omprioriteringen af klyngemidlerne"),
      section("beslutning"),
    ),
  ];
}

/** The demo Chefforum agenda: the standing items with two case items before Eventuelt. */
export function demoAgenda(forumName: string, participants: AttendeeInput[]): DocJSON {
  const doc = agendaTemplate({ forumName, standingItems: DEFAULT_STANDING_ITEMS, participants });
  const items = doc.content!;
  return build.doc(...items.slice(0, -1), ...caseItems(forumName), items[items.length - 1]);
}
