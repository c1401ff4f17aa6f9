/** Danish text of the invitation page (mounted as `invitation` in the locale). */
export const invitationDa = {
  title: "Invitation til Mødebord",
  loading: "Henter invitationen…",
  gone: "Invitationslinket er udløbet eller allerede brugt. Bed forummets sekretariat om en ny invitation.",
  toLogin: "Har du allerede en bruger? Log ind",
  intro: "Du er inviteret til {{forum}} som {{role}}.",
  email: "Din bruger bliver oprettet med e-mailen {{email}}.",
  name: "Dit navn",
  password: "Vælg en adgangskode",
  passwordHint: "Mindst {{count}} tegn.",
  submit: "Opret bruger og log ind",
  submitting: "Opretter brugeren…",
};

/** English text of the invitation page. */
export const invitationEn: typeof invitationDa = {
  title: "Invitation to Mødebord",
  loading: "Loading the invitation…",
  gone: "The invitation link has expired or has already been used. Ask the forum's secretariat for a new invitation.",
  toLogin: "Already have an account? Log in",
  intro: "You are invited to {{forum}} as {{role}}.",
  email: "Your account will be created with the e-mail {{email}}.",
  name: "Your name",
  password: "Choose a password",
  passwordHint: "At least {{count}} characters.",
  submit: "Create account and log in",
  submitting: "Creating the account…",
};
