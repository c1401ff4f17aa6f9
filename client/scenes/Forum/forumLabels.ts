import type { TFunction } from "i18next";
import { FORUM_KINDS, ROLES, type ForumKind, type Role } from "../Admin/adminApi.js";

/** The name of a forum kind ("Driftsforum"), or the raw value for one this client does not know. */
export function kindLabel(kind: string, t: TFunction): string {
  return FORUM_KINDS.includes(kind as ForumKind) ? t(`forum.kinds.${kind as ForumKind}`) : kind;
}

/** The name of a role in a forum ("Sekretariat"), or the raw value for one this client does not know. */
export function roleLabel(role: string, t: TFunction): string {
  return ROLES.includes(role as Role) ? t(`forum.roles.${role as Role}`) : role;
}
