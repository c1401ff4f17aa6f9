import { useCallback, useEffect, useRef, useState } from "react";
import type { ApiState } from "./useApi.js";

/** A request's state that can be refreshed in place, e.g. after a change or on a timer. */
export interface Resource<T> {
  /** Loading only on first load or when `key` changes; a refresh keeps the last data showing. */
  state: ApiState<T>;
  /** The failure of the last refresh while older data is still shown, else null. */
  refreshError: unknown;
  /** Fetches again without blanking what is shown. */
  reload(): void;
}

/**
 * Like `useApi`, but refreshable: `reload()` (and `pollMs`, when given)
 * fetch again while the last answer stays on screen, so a list does not
 * flicker after each change. A new `key` starts over from "loading".
 */
export function useResource<T>(request: (signal: AbortSignal) => Promise<T>, key: string, pollMs?: number): Resource<T> {
  const [entry, setEntry] = useState<{ key: string; state: ApiState<T>; refreshError: unknown }>({ key, state: { status: "loading" }, refreshError: null });
  const [tick, setTick] = useState(0);
  // The latest closure is used, but only `key` and reloads trigger a fetch: callers pass inline functions.
  const latest = useRef(request);
  latest.current = request;

  useEffect(() => {
    const controller = new AbortController();
    latest.current(controller.signal).then(
      (data) => controller.signal.aborted || setEntry({ key, state: { status: "done", data }, refreshError: null }),
      (error: unknown) =>
        controller.signal.aborted ||
        setEntry((previous) =>
          previous.key === key && previous.state.status === "done" ? { ...previous, refreshError: error } : { key, state: { status: "failed", error }, refreshError: null },
        ),
    );
    return () => controller.abort();
  }, [key, tick]);

  useEffect(() => {
    if (!pollMs) return;
    const timer = setInterval(() => setTick((n) => n + 1), pollMs);
    return () => clearInterval(timer);
  }, [key, pollMs]);

  const reload = useCallback(() => setTick((n) => n + 1), []);
  const current = entry.key === key ? entry : { state: { status: "loading" } as ApiState<T>, refreshError: null };
  return { state: current.state, refreshError: current.refreshError, reload };
}
