import type { Messages } from "./da.js";

/** English UI text. */
export const en: Messages = {
  app: {
    name: "Mødebord",
    loading: "Loading…",
    skipToContent: "Skip to content",
  },
  header: {
    signedInAs: "Signed in as {{name}}",
    logout: "Log out",
  },
  language: {
    label: "Language",
    da: "Dansk",
    en: "English",
  },
  login: {
    title: "Log in",
    intro: "Log in to read and edit the agendas and minutes of your forums.",
    email: "Email",
    password: "Password",
    submit: "Log in",
    submitting: "Logging in…",
  },
  errors: {
    network: "The server cannot be reached. Check your connection and try again.",
    unexpected: "An unexpected error occurred.",
  },
  meetings: {
    title: "Your meetings",
    loading: "Loading meetings…",
    empty: "You have no meetings yet.",
    noPlace: "No place given",
  },
  date: {
    long: "{{weekday}} {{day}} {{month}} {{year}} at {{time}}",
  },
  meeting: {
    loading: "Loading the meeting…",
    backToList: "All meetings",
    readOnly: "You can follow along but not edit",
  },
  connection: {
    connecting: "Connecting…",
    connected: "Connected",
    disconnected: "Offline – retrying",
    closed: "Connection closed – reload the page",
  },
  presence: {
    title: "In the document now",
    you: "(you)",
    anonymous: "Unknown participant",
  },
  toolbar: {
    label: "Formatting and blocks",
    newItem: "New item",
    newItemHint: "Insert a new agenda item",
    decision: "Decision",
    decisionHint: "Insert a decision",
  },
  editor: {
    label: "Meeting document",
    loading: "Loading the document…",
    agendaPrefix: "Item",
    decisionLabel: "Decision",
    actionItemLabel: "Action item",
    escalationLabel: "Escalation",
  },
  decisions: {
    title: "Decisions",
    loading: "Loading decisions…",
    empty: "No decisions yet",
    noText: "(no text yet)",
    item: "Item {{number}}",
    outsideItems: "Outside the items",
    stale: "The list could not be updated. Retrying…",
  },
};
