import { useCallback, useEffect, useRef, useState } from "react";
import type { OwnAccessEntry } from "../../../shared/audit/vocabulary.js";
import { fetchOwnAccessLog } from "./accessLogApi.js";

/** The pages of the access log fetched so far, and the state of the next. */
export type OwnAccessLogState =
  | { status: "loading" }
  | { status: "failed"; error: unknown }
  | {
      status: "done";
      entries: OwnAccessEntry[];
      retentionDays: number;
      nextBefore: number | null;
      /** Whether an older page is on its way. */
      loadingMore: boolean;
      /** Why the last "show older" failed; the entries already shown stay. */
      moreError: unknown;
    };

/** The user's own access log, first page on mount; `loadMore` appends the next older page. */
export function useOwnAccessLog(): { state: OwnAccessLogState; loadMore(): void } {
  const [state, setState] = useState<OwnAccessLogState>({ status: "loading" });
  // Aborts whatever is in flight when the page goes away.
  const controller = useRef(new AbortController());

  useEffect(() => {
    const current = new AbortController();
    controller.current = current;
    fetchOwnAccessLog(null, current.signal).then(
      (page) => current.signal.aborted || setState({ status: "done", entries: page.entries, retentionDays: page.retentionDays, nextBefore: page.nextBefore, loadingMore: false, moreError: null }),
      (error: unknown) => current.signal.aborted || setState({ status: "failed", error }),
    );
    return () => current.abort();
  }, []);

  const loadMore = useCallback(() => {
    if (state.status !== "done" || state.nextBefore === null || state.loadingMore) return;
    const { signal } = controller.current;
    setState({ ...state, loadingMore: true, moreError: null });
    fetchOwnAccessLog(state.nextBefore, signal).then(
      (page) => setState((s) => (s.status === "done" ? { ...s, entries: [...s.entries, ...page.entries], nextBefore: page.nextBefore, loadingMore: false } : s)),
      (error: unknown) => signal.aborted || setState((s) => (s.status === "done" ? { ...s, loadingMore: false, moreError: error } : s)),
    );
  }, [state]);

  return { state, loadMore };
}
