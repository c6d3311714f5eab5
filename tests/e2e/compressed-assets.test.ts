import http from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { newContext } from '../testkit/browser.js';
import { Campaign } from '../testkit/campaign.js';
import { serverAndBrowser, waitForHeading } from './pages.js';

const e2e = serverAndBrowser();

/** One GET with exactly the given Accept-Encoding (fetch would add its own and decompress). */
function get(path: string, acceptEncoding: string | undefined) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>(
    (resolve, reject) => {
      const headers = acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding };
      http
        .get(`${e2e.server.baseUrl}${path}`, { headers }, (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () =>
            resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }),
          );
        })
        .on('error', reject);
    },
  );
}

describe('the booking app travels compressed', () => {
  it('a phone browser gets the app script as brotli, and the page works', async () => {
    const campaign = await Campaign.create(e2e.server);
    const context = await newContext(e2e.browser);
    const page = await context.newPage();
    // The entry script (the page also preloads small lazy chunks, under 1 KB, which are sent as they are).
    const script = page.waitForResponse((r) => /\/assets\/index-[^/]+\.js$/.test(r.url()));
    await page.goto(`${e2e.server.baseUrl}/s/${campaign.site.code}`);
    const response = await script;
    expect(response.status()).toBe(200);
    expect(await response.headerValue('content-encoding')).toBe('br');
    await waitForHeading(page, 'ログイン');
    await context.close();
  });

  it('brotli, gzip and plain answers carry the same bytes; a client that accepts neither gets them plain', async () => {
    const html = (await get('/', undefined)).body.toString();
    const scriptPath = /src="(\/assets\/[^"]+\.js)"/.exec(html)![1]!;

    const plain = await get(scriptPath, undefined);
    const br = await get(scriptPath, 'gzip, deflate, br');
    const gz = await get(scriptPath, 'gzip');
    const refused = await get(scriptPath, 'br;q=0, gzip;q=0');

    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(br.headers['content-encoding']).toBe('br');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(refused.headers['content-encoding']).toBeUndefined();
    for (const answer of [plain, br, gz, refused]) {
      expect(answer.status).toBe(200);
      expect(answer.headers.vary).toBe('accept-encoding');
      expect(Number(answer.headers['content-length'])).toBe(answer.body.length);
    }
    expect(brotliDecompressSync(br.body).equals(plain.body)).toBe(true);
    expect(gunzipSync(gz.body).equals(plain.body)).toBe(true);
    expect(refused.body.equals(plain.body)).toBe(true);
    // What a phone downloads at opening time: a quarter of the script.
    expect(br.body.length).toBeLessThan(plain.body.length / 3);
  });
});
