import { DOCUMENT_ID_PATTERN } from "../../shared/protocol/limits.js";

/** The PostgreSQL channel the server processes of one database talk on. */
export const NODE_CHANNEL = "moedebord_nodes";
/** Updates larger than this (base64 characters) go by reference: PostgreSQL's NOTIFY payloads stop at 8000 bytes. */
export const INLINE_LIMIT = 7000;

/** What another node can do to a document's connections here. */
export type RevocationKind = "user" | "session" | "document" | "lock" | "unlock";

/**
 * A message between the server processes of one database: a stored update
 * (inline, or "reload" when too large for a notification), an awareness
 * change, a question for the awareness of a room, or a revocation.
 */
export type NodeMessage =
  | { kind: "update"; node: string; documentId: string; update: Uint8Array }
  | { kind: "reload"; node: string; documentId: string }
  | { kind: "awareness"; node: string; documentId: string; update: Uint8Array; claims: [number, string][] }
  | { kind: "awarenessQuery"; node: string; documentId: string }
  | { kind: "revoke"; node: string; what: RevocationKind; id: string };

/** A message as a node sends it; the bus adds its own node id. */
export type OutgoingNodeMessage = NodeMessage extends infer M ? (M extends NodeMessage ? Omit<M, "node"> : never) : never;

/** Where a room registry sends what other nodes must know; nowhere when the process is alone (PGlite). */
export interface NodeLink {
  publish(message: OutgoingNodeMessage): void;
}

const CODES = { update: "u", reload: "f", awareness: "a", awarenessQuery: "q", revoke: "r" } as const;
const REVOCATIONS: RevocationKind[] = ["user", "session", "document", "lock", "unlock"];

/** The text of a notification: fields separated by "|", binary as base64. */
export function encodeNodeMessage(message: NodeMessage): string {
  const head = `${CODES[message.kind]}|${message.node}`;
  switch (message.kind) {
    case "update":
      return `${head}|${message.documentId}|${Buffer.from(message.update).toString("base64")}`;
    case "awareness":
      return `${head}|${message.documentId}|${Buffer.from(message.update).toString("base64")}|${message.claims.map(([id, session]) => `${id}:${session}`).join(";")}`;
    case "reload":
    case "awarenessQuery":
      return `${head}|${message.documentId}`;
    case "revoke":
      return `${head}|${message.what}|${message.id}`;
  }
}

/** Reads a notification; null for anything malformed or unknown (the caller counts and ignores it). */
export function parseNodeMessage(text: string): NodeMessage | null {
  const [code, node, a, b, c, ...rest] = text.split("|");
  if (rest.length > 0 || !node || (c !== undefined && code !== "a")) return null;
  const documentId = a !== undefined && DOCUMENT_ID_PATTERN.test(a) ? a : null;
  const bytes = b !== undefined && /^[A-Za-z0-9+/]*={0,2}$/.test(b) && b.length > 0 ? new Uint8Array(Buffer.from(b, "base64")) : null;
  switch (code) {
    case "u":
      return documentId && bytes ? { kind: "update", node, documentId, update: bytes } : null;
    case "a": {
      const claims = parseClaims(c ?? "");
      return documentId && bytes && claims ? { kind: "awareness", node, documentId, update: bytes, claims } : null;
    }
    case "f":
      return documentId && b === undefined ? { kind: "reload", node, documentId } : null;
    case "q":
      return documentId && b === undefined ? { kind: "awarenessQuery", node, documentId } : null;
    case "r":
      return REVOCATIONS.includes(a as RevocationKind) && b ? { kind: "revoke", node, what: a as RevocationKind, id: b } : null;
    default:
      return null;
  }
}

// "id:session;id:session": which session first used each awareness client id, so echoes stay echoes on every node.
function parseClaims(text: string): [number, string][] | null {
  if (text === "") return [];
  const claims: [number, string][] = [];
  for (const pair of text.split(";")) {
    const match = /^(\d{1,10}):([0-9a-f]{1,128})$/.exec(pair);
    if (!match) return null;
    claims.push([Number(match[1]), match[2]]);
  }
  return claims;
}
