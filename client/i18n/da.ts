/** Danish UI text, the default language. Its shape is the type every other locale must match. */
export const da = {
  app: {
    name: "Mødebord",
    loading: "Indlæser…",
    skipToContent: "Gå til indhold",
  },
  header: {
    signedInAs: "Logget ind som {{name}}",
    logout: "Log ud",
  },
  language: {
    label: "Sprog",
    da: "Dansk",
    en: "English",
  },
  login: {
    title: "Log ind",
    intro: "Log ind for at se og redigere dine forums dagsordener og referater.",
    email: "E-mail",
    password: "Adgangskode",
    submit: "Log ind",
    submitting: "Logger ind…",
  },
  errors: {
    network: "Serveren kan ikke nås. Tjek forbindelsen, og prøv igen.",
    unexpected: "Der opstod en uventet fejl.",
  },
  meetings: {
    title: "Dine møder",
    loading: "Henter møder…",
    empty: "Du har ingen møder endnu.",
    noPlace: "Intet sted angivet",
  },
  date: {
    long: "{{weekday}} {{day}}. {{month}} {{year}} kl. {{time}}",
  },
  meeting: {
    loading: "Henter mødet…",
    backToList: "Alle møder",
    readOnly: "Du kan læse med, men ikke redigere",
  },
  connection: {
    connecting: "Forbinder…",
    connected: "Forbundet",
    disconnected: "Offline – forsøger igen",
    closed: "Forbindelsen er lukket – genindlæs siden",
  },
  presence: {
    title: "I dokumentet nu",
    you: "(dig)",
    anonymous: "Ukendt deltager",
  },
  toolbar: {
    label: "Formatering og blokke",
    newItem: "Nyt punkt",
    newItemHint: "Indsæt et nyt dagsordenspunkt",
    decision: "Beslutning",
    decisionHint: "Indsæt en beslutning",
  },
  editor: {
    label: "Mødedokument",
    loading: "Henter dokumentet…",
    agendaPrefix: "Punkt",
    decisionLabel: "Beslutning",
    actionItemLabel: "Aktionspunkt",
    escalationLabel: "Eskalering",
  },
  decisions: {
    title: "Beslutninger",
    loading: "Henter beslutninger…",
    empty: "Ingen beslutninger endnu",
    noText: "(uden tekst endnu)",
    item: "Punkt {{number}}",
    outsideItems: "Uden for punkterne",
    stale: "Listen kunne ikke opdateres. Prøver igen…",
  },
};

/** The shape of a locale's messages. */
export type Messages = typeof da;
