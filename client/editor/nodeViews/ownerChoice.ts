import type { TFunction } from "i18next";
import { OWNER_KINDS, oneOf, type OwnerKind } from "../../../shared/editor/vocabulary.js";
import type { MeetingContext } from "../meetingData.js";

/** An action item's owner attributes, as stored on the node. */
export interface OwnerAttrs {
  ownerKind: OwnerKind | null;
  ownerId: string | null;
  ownerName: string | null;
}

/** Reads the owner attributes of a node. */
export function ownerOf(attrs: Record<string, unknown>): OwnerAttrs {
  const text = (v: unknown) => (typeof v === "string" && v ? v : null);
  return { ownerKind: oneOf(OWNER_KINDS, attrs.ownerKind, null), ownerId: text(attrs.ownerId), ownerName: text(attrs.ownerName) };
}

/** The value of the owner <select> for stored attributes: "person:<id>", "organisation:<id>", a kind, or "". */
export function ownerValue(owner: OwnerAttrs): string {
  if (owner.ownerKind === "person" || owner.ownerKind === "organisation") return owner.ownerId ? `${owner.ownerKind}:${owner.ownerId}` : "";
  return owner.ownerKind ?? "";
}

/** The attributes for a value chosen in the owner <select>. */
export function ownerFromValue(value: string, context: MeetingContext | null, t: TFunction): OwnerAttrs {
  const [kind, id] = value.split(/:(.*)/s) as [string, string | undefined];
  if (kind === "person") {
    const member = context?.members.find((m) => m.userId === id);
    return { ownerKind: "person", ownerId: id ?? null, ownerName: member?.name ?? null };
  }
  if (kind === "organisation") {
    const organisation = context?.organisations.find((o) => o.id === id);
    return { ownerKind: "organisation", ownerId: id ?? null, ownerName: organisation?.name ?? null };
  }
  if (kind === "sekretariatet" || kind === "formandskabet") return { ownerKind: kind, ownerId: null, ownerName: t(`blocks.ownerKinds.${kind}`, { lng: "da" }) };
  if (kind === "tekst") return { ownerKind: "tekst", ownerId: null, ownerName: null };
  return { ownerKind: null, ownerId: null, ownerName: null };
}

/** How the owner reads in a sentence, or null when none is set. */
export function ownerLabel(owner: OwnerAttrs, t: TFunction): string | null {
  if (owner.ownerKind === "sekretariatet" || owner.ownerKind === "formandskabet") return t(`blocks.ownerKinds.${owner.ownerKind}`);
  return owner.ownerName;
}
