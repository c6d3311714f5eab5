import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { bearerToken } from '../../graphql/http.js';
import type { Services } from '../../services.js';
import { sqlOne } from '../../shared/sql.js';

function reply(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
}

/**
 * `POST /uploads`: the raw bytes of one file as the request body, `Authorization: Bearer <admin token>`.
 * Works the same from a browser (`fetch('/uploads', { method: 'POST', body: file })`) and from an HR system
 * (`curl --data-binary @file.csv`). Answers `201 { uploadId, size, sha256 }`; the upload is then named in
 * `previewImport`. Only operators and site admins upload; only the uploader can use an upload.
 */
export async function handleUpload(
  request: IncomingMessage,
  response: ServerResponse,
  deps: { orm: MikroORM; services: Services; maxBytes: number; logger: Logger },
): Promise<void> {
  if (request.method !== 'POST') {
    response.setHeader('allow', 'POST');
    return reply(response, 405, {
      error: { code: 'METHOD_NOT_ALLOWED', message: 'POST the file as the body' },
    });
  }
  const em = deps.orm.em.fork();
  const principal = await deps.services.auth.principalForToken(
    em,
    bearerToken(request.headers.authorization),
  );
  if (principal.kind === 'anonymous') {
    request.resume();
    return reply(response, 401, { error: { code: 'UNAUTHENTICATED', message: 'Log in first' } });
  }
  if (principal.kind !== 'admin' || principal.role === 'VENUE_STAFF') {
    request.resume();
    return reply(response, 403, { error: { code: 'FORBIDDEN', message: 'Only site admins upload files' } });
  }
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > deps.maxBytes) {
    request.resume();
    return reply(response, 413, {
      error: { code: 'PAYLOAD_TOO_LARGE', message: `At most ${deps.maxBytes} bytes` },
    });
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > deps.maxBytes) {
      return reply(response, 413, {
        error: { code: 'PAYLOAD_TOO_LARGE', message: `At most ${deps.maxBytes} bytes` },
      });
    }
    chunks.push(chunk as Buffer);
  }
  if (size === 0)
    return reply(response, 400, { error: { code: 'BAD_REQUEST', message: 'The file is empty' } });
  const content = Buffer.concat(chunks);
  const sha256 = createHash('sha256').update(content).digest('hex');
  const url = new URL(request.url ?? '/', 'http://localhost');
  const filename = (url.searchParams.get('filename') ?? String(request.headers['x-filename'] ?? '')).slice(
    0,
    255,
  );
  const row = await sqlOne<{ id: string }>(
    em,
    `insert into upload (admin_user_id, filename, size, sha256, content) values (?, ?, ?, ?, ?) returning id`,
    [principal.adminUserId, filename, size, sha256, content],
  );
  deps.logger.info({ uploadId: row!.id, size }, 'upload stored');
  return reply(response, 201, { uploadId: row!.id, size, sha256 });
}
