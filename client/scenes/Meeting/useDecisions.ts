import { useEffect, useState } from "react";
import { fetchDecisions } from "../../http/endpoints.js";
import type { Decision } from "../../http/types.js";

/** How often the decision list is refreshed while the meeting is open. */
export const DECISIONS_POLL_MS = 1500;

/** The decisions list: null until the first answer; `failing` while the latest refresh failed. */
export interface DecisionsState {
  decisions: Decision[] | null;
  failing: boolean;
}

/**
 * The decisions the server has extracted from the meeting's document, polled
 * while the page is open. The next poll is scheduled after each answer, so a
 * slow server never has several requests in flight.
 */
export function useDecisions(meetingId: string): DecisionsState {
  const [state, setState] = useState<DecisionsState>({ decisions: null, failing: false });

  useEffect(() => {
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    setState({ decisions: null, failing: false });

    const poll = async () => {
      try {
        const decisions = await fetchDecisions(meetingId, controller.signal);
        setState({ decisions, failing: false });
      } catch (error) {
        if (controller.signal.aborted) return;
        console.warn("Could not refresh decisions", error);
        // Keep showing the last list; it is only stale.
        setState((previous) => ({ ...previous, failing: true }));
      }
      if (!controller.signal.aborted) timer = setTimeout(poll, DECISIONS_POLL_MS);
    };
    void poll();

    return () => {
      controller.abort();
      clearTimeout(timer);
    };
  }, [meetingId]);

  return state;
}
