/** The kind of an agenda item, following from its recommendation (Indstilling). */
export const AGENDA_ITEM_KINDS = ["beslutning", "drøftelse", "orientering"] as const;
export type AgendaItemKind = (typeof AGENDA_ITEM_KINDS)[number];

/** The sections of an agenda item, in the order the forums write them. */
export const ITEM_SECTIONS = ["sagsfremstilling", "indstilling", "bilag", "beslutning"] as const;
export type ItemSectionKind = (typeof ITEM_SECTIONS)[number];

/** Who an action item is for. */
export const OWNER_KINDS = ["person", "organisation", "sekretariatet", "formandskabet", "tekst"] as const;
export type OwnerKind = (typeof OWNER_KINDS)[number];

/** When an action item is due: a date, the forum's next meeting, or a condition in words. */
export const DUE_KINDS = ["dato", "naeste_moede", "betingelse"] as const;
export type DueKind = (typeof DUE_KINDS)[number];

/** The follow-up status of an action item. */
export const ACTION_STATUSES = ["åben", "i gang", "udført", "annulleret"] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** Which way an escalation goes on the forum ladder. */
export const ESCALATION_DIRECTIONS = ["op", "ned", "side"] as const;
export type EscalationDirection = (typeof ESCALATION_DIRECTIONS)[number];

/** A person's place in the Deltagere list. */
export const ATTENDEE_ROLES = ["medlem", "medformand", "sekretariat", "gæst"] as const;
export type AttendeeRole = (typeof ATTENDEE_ROLES)[number];

/** Danish labels of the section kinds, as the forums' documents print them. */
export const SECTION_LABELS: Record<ItemSectionKind, string> = {
  sagsfremstilling: "Sagsfremstilling",
  indstilling: "Indstilling",
  bilag: "Bilag",
  beslutning: "Beslutning",
};

/** Reads an attribute that must be one of `allowed`, falling back when it is not. */
export function oneOf<T extends string>(allowed: readonly T[], value: unknown, fallback: T): T;
export function oneOf<T extends string>(allowed: readonly T[], value: unknown, fallback: null): T | null;
export function oneOf<T extends string>(allowed: readonly T[], value: unknown, fallback: T | null): T | null {
  return typeof value === "string" && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}
