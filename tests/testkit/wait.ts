/** Resolves after `ms` milliseconds. */
export const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Asks `probe` every 25 ms until it answers something other than undefined or false, and returns that;
 * throws once `ms` have passed. For effects that arrive asynchronously (deliveries, feeds, child processes).
 */
export async function within<T>(ms: number, probe: () => Promise<T | undefined> | T | undefined): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`not within ${ms} ms`);
    await wait(25);
  }
}
