import * as decoding from "lib0/decoding";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { ownDurableClock } from "../../bench/load/durableAck.js";
import { DURABLE_MESSAGE, durableMessage } from "../../shared/protocol/durableAck.js";

/** A decoder past the message type of a durable acknowledgement, as the light client holds it. */
function afterType(frame: Uint8Array): decoding.Decoder {
  const decoder = decoding.createDecoder(frame);
  expect(decoding.readVarUint(decoder)).toBe(DURABLE_MESSAGE);
  return decoder;
}

describe("the bench's light client reading a durable acknowledgement", () => {
  it("finds its own clock among the room's clients, as Y.decodeStateVector would", () => {
    // Client ids span the varint widths (one byte up to 2^32 - 1); clocks too.
    const stored = new Map([
      [7, 3],
      [300, 70_000],
      [2 ** 31 + 5, 1],
      [2 ** 32 - 1, 129],
    ]);
    const frame = durableMessage(Y.encodeStateVector(stored));
    for (const [client, clock] of stored) expect(ownDurableClock(afterType(frame), client)).toBe(clock);
  });

  it("reads 0 for a client the room has stored nothing of", () => {
    const frame = durableMessage(Y.encodeStateVector(new Map([[7, 3]])));
    expect(ownDurableClock(afterType(frame), 8)).toBe(0);
    expect(ownDurableClock(afterType(durableMessage(Y.encodeStateVector(new Map()))), 8)).toBe(0);
  });
});
