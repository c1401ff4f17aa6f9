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

/** Danish text of the meeting's heading: joint forums, host and mødeleder (mounted as `meeting.heading`). */
export const meetingHeadingDa = {
  joint: "Fællesmøde: {{forum}} og {{joint}}",
  host: "Vært",
  leader: "Mødeleder",
  leaderDefault: "{{name}} (formand for værtens sektor)",
  notSet: "Ikke angivet",
  edit: "Ret vært og mødeleder",
  formTitle: "Vært og mødeleder",
  save: "Gem",
  saving: "Gemmer…",
  cancel: "Fortryd",
};

/** English text of the meeting's heading. */
export const meetingHeadingEn: typeof meetingHeadingDa = {
  joint: "Joint meeting: {{forum}} and {{joint}}",
  host: "Host",
  leader: "Chairing",
  leaderDefault: "{{name}} (chair for the host's sector)",
  notSet: "Not set",
  edit: "Change host and chairing",
  formTitle: "Host and chairing",
  save: "Save",
  saving: "Saving…",
  cancel: "Cancel",
};
