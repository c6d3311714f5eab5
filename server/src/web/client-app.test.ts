import { describe, expect, it } from 'vitest';
import { acceptedCopies, clientTargetFor, contentSecurityPolicy, inlineStyleHashes } from './client-app.js';

describe('which file of the booking app answers a path', () => {
  it('serves the single-page app for the root, every page of a site and every page of the admin app', () => {
    for (const path of [
      '/',
      '/s/S0001',
      '/s/S0001/',
      '/s/S0001/my',
      '/s/my-company_2/book',
      '/admin',
      '/admin/',
      '/admin/sites/S0001/settings',
    ])
      expect(clientTargetFor(path)).toEqual({ kind: 'page' });
  });

  it('serves hashed assets as immutable files', () => {
    expect(clientTargetFor('/assets/index-DzlMYXd-.js')).toEqual({
      kind: 'file',
      relativePath: 'assets/index-DzlMYXd-.js',
      immutable: true,
    });
  });

  it('never resolves a path outside the build folder', () => {
    for (const path of [
      '/assets/../../package.json',
      '/%2e%2e/server/src/main.ts',
      '/assets/%2e%2e%2fx',
      '/a\\b',
    ])
      expect(clientTargetFor(path)).toEqual({ kind: 'none' });
  });

  it('never serves a source map, even when a build left one', () => {
    for (const path of ['/assets/index-DzlMYXd-.js.map', '/assets/index-DzlMYXd-.css.MAP', '/app.js.map'])
      expect(clientTargetFor(path)).toEqual({ kind: 'none' });
  });

  it('leaves paths that are not the app to the API', () => {
    for (const path of ['/administrator', '/admin.php', '/graphql', '/healthz', '/s/', '/s/bad code'])
      expect(clientTargetFor(path)).toEqual({ kind: 'none' });
  });
});

describe('which precompressed copy a browser gets', () => {
  const encodings = (header: string | undefined) => acceptedCopies(header).map((c) => c.encoding);

  it('prefers brotli, then gzip, among what the browser accepts', () => {
    expect(encodings('gzip, deflate, br, zstd')).toEqual(['br', 'gzip']);
    expect(encodings('gzip')).toEqual(['gzip']);
    expect(encodings('*')).toEqual(['br', 'gzip']);
  });

  it('sends neither to a client that accepts none or refuses them with q=0', () => {
    expect(encodings(undefined)).toEqual([]);
    expect(encodings('identity')).toEqual([]);
    expect(encodings('br;q=0, gzip;q=0.5')).toEqual(['gzip']);
    expect(encodings('*, br;q=0')).toEqual(['gzip']);
    expect(encodings('gzip;q=0, *;q=0')).toEqual([]);
  });
});

describe("the page's content security policy", () => {
  it('allows each inline style of the page by the sha256 of its exact text, and nothing else inline', () => {
    const html = '<head><style>body{margin:0}</style><style media="x">.a{}</style></head>';
    const hashes = inlineStyleHashes(html);
    // echo -n 'body{margin:0}' | openssl dgst -sha256 -binary | base64
    expect(hashes[0]).toBe('sha256-IAdwN3biDCQ3brrgp1m8kBEsPQYyqfREKOEfeoREopc=');
    expect(hashes).toHaveLength(2);
    const policy = contentSecurityPolicy(hashes);
    expect(policy).toContain(`style-src 'self' '${hashes[0]}' '${hashes[1]}';`);
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval';");
    expect(contentSecurityPolicy(inlineStyleHashes('<p>no style</p>'))).toContain("style-src 'self';");
  });
});
