// zod probes for `Function("")` to compile faster parsers; the Content-Security-Policy (no 'unsafe-eval')
// refuses it and reports a violation. zod reads its settings from this global, and a classic script runs
// before every module, so no schema is built before the probe is turned off.
globalThis.__zod_globalConfig = Object.assign(globalThis.__zod_globalConfig || {}, { jitless: true });
