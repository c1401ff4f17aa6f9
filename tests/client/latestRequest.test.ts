import { describe, expect, it } from "vitest";
import { LatestRequest } from "../../client/http/latestRequest.js";

/** A request whose answer the test releases by hand, in any order, ignoring its signal as a careless fetch would. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

/** Runs requests through the guard and records the answers it lets through, as a list page would show them. */
function guardedList() {
  const requests = new LatestRequest();
  const shown: string[] = [];
  const ask = (answer: Promise<string>) => {
    const ticket = requests.start();
    return answer.then((value) => {
      if (ticket.isCurrent()) shown.push(value);
    });
  };
  return { requests, shown, ask };
}

describe("the stale-response guard", () => {
  it("shows only the newest of three quick requests when the oldest answers last", async () => {
    const { shown, ask } = guardedList();
    const [first, second, third] = [deferred<string>(), deferred<string>(), deferred<string>()];
    const done = [ask(first.promise), ask(second.promise), ask(third.promise)];
    third.resolve("udført");
    second.resolve("i gang");
    first.resolve("åben");
    await Promise.all(done);
    expect(shown).toEqual(["udført"]);
  });

  it("aborts the request before when a new one starts", () => {
    const requests = new LatestRequest();
    const first = requests.start();
    const second = requests.start();
    expect(first.signal.aborted).toBe(true);
    expect(first.isCurrent()).toBe(false);
    expect(second.signal.aborted).toBe(false);
    expect(second.isCurrent()).toBe(true);
  });

  it("drops the answer of a cancelled request, e.g. one overtaken by a reload", async () => {
    const { requests, shown, ask } = guardedList();
    const pending = deferred<string>();
    const done = ask(pending.promise);
    requests.cancel();
    pending.resolve("for sent");
    await done;
    expect(shown).toEqual([]);
  });

  it("lets each answer through when the requests do not overlap", async () => {
    const { shown, ask } = guardedList();
    await ask(Promise.resolve("første"));
    await ask(Promise.resolve("anden"));
    expect(shown).toEqual(["første", "anden"]);
  });
});
