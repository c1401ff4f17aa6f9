/**
 * Retries an assertion until it passes or the timeout ends, then rethrows
 * its last failure. Await conditions with this, never with sleeps.
 */
export async function waitFor<T>(assertion: () => T | Promise<T>, { timeout = 10_000, interval = 25 } = {}): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      return await assertion();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((r) => setTimeout(r, interval));
    }
  }
}
