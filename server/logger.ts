import { pino } from "pino";

/** The structured JSON logger; use `logger.child({ documentId })` for lines about a room. */
export type Logger = pino.Logger;

/** A JSON-lines logger on stderr, so stdout stays for what `npm start` tells the user. */
export function createLogger(level: string): Logger {
  return pino({ level, base: undefined }, pino.destination(2));
}
