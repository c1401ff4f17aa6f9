import { useCallback, useEffect, useRef, useState } from "react";
import { LatestRequest } from "./latestRequest.js";
import type { ApiState } from "./useApi.js";

/** A request's state that can be refreshed in place, e.g. after a change or on a timer. */
export interface Resource<T> {
  /** Loading only on first load or when `key` changes; a refresh keeps the last data showing. */
  state: ApiState<T>;
  /** The failure of the last refresh while older data is still shown, else null. */
  refreshError: unknown;
  /** Fetches again without blanking what is shown; a request still in flight is dropped at once. */
  reload(): void;
}

/**
 * Like `useApi`, but refreshable: `reload()` (and `pollMs`, when given)
 * fetch again while the last answer stays on screen, so a list does not
 * flicker after each change. A new `key` starts over from "loading". Only
 * the newest request's answer is ever shown (see {@link LatestRequest}). A
 * poll waits for the answer before the next one, and for a hidden tab to be
 * shown again, so a slow server never has requests piling up.
 */
export function useResource<T>(request: (signal: AbortSignal) => Promise<T>, key: string, pollMs?: number): Resource<T> {
  const [entry, setEntry] = useState<{ key: string; state: ApiState<T>; refreshError: unknown }>({ key, state: { status: "loading" }, refreshError: null });
  const [tick, setTick] = useState(0);
  const [requests] = useState(() => new LatestRequest());
  // The latest closure is used, but only `key` and reloads trigger a fetch: callers pass inline functions.
  const latest = useRef(request);
  latest.current = request;

  useEffect(() => {
    const ticket = requests.start();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const next = () => setTick((n) => n + 1);
    const whenShown = () => {
      if (document.hidden) return;
      document.removeEventListener("visibilitychange", whenShown);
      next();
    };
    const scheduleNext = () => {
      if (!pollMs) return;
      timer = setTimeout(() => {
        if (!document.hidden) next();
        else document.addEventListener("visibilitychange", whenShown);
      }, pollMs);
    };
    latest.current(ticket.signal).then(
      (data) => {
        if (!ticket.isCurrent()) return;
        setEntry({ key, state: { status: "done", data }, refreshError: null });
        scheduleNext();
      },
      (error: unknown) => {
        if (!ticket.isCurrent()) return;
        setEntry((previous) =>
          previous.key === key && previous.state.status === "done" ? { ...previous, refreshError: error } : { key, state: { status: "failed", error }, refreshError: null },
        );
        scheduleNext();
      },
    );
    return () => {
      requests.cancel();
      clearTimeout(timer);
      document.removeEventListener("visibilitychange", whenShown);
    };
  }, [key, tick, pollMs, requests]);

  const reload = useCallback(() => {
    requests.cancel();
    setTick((n) => n + 1);
  }, [requests]);
  const current = entry.key === key ? entry : { state: { status: "loading" } as ApiState<T>, refreshError: null };
  return { state: current.state, refreshError: current.refreshError, reload };
}
