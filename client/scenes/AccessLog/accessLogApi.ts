import type { OwnAccessEntry } from "../../../shared/audit/vocabulary.js";
import { apiFetch } from "../../http/client.js";

/** One page of the user's own access log. */
export interface OwnAccessPage {
  entries: OwnAccessEntry[];
  /** Where the next, older page starts; null on the last page. */
  nextBefore: number | null;
  /** Days an entry is kept. */
  retentionDays: number;
}

/** A page of who accessed meetings the user appears in, newest first; `before` continues after an earlier page. */
export function fetchOwnAccessLog(before: number | null, signal?: AbortSignal): Promise<OwnAccessPage> {
  return apiFetch<OwnAccessPage>(before === null ? "/me/access-log" : `/me/access-log?before=${before}`, { signal });
}

/** Someone whose access log an administrator can export. */
export interface ExportPerson {
  id: string;
  name: string;
  email: string;
}

/** The people seated in forums the user administers; a 403 ApiError for anyone who runs none. */
export async function fetchExportPeople(signal?: AbortSignal): Promise<ExportPerson[]> {
  const { people } = await apiFetch<{ people: ExportPerson[] }>("/admin/access-log/people", { signal });
  return people;
}

/** Where the browser downloads the CSV export from (a plain GET form posts here). */
export const ACCESS_LOG_CSV_PATH = "/api/admin/access-log.csv";
