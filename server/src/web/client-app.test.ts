import { describe, expect, it } from 'vitest';
import { acceptedCopies, clientTargetFor } from './client-app.js';

describe('which file of the booking app answers a path', () => {
  it('serves the single-page app for the root and every page of a site', () => {
    for (const path of ['/', '/s/S0001', '/s/S0001/', '/s/S0001/my', '/s/my-company_2/book'])
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

  it('leaves paths that are not the booking app to the API (the admin app is not served yet)', () => {
    for (const path of ['/admin', '/admin/sites', '/graphql', '/healthz', '/s/', '/s/bad code'])
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
