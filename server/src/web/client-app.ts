import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';

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
};

// The app talks only to its own origin (HTTP and WebSocket); nothing inline, nothing framed.
const CONTENT_SECURITY_POLICY =
  "default-src 'self'; connect-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; " +
  "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

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
 * Which file of the built booking app answers a path: `/` and `/s/<site code>/…` are the single-page
 * app (index.html); `/assets/…` are Vite's content-hashed files; anything else (e.g. `/admin`, not built
 * yet) is not the booking app's.
 */
export function clientTargetFor(urlPath: string): ClientTarget {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return { kind: 'none' };
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return { kind: 'none' };
  if (decoded === '/' || decoded === '/index.html' || /^\/s\/[A-Za-z0-9_-]+(\/.*)?$/.test(decoded)) {
    return { kind: 'page' };
  }
  const normalized = path.posix.normalize(decoded);
  if (normalized !== decoded || normalized.split('/').includes('..')) return { kind: 'none' };
  // Source maps would publish the client's source; a build that still has them keeps them to itself.
  if (/\.map$/i.test(normalized)) return { kind: 'none' };
  if (/^\/assets\/[A-Za-z0-9._-]+$/.test(normalized)) {
    return { kind: 'file', relativePath: normalized.slice(1), immutable: true };
  }
  if (/^\/[A-Za-z0-9_-]+\.(ico|svg|png|txt)$/.test(normalized)) {
    return { kind: 'file', relativePath: normalized.slice(1), immutable: false };
  }
  return { kind: 'none' };
}

/**
 * Serves the built booking app (client/dist) on the API's port. Returns false when the path is not the
 * app's, so the caller answers 404.
 */
export async function serveClientApp(
  distDir: string,
  request: IncomingMessage,
  response: ServerResponse,
  urlPath: string,
): Promise<boolean> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  const target = clientTargetFor(urlPath);
  if (target.kind === 'none') return false;
  const relativePath = target.kind === 'page' ? 'index.html' : target.relativePath;
  const file = path.join(distDir, relativePath);
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile()) {
    if (target.kind === 'file') return false;
    response.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
    response.end('The booking web app is not built: run `npm run client:build`.');
    return true;
  }
  // A copy the browser accepts, when the build made one (text files of 1 kB and more).
  let body = { file, size: info.size, encoding: undefined as string | undefined };
  for (const copy of acceptedCopies(request.headers['accept-encoding'])) {
    const copyInfo = await stat(file + copy.suffix).catch(() => undefined);
    if (!copyInfo?.isFile()) continue;
    body = { file: file + copy.suffix, size: copyInfo.size, encoding: copy.encoding };
    break;
  }
  const headers: Record<string, string | number> = {
    'content-type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
    'content-length': body.size,
    vary: 'accept-encoding',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'same-origin',
    'cache-control':
      target.kind === 'file' && target.immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
  };
  if (body.encoding) headers['content-encoding'] = body.encoding;
  if (target.kind === 'page') {
    headers['content-security-policy'] = CONTENT_SECURITY_POLICY;
    headers['x-frame-options'] = 'DENY';
  }
  response.writeHead(200, headers);
  if (request.method === 'HEAD') {
    response.end();
    return true;
  }
  await new Promise<void>((resolve, reject) => {
    createReadStream(body.file).on('error', reject).on('end', resolve).pipe(response);
  });
  return true;
}
