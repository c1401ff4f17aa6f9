/** Document ids are UUIDs; the stock client puts them in the URL path unencoded. */
export const DOCUMENT_ID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** URL path prefix of the sync endpoint: the room name follows it. */
export const SYNC_PATH = "/sync";

/**
 * The shape of the meeting document our editor writes. Version 2: decisions,
 * action items and escalations hold paragraphs and lists. An editor built for
 * an older shape would delete blocks it cannot place, so the server refuses it.
 */
export const DOCUMENT_SCHEMA_VERSION = 2;

/** The query parameter our editor sends {@link DOCUMENT_SCHEMA_VERSION} in. */
export const SCHEMA_PARAM = "schema";
