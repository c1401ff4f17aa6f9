import { apiFetch } from "../../http/client.js";

/** A collaboration agreement (samarbejdsaftale) in a forum's årshjul. */
export interface Agreement {
  id: string;
  forumId: string;
  name: string;
  /** 1-12: the month of the meeting that reviews it. */
  reviewMonth: number;
  needsRevision: boolean;
}

/** What adding or editing an agreement sends. */
export type AgreementInput = Pick<Agreement, "name" | "reviewMonth" | "needsRevision">;

/** A forum's agreements by review month. */
export async function fetchAgreements(forumId: string, signal?: AbortSignal): Promise<Agreement[]> {
  const { agreements } = await apiFetch<{ agreements: Agreement[] }>(`/forums/${encodeURIComponent(forumId)}/agreements`, { signal });
  return agreements;
}

/** Adds an agreement (chair and secretariat). */
export async function createAgreement(forumId: string, input: AgreementInput): Promise<void> {
  await apiFetch(`/forums/${encodeURIComponent(forumId)}/agreements`, { method: "POST", body: input });
}

/** Changes an agreement, e.g. flags it as needing revision. */
export async function updateAgreement(id: string, input: Partial<AgreementInput>): Promise<void> {
  await apiFetch(`/agreements/${encodeURIComponent(id)}`, { method: "PATCH", body: input });
}

/** Removes an agreement from the årshjul. */
export async function deleteAgreement(id: string): Promise<void> {
  await apiFetch(`/agreements/${encodeURIComponent(id)}`, { method: "DELETE" });
}
