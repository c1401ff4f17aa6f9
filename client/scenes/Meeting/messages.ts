/** Danish text of the meeting workspace's view switch (mounted as `workspace` in the locale). */
export const workspaceDa = {
  views: "Vis",
  panels: "Mødets paneler",
  document: "Dokument",
  status: "Status",
  toc: "Indhold",
  decisions: "Beslutninger",
  escalations: "Eskaleringer",
  presence: "Til stede",
};

/** English text of the meeting workspace's view switch. */
export const workspaceEn: typeof workspaceDa = {
  views: "Show",
  panels: "Meeting panels",
  document: "Document",
  status: "Status",
  toc: "Contents",
  decisions: "Decisions",
  escalations: "Escalations",
  presence: "Present",
};
