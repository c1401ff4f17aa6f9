import type { DocJSON } from "../shared/blocks/extractBlocks.js";
import { build } from "../shared/editor/build.js";

/** A short Chefforum agenda in the shape of the forum's real minutes. */
export function demoAgenda(participants: { name: string; organisation: string; note?: string }[], secretariat: string[]): DocJSON {
  const { doc, agendaItem, heading, paragraph, orderedList } = build;
  return doc(
    agendaItem(
      "Deltagere",
      heading(3, "Deltagere"),
      ...participants.map((p) => paragraph(`${p.name}, ${p.organisation}${p.note ? ` (${p.note})` : ""}`)),
      heading(3, "Sekretariat"),
      ...secretariat.map((s) => paragraph(s)),
    ),
    agendaItem(
      "Godkendelse af dagsorden",
      heading(3, "Sagsfremstilling"),
      paragraph("Det indstilles, at Chefforum:"),
      orderedList("Godkender dagsordenen"),
      heading(3, "Beslutning"),
      paragraph(),
    ),
    agendaItem(
      "Opfølgning på udskrivningsforløb for ældre medicinske patienter",
      heading(3, "Sagsfremstilling"),
      paragraph(
        "Driftsforum Voksen Somatik har fulgt op på samarbejdsaftalen om indlæggelse og udskrivning. Punktet giver en status på de aftalte indsatser og de data, der følges.",
      ),
      heading(3, "Indstilling"),
      paragraph("Det indstilles, at Chefforum:"),
      orderedList("Tager orienteringen til efterretning", "Drøfter behovet for justeringer af indsatserne"),
      heading(3, "Beslutning"),
      paragraph(),
    ),
    agendaItem(
      "Omprioritering af klyngemidler",
      heading(3, "Sagsfremstilling"),
      paragraph("Sekretariatet har samlet forslag til omprioritering af de resterende klyngemidler for indeværende år."),
      heading(3, "Indstilling"),
      paragraph("Det indstilles, at Chefforum:"),
      orderedList("Godkender omprioriteringen af klyngemidlerne"),
      heading(3, "Beslutning"),
      paragraph(),
    ),
    agendaItem("Eventuelt", paragraph()),
  );
}
