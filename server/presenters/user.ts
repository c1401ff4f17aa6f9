/** The public shape of a user: never the password hash. */
export function presentUser(user: { id: string; email: string; name: string; organisationId: string | null }) {
  return { id: user.id, email: user.email, name: user.name, organisationId: user.organisationId };
}
