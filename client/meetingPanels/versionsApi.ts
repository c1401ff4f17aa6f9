import type { DocJSON } from "../../shared/blocks/types.js";
import type { ItemChange, VersionKind } from "../../shared/protocol/versions.js";
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

/** What changed, item by item, from one minutes version to another. */
export async function compareVersions(meetingId: string, from: number, to: number, signal?: AbortSignal): Promise<ItemChange[]> {
  const { changes } = await apiFetch<{ changes: ItemChange[] }>(`${meetingPath(meetingId)}/compare?from=${from}&to=${to}&kind=referat`, { signal });
  return changes;
}
