import { config } from "zod";

// zod probes for `Function("")` to compile faster parsers; the CSP (no 'unsafe-eval') refuses it and
// reports a violation. Imported first in main.tsx, so it runs before any module parses with zod.
config({ jitless: true });
