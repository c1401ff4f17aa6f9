import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import { ACK_PARAM } from "../../shared/protocol/durableAck.js";
import { SYNC_PATH } from "../../shared/protocol/limits.js";
import type { Dialect, Endpoint } from "../servers/types.js";

/** Top-level message types both dialects share (Hocuspocus adds more, which light clients ignore). */
export const Message = { Sync: 0, Awareness: 1, Auth: 2 } as const;

/** Hocuspocus auth sub-message carrying the client's token. */
const AUTH_TOKEN = 0;

/**
 * The framing of one dialect: plain y-websocket frames start with the
 * message type; Hocuspocus frames start with the document name, and a
 * socket must send an auth message before anything else is handled.
 */
export interface Wire {
  dialect: Dialect;
  /** Sockets ask for durable acknowledgements (the server sends them: ours). */
  durableAcks: boolean;
  /** The websocket URL to open for a room. */
  url(room: string): string;
  /** Frames to send as soon as the socket opens. */
  greeting(room: string): Uint8Array[];
  /** A frame for `room` whose message `write` encodes (type first). */
  frame(room: string, write: (encoder: encoding.Encoder) => void): Uint8Array;
  /** A decoder positioned at the message type of a received frame. */
  read(data: Uint8Array): decoding.Decoder;
}

function plainWire(endpoint: Endpoint): Wire {
  return {
    dialect: "y-websocket",
    durableAcks: endpoint.durableAcks === true,
    url: (room) => `${endpoint.baseUrl.replace(/^http/, "ws")}${SYNC_PATH}/${room}${endpoint.durableAcks ? `?${ACK_PARAM}=1` : ""}`,
    greeting: () => [],
    frame(_room, write) {
      const encoder = encoding.createEncoder();
      write(encoder);
      return encoding.toUint8Array(encoder);
    },
    read: (data) => decoding.createDecoder(data),
  };
}

function hocuspocusWire(endpoint: Endpoint): Wire {
  const wire: Wire = {
    dialect: "hocuspocus",
    durableAcks: false,
    url: () => endpoint.baseUrl.replace(/^http/, "ws"),
    greeting: (room) => [
      wire.frame(room, (e) => {
        encoding.writeVarUint(e, Message.Auth);
        encoding.writeVarUint(e, AUTH_TOKEN);
        encoding.writeVarString(e, "");
      }),
    ],
    frame(room, write) {
      const encoder = encoding.createEncoder();
      encoding.writeVarString(encoder, room);
      write(encoder);
      return encoding.toUint8Array(encoder);
    },
    read(data) {
      const decoder = decoding.createDecoder(data);
      decoding.readVarString(decoder);
      return decoder;
    },
  };
  return wire;
}

/** The framing for an endpoint's dialect. */
export function wireFor(endpoint: Endpoint): Wire {
  return endpoint.dialect === "hocuspocus" ? hocuspocusWire(endpoint) : plainWire(endpoint);
}
