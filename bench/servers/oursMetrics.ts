/** Longest wait for the server to unload its rooms. */
const UNLOAD_TIMEOUT_MS = 10_000;

/**
 * Our server's Prometheus samples by name (first sample of each) and by name
 * with labels as written (`name{le="0.01"}`), or null when /metrics cannot be read.
 */
async function readMetrics(baseUrl: string): Promise<Map<string, number> | null> {
  try {
    const res = await fetch(`${baseUrl}/metrics`);
    if (!res.ok) return null;
    const samples = new Map<string, number>();
    for (const line of (await res.text()).split("\n")) {
      const match = /^([a-z_]+)(\{[^}]*\})? ([0-9.e+-]+)$/.exec(line);
      if (!match) continue;
      if (!samples.has(match[1])) samples.set(match[1], Number(match[3]));
      if (match[2]) samples.set(match[1] + match[2], Number(match[3]));
    }
    return samples;
  } catch {
    return null;
  }
}

/**
 * Waits until our server holds no room in memory (its rooms gauge), so the
 * next open is cold. Returns false (after a fixed wait) when the gauge is
 * unavailable or the rooms did not unload in time.
 */
export async function waitForIdleServer(baseUrl: string): Promise<boolean> {
  const deadline = Date.now() + UNLOAD_TIMEOUT_MS;
  for (;;) {
    const rooms = (await readMetrics(baseUrl))?.get("moedebord_sync_rooms");
    if (rooms === 0) return true;
    if (rooms === undefined || Date.now() > deadline) {
      await new Promise((r) => setTimeout(r, 1000));
      return false;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * What our server's own metrics say about a run: how many updates each
 * room's flush carried, how long a flush waited for storage (mean, and
 * how many waited longer than 10 and 50 ms), how long
 * extractions took (over the server's whole life: warm-up, window, drain).
 */
export async function describeStorageWork(baseUrl: string): Promise<string | undefined> {
  const m = await readMetrics(baseUrl);
  const updates = m?.get("moedebord_sync_updates_total");
  const commits = m?.get("moedebord_sync_append_seconds_count");
  const appendSeconds = m?.get("moedebord_sync_append_seconds_sum");
  if (!m || !updates || !commits || appendSeconds === undefined) return undefined;
  const extractions = m.get("moedebord_extraction_seconds_count") ?? 0;
  const extractionSeconds = m.get("moedebord_extraction_seconds_sum") ?? 0;
  const perExtraction = extractions ? `, mean ${((1000 * extractionSeconds) / extractions).toFixed(0)} ms` : "";
  const waitedOver = (le: string) => Math.round(commits - (m.get(`moedebord_sync_append_seconds_bucket{le="${le}"}`) ?? commits)).toLocaleString("en-US");
  return (
    `${Math.round(updates).toLocaleString("en-US")} updates stored in ${Math.round(commits).toLocaleString("en-US")} room flushes ` +
    `(${(updates / commits).toFixed(2)} per flush), mean wait for storage ${((1000 * appendSeconds) / commits).toFixed(1)} ms ` +
    `(over 10 ms: ${waitedOver("0.01")}; over 50 ms: ${waitedOver("0.05")}); ` +
    `${extractions} block extractions${perExtraction}`
  );
}
