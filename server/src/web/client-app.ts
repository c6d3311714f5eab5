import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyRequest } from 'fastify';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  // The QR reader's WebAssembly (admin camera scan): compiled while it streams only with this type.
  '.wasm': 'application/wasm',
};

/**
 * The app talks only to its own origin (HTTP and WebSocket); nothing framed, no inline script. The only
 * inline code allowed is the page's own <style> blocks (the static shell that paints before the stylesheet
 * arrives), each by the hash of its exact text. 'wasm-unsafe-eval' lets the page compile WebAssembly (the
 * admin's QR reader, served from 'self'); it allows no JavaScript eval.
 */
export function contentSecurityPolicy(styleHashes: readonly string[] = []): string {
  const styles = ["'self'", ...styleHashes.map((h) => `'${h}'`)].join(' ');
  return (
    `default-src 'self'; connect-src 'self'; img-src 'self' data:; style-src ${styles}; script-src 'self' 'wasm-unsafe-eval'; ` +
    "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
  );
}

/** `sha256-…` of the text of every inline <style> element of a page, as CSP names them. */
export function inlineStyleHashes(html: string): string[] {
  return [...html.matchAll(/<style(?:\s[^>]*)?>([\s\S]*?)<\/style>/gi)].map(
    (m) => `sha256-${createHash('sha256').update(m[1]!, 'utf8').digest('base64')}`,
  );
}

/** Copies the build writes next to its text files (client/vite.config.ts), in the order we prefer them. */
const PRECOMPRESSED = [
  { encoding: 'br', suffix: '.br' },
  { encoding: 'gzip', suffix: '.gz' },
] as const;

/**
 * The precompressed copies an `Accept-Encoding` header allows, best first: one named with a weight above
 * zero, or covered by `*` and not refused by name.
 */
export function acceptedCopies(header: string | undefined): (typeof PRECOMPRESSED)[number][] {
  const weights = new Map<string, number>();
  for (const part of (header ?? '').toLowerCase().split(',')) {
    const [name, ...parameters] = part.split(';').map((p) => p.trim());
    if (!name) continue;
    const q = parameters.find((p) => p.startsWith('q='));
    const weight = q ? Number(q.slice(2)) : 1;
    weights.set(name, Number.isNaN(weight) ? 0 : weight);
  }
  return PRECOMPRESSED.filter(({ encoding }) => (weights.get(encoding) ?? weights.get('*') ?? 0) > 0);
}

export type ClientTarget =
  { kind: 'page' } | { kind: 'file'; relativePath: string; immutable: boolean } | { kind: 'none' };

/**
 * Which file of the built web app answers a path: `/`, `/s/<site code>/…` (booking) and `/admin/…` (the
 * admin app, a lazily loaded chunk of the same build) are the single-page app (index.html); `/assets/…`
 * are Vite's content-hashed files; anything else is not the app's.
 */
export function clientTargetFor(urlPath: string): ClientTarget {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return { kind: 'none' };
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return { kind: 'none' };
  if (
    decoded === '/' ||
    decoded === '/index.html' ||
    /^\/s\/[A-Za-z0-9_-]+(\/.*)?$/.test(decoded) ||
    /^\/admin(\/.*)?$/.test(decoded)
  ) {
    return { kind: 'page' };
  }
  const normalized = path.posix.normalize(decoded);
  if (normalized !== decoded || normalized.split('/').includes('..')) return { kind: 'none' };
  // Source maps would publish the client's source; a build that still has them keeps them to itself.
  if (/\.map$/i.test(normalized)) return { kind: 'none' };
  if (/^\/assets\/[A-Za-z0-9._-]+$/.test(normalized)) {
    return { kind: 'file', relativePath: normalized.slice(1), immutable: true };
  }
  if (/^\/[A-Za-z0-9_-]+\.(ico|svg|png|txt|js)$/.test(normalized)) {
    return { kind: 'file', relativePath: normalized.slice(1), immutable: false };
  }
  return { kind: 'none' };
}

/** The type a file is sent with (CONTENT_TYPES), whichever copy of it goes out. */
const contentTypes = new WeakMap<FastifyRequest, string>();

/**
 * Serves the built booking app (client/dist) on the API's port with @fastify/static and the build's
 * precompressed copies; a path that is not the app's is left to the not-found handler (404).
 */
export async function clientApp(fastify: FastifyInstance, options: { distDir: string }): Promise<void> {
  const root = path.resolve(options.distDir);
  // The page's CSP, computed again whenever a new build replaces index.html.
  let policy: { mtimeMs: number; value: string } | undefined;
  const policyFor = async (mtimeMs: number) => {
    if (policy?.mtimeMs !== mtimeMs) {
      const html = await readFile(path.join(root, 'index.html'), 'utf8');
      policy = { mtimeMs, value: contentSecurityPolicy(inlineStyleHashes(html)) };
    }
    return policy.value;
  };
  await fastify.register(fastifyStatic, {
    root,
    serve: false,
    preCompressed: true,
    // Set per target below: hashed assets are immutable, the page and the rest are revalidated.
    cacheControl: false,
  });
  // After @fastify/static, which names a compressed copy's type itself (`application/javascript`).
  fastify.addHook('onSend', async (request, reply) => {
    const type = contentTypes.get(request);
    if (type && reply.statusCode === 200) void reply.header('content-type', type);
  });
  fastify.get('/*', async (request, reply) => {
    const target = clientTargetFor(request.url.split('?')[0] ?? '/');
    if (target.kind === 'none') return reply.callNotFound();
    const relativePath = target.kind === 'page' ? 'index.html' : target.relativePath;
    if (target.kind === 'page') {
      const info = await stat(path.join(root, relativePath)).catch(() => undefined);
      if (!info?.isFile())
        return reply
          .code(503)
          .type('text/plain; charset=utf-8')
          .send('The booking web app is not built: run `npm run client:build`.');
      void reply.headers({
        'content-security-policy': await policyFor(info.mtimeMs),
        'x-frame-options': 'DENY',
      });
    }
    void reply.headers({
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'same-origin',
      'cache-control':
        target.kind === 'file' && target.immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
    // @fastify/static reads `*` as gzip only and lets a later `*` overrule `gzip;q=0`: it sees the allowed copies.
    request.raw.headers['accept-encoding'] = acceptedCopies(request.headers['accept-encoding'])
      .map((copy) => copy.encoding)
      .join(', ');
    const type = CONTENT_TYPES[path.extname(relativePath)];
    if (type) contentTypes.set(request, type);
    return reply.sendFile(relativePath);
  });
}
