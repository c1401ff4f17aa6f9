import { useCallback, useSyncExternalStore } from "react";
import type * as Y from "yjs";

/**
 * Meeting state that is not part of the minutes but must sync and persist
 * with them lives in this Yjs map beside the document fragment. The server
 * reads only the fragment, and drops writes from read-only connections.
 */
const MAP_NAME = "meeting";

/** Keys of the meeting map. */
export const MeetingKeys = {
  /** The id of the agenda item being discussed now. */
  currentItemId: "currentItemId",
  /** Bumped after an attachment is added or removed, so every open page refetches the list. */
  attachmentsChangedAt: "attachmentsChangedAt",
} as const;

type MeetingKey = (typeof MeetingKeys)[keyof typeof MeetingKeys];

function meetingMap(ydoc: Y.Doc): Y.Map<unknown> {
  return ydoc.getMap(MAP_NAME);
}

/** Writes one meeting value; null removes it. */
export function setMeetingValue(ydoc: Y.Doc, key: MeetingKey, value: string | number | null): void {
  const map = meetingMap(ydoc);
  if (value === null) map.delete(key);
  else map.set(key, value);
}

/** One meeting value, re-rendering when any peer changes it. */
export function useMeetingValue<T extends string | number>(ydoc: Y.Doc, key: MeetingKey): T | null {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const map = meetingMap(ydoc);
      const observer = (event: Y.YMapEvent<unknown>) => {
        if (event.keysChanged.has(key)) onChange();
      };
      map.observe(observer);
      return () => map.unobserve(observer);
    },
    [ydoc, key],
  );
  return useSyncExternalStore(subscribe, () => (meetingMap(ydoc).get(key) as T | undefined) ?? null);
}
