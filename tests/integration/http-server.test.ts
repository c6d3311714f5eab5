import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestServer } from '../testkit/server.js';

let dist: string;
let web: TestServer;

// Stand-ins for the build's copies: distinct bytes show which file was sent.
const FILES: Record<string, string> = {
  'index.html': '<!doctype html><title>app</title>',
  'assets/app-abc.js': 'plain script',
  'assets/app-abc.js.br': 'brotli copy',
  'assets/app-abc.js.gz': 'gzip copy',
  'assets/only-gz.css': 'plain style',
  'assets/only-gz.css.gz': 'gzip style',
  'favicon.svg': '<svg/>',
};

beforeAll(async () => {
  dist = await mkdtemp(path.join(tmpdir(), 'dist-'));
  await mkdir(path.join(dist, 'assets'));
  for (const [name, content] of Object.entries(FILES)) await writeFile(path.join(dist, name), content);
  web = await TestServer.start({ clientDistDir: dist });
});
afterAll(async () => {
  await web.close();
  await rm(dist, { recursive: true, force: true });
});

/** One request with exactly the given Accept-Encoding (fetch would add its own and decompress). */
function request(urlPath: string, acceptEncoding?: string, method = 'GET') {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>(
    (resolve, reject) => {
      const headers = acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding };
      http
        .request(`${web.baseUrl}${urlPath}`, { method, headers }, (response) => {
          let body = '';
          response.setEncoding('utf8');
          response.on('data', (chunk: string) => (body += chunk));
          response.on('end', () =>
            resolve({ status: response.statusCode!, headers: response.headers, body }),
          );
        })
        .on('error', reject)
        .end();
    },
  );
}

describe('the booking app over HTTP', () => {
  it('sends the precompressed copy the Accept-Encoding allows: brotli before gzip, q=0 refuses, * covers both', async () => {
    const cases: [string | undefined, string | undefined][] = [
      ['gzip, deflate, br, zstd', 'br'],
      ['gzip', 'gzip'],
      ['*', 'br'],
      ['gzip;q=0, *', 'br'],
      ['*, br;q=0', 'gzip'],
      ['br;q=0, gzip;q=0.5', 'gzip'],
      ['br;q=0, gzip;q=0', undefined],
      ['gzip;q=0, *;q=0', undefined],
      ['identity', undefined],
      [undefined, undefined],
    ];
    const bodyOf = { br: 'brotli copy', gzip: 'gzip copy' } as Record<string, string>;
    for (const [acceptEncoding, encoding] of cases) {
      const answer = await request('/assets/app-abc.js', acceptEncoding);
      expect({ acceptEncoding, status: answer.status, encoding: answer.headers['content-encoding'] }).toEqual(
        {
          acceptEncoding,
          status: 200,
          encoding,
        },
      );
      expect(answer.body).toBe(encoding ? bodyOf[encoding] : 'plain script');
      expect(answer.headers.vary).toBe('accept-encoding');
      expect(answer.headers['content-type']).toBe('text/javascript; charset=utf-8');
      expect(Number(answer.headers['content-length'])).toBe(Buffer.byteLength(answer.body));
      expect(answer.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(answer.headers['x-content-type-options']).toBe('nosniff');
    }
    // A file the build left without a brotli copy falls back to gzip, then to plain.
    expect((await request('/assets/only-gz.css', 'br, gzip')).body).toBe('gzip style');
    expect((await request('/assets/only-gz.css', 'br')).body).toBe('plain style');
  });

  it('answers every page of a site with the single-page app, revalidated and framed by nobody', async () => {
    for (const urlPath of ['/', '/s/S0001', '/s/S0001/my?x=1', '/admin', '/admin/sites/S0001/setup']) {
      const page = await request(urlPath, 'br, gzip');
      expect(page.status).toBe(200);
      expect(page.body).toBe(FILES['index.html']);
      expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(page.headers['cache-control']).toBe('no-cache');
      expect(page.headers['x-frame-options']).toBe('DENY');
      expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(page.headers['referrer-policy']).toBe('same-origin');
    }
    const icon = await request('/favicon.svg');
    expect(icon.status).toBe(200);
    expect(icon.headers['cache-control']).toBe('no-cache');
    const head = await request('/assets/app-abc.js', undefined, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers['content-length']).toBe(String(FILES['assets/app-abc.js']!.length));
    expect(head.body).toBe('');
  });

  it('answers 404 for what is not the app, any other method, and a path out of the build folder', async () => {
    for (const [urlPath, method] of [
      ['/administrator', 'GET'],
      ['/assets/missing.js', 'GET'],
      ['/assets/../../etc/passwd', 'GET'],
      ['/%2e%2e/package.json', 'GET'],
      ['/', 'POST'],
      ['/s/S0001', 'DELETE'],
    ] as const) {
      const answer = await request(urlPath, undefined, method);
      expect({ urlPath, method, status: answer.status, body: answer.body }).toEqual({
        urlPath,
        method,
        status: 404,
        body: 'Not found',
      });
    }
  });

  it('says the app is not built when there is no index.html', async () => {
    const empty = await mkdtemp(path.join(tmpdir(), 'dist-'));
    const unbuilt = await TestServer.start({ clientDistDir: empty });
    try {
      const answer = await fetch(`${unbuilt.baseUrl}/s/S0001`);
      expect(answer.status).toBe(503);
      expect(await answer.text()).toContain('npm run client:build');
    } finally {
      await unbuilt.close();
      await rm(empty, { recursive: true, force: true });
    }
  });
});

describe('/graphql over HTTP', () => {
  it('answers whatever the Host header says, as before fastify', async () => {
    for (const host of ['a b', '[::1', 'ok.example']) {
      const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
        http
          .request(
            `${web.url}?x=1`,
            { method: 'POST', headers: { host, 'content-type': 'application/json' } },
            (response) => {
              let body = '';
              response.on('data', (chunk: Buffer) => (body += chunk.toString()));
              response.on('end', () => resolve({ status: response.statusCode!, body }));
            },
          )
          .on('error', reject)
          .end(JSON.stringify({ query: '{ __typename }' }));
      });
      expect({ host, status: answer.status }).toEqual({ host, status: 200 });
      expect(JSON.parse(answer.body)).toMatchObject({ data: { __typename: 'Query' } });
    }
  });
});
