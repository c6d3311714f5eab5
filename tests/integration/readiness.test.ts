import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestServer } from '../testkit/server.js';

describe('liveness and readiness', () => {
  let server: TestServer;

  beforeAll(async () => {
    // As main.ts starts it: listening, but its start-up data not loaded yet.
    server = await TestServer.start({}, { holdReadiness: true });
  });
  afterAll(() => server.close());

  const status = async (path: string) => (await fetch(`${server.baseUrl}${path}`)).status;

  it('/healthz answers 200 at once, /readyz answers 503 until start-up is done and 200 after', async () => {
    expect(await status('/healthz')).toBe(200);
    expect(await status('/readyz')).toBe(503);

    server.app.markReady();
    expect(await status('/readyz')).toBe(200);
    expect(await status('/healthz')).toBe(200);
  });
});
