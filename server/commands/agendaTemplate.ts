import type { DocJSON } from "../../shared/blocks/types.js";
import { build, type AttendeeInput } from "../../shared/editor/build.js";
import type { StandingItem } from "../../shared/rules/standingItems.js";

/** What a new agenda is filled from. */
export interface AgendaTemplateInput {
  forumName: string;
  standingItems: StandingItem[];
  /** The forum's members, chairs and secretariat, for the Deltagere item. */
  participants: AttendeeInput[];
  /** Collaboration agreements due for review at this meeting (årshjul), proposed as items. */
  reviews?: string[];
}

function standingItem(item: StandingItem, input: AgendaTemplateInput): DocJSON {
  const filled = filledItem(item, input);
  // Recorded so that later commands find the item by what it is, not by how the forum titles it.
  return { ...filled, attrs: { ...filled.attrs, template: item.template } };
}

function filledItem(item: StandingItem, input: AgendaTemplateInput): DocJSON {
  const { section, paragraph, kindedItem } = build;
  switch (item.template) {
    case "deltagere":
      return kindedItem(null, item.title, build.attendance(input.participants));
    case "godkendelse":
      return kindedItem("beslutning", item.title, build.recommendation(input.forumName, "Godkender dagsordenen"), section("beslutning"));
    case "opfoelgning":
      return kindedItem(
        "orientering",
        item.title,
        section("sagsfremstilling", paragraph("Status på aktionspunkter fra tidligere møder:"), build.actionFollowUp()),
        build.recommendation(input.forumName, "Tager orienteringen til efterretning"),
        section("beslutning"),
      );
    case "eventuelt":
    case "fri":
      return kindedItem(null, item.title, paragraph());
  }
}

/**
 * The document of a new meeting: the forum's standing items in order, the
 * participants list prefilled from its memberships (chairs as medformand,
 * the secretariat listed apart), and the årshjul's reviews due at it.
 */
export function agendaTemplate(input: AgendaTemplateInput): DocJSON {
  const items = input.standingItems.map((item) => standingItem(item, input));
  const reviews = (input.reviews ?? []).map((name) =>
    build.kindedItem(
      "drøftelse",
      `Revision af samarbejdsaftale: ${name}`,
      build.section("sagsfremstilling", build.paragraph(`Ifølge årshjulet gennemgår forummet samarbejdsaftalen "${name}" på dette møde.`)),
      build.recommendation(input.forumName, "Drøfter om samarbejdsaftalen skal revideres"),
      build.section("beslutning"),
    ),
  );
  // Proposed reviews go before Eventuelt, which closes every agenda.
  const last = input.standingItems.at(-1)?.template === "eventuelt" ? items.length - 1 : items.length;
  return build.doc(...items.slice(0, last), ...reviews, ...items.slice(last));
}
