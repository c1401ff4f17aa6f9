/** Danish text of the host, mødeleder and joint-forum fields (mounted as `newMeeting.people`). */
export const meetingPeopleDa = {
  loading: "Henter værter, formænd og fora…",
  host: "Vært",
  hostNone: "Ingen vært angivet",
  leader: "Mødeleder",
  leaderDefault: "Formanden for værtens sektor: {{name}}",
  leaderNoDefault: "Ingen (ingen formand for værtens sektor)",
  leaderNoHost: "Ingen mødeleder angivet",
  joint: "Fællesmøde med",
  jointNone: "Intet fællesmøde",
  jointHint: "Et fællesmøde er ét møde, som begge foras medlemmer ser og arbejder i.",
  sectors: { kommune: "kommune", region: "region/hospital", almen_praksis: "almen praksis", andet: "andet" },
};

/** English text of the host, mødeleder and joint-forum fields. */
export const meetingPeopleEn: typeof meetingPeopleDa = {
  loading: "Loading hosts, chairs and forums…",
  host: "Host",
  hostNone: "No host given",
  leader: "Chairing",
  leaderDefault: "The chair for the host's sector: {{name}}",
  leaderNoDefault: "Nobody (no chair for the host's sector)",
  leaderNoHost: "Nobody given",
  joint: "Joint meeting with",
  jointNone: "No joint meeting",
  jointHint: "A joint meeting is one meeting that the members of both forums see and work in.",
  sectors: { kommune: "municipality", region: "region/hospital", almen_praksis: "general practice", andet: "other" },
};
