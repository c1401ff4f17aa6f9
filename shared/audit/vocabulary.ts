/** What an access-log entry records someone did: read, changed, or administered. */
export const ACCESS_ACTIONS = ["read", "change", "admin"] as const;
export type AccessAction = (typeof ACCESS_ACTIONS)[number];

/** What an access-log entry is about; the client and the CSV export name each in words. */
export const ACCESS_SUBJECTS = [
  "meeting",
  "document",
  "attachment",
  "export",
  "version",
  "comment",
  "approval",
  "actionItem",
  "escalation",
  "forum",
  "agreement",
  "membership",
  "cluster",
  "region",
  "organisation",
  "accessLog",
  "administration",
] as const;
export type AccessSubject = (typeof ACCESS_SUBJECTS)[number];

/** The Danish name of each subject, as "Min adgangslog" and the CSV export show it. */
export const ACCESS_SUBJECT_LABELS_DA: Record<AccessSubject, string> = {
  meeting: "Møde",
  document: "Dokument",
  attachment: "Bilag",
  export: "Eksport",
  version: "Version",
  comment: "Bemærkning",
  approval: "Godkendelse",
  actionItem: "Aktionspunkt",
  escalation: "Eskalering",
  forum: "Forum",
  agreement: "Samarbejdsaftale",
  membership: "Medlemskab",
  cluster: "Klynge",
  region: "Region",
  organisation: "Organisation",
  accessLog: "Adgangslog",
  administration: "Administration",
};

/** One entry of a person's own access log ("Min adgangslog"), as GET /api/me/access-log sends it. */
export interface OwnAccessEntry {
  id: number;
  /** ISO 8601 instant. */
  at: string;
  /** Who read or changed; null when their account is gone. */
  person: string | null;
  action: AccessAction;
  subject: AccessSubject;
  /** A short Danish description written by the server. */
  detail: string | null;
  meeting: { id: string; title: string };
  forum: { id: string; name: string } | null;
}
