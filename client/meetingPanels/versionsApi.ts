import type { DocJSON } from "../../shared/blocks/types.js";
import type { FieldChange, ItemChange, VersionKind } from "../../shared/protocol/versions.js";
import { apiFetch } from "../http/client.js";

/** One frozen version of a meeting's document. */
export interface MeetingVersion {
  kind: VersionKind;
  version: number;
  createdAt: string;
  by: string | null;
}

const meetingPath = (id: string) => `/meetings/${encodeURIComponent(id)}`;

/** Every frozen version, oldest first. */
export async function fetchVersions(meetingId: string, signal?: AbortSignal): Promise<MeetingVersion[]> {
  const { versions } = await apiFetch<{ versions: MeetingVersion[] }>(`${meetingPath(meetingId)}/versions`, { signal });
  return versions;
}

/** The document of one version. */
export async function fetchVersionDoc(meetingId: string, kind: VersionKind, version: number, signal?: AbortSignal): Promise<DocJSON> {
  const { doc } = await apiFetch<{ doc: DocJSON }>(`${meetingPath(meetingId)}/versions/${kind}/${version}`, { signal });
  return doc;
}

/** The secretariat freezes a revised version of the sent minutes after comments. */
export async function reviseMinutes(meetingId: string): Promise<number> {
  const { version } = await apiFetch<{ version: number }>(`${meetingPath(meetingId)}/revisions`, { method: "POST" });
  return version;
}

/** What changed from one frozen version to another (of any kinds): heading fields and attachments, then item by item. */
export function compareVersions(meetingId: string, from: { kind: VersionKind; version: number }, to: { kind: VersionKind; version: number }, signal?: AbortSignal) {
  const query = new URLSearchParams({ kind: from.kind, from: String(from.version), toKind: to.kind, to: String(to.version) });
  return apiFetch<{ changes: ItemChange[]; fields: FieldChange[] }>(`${meetingPath(meetingId)}/compare?${query}`, { signal });
}

/** Where the PDF of a frozen version is downloaded. */
export function versionPdfPath(meetingId: string, v: { kind: VersionKind; version: number }): string {
  return `/api${meetingPath(meetingId)}/versions/${v.kind}/${v.version}/pdf`;
}
