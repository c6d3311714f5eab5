import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { bearerToken } from '../../graphql/http.js';
import { TokenBuckets } from '../../graphql/rate-limit.js';
import type { Services } from '../../services.js';
import { binaryKind, CsvRecordCounter, SIGNATURE_BYTES } from '../../shared/csv.js';

function reply(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
) {
  response.writeHead(status, {
    'content-type': 'application/json',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    ...headers,
  });
  response.end(JSON.stringify(body));
}

export interface UploadLimits {
  maxBytes: number;
  /** Data rows after the header. */
  maxRows: number;
  uploadsPerMinute: number;
  burst: number;
}

/** Uploads per minute per client address and per admin, in this process's memory like the GraphQL limits. */
export class UploadRateLimiter {
  private readonly perAddress: TokenBuckets;
  private readonly perAdmin: TokenBuckets;

  constructor(limits: UploadLimits) {
    this.perAddress = new TokenBuckets(limits.uploadsPerMinute / 60, limits.burst);
    this.perAdmin = new TokenBuckets(limits.uploadsPerMinute / 60, limits.burst);
  }

  /** Seconds to wait, or 0. */
  address(clientAddress: string): number {
    return Math.ceil(this.perAddress.take(clientAddress) / 1000);
  }

  admin(adminUserId: string): number {
    return Math.ceil(this.perAdmin.take(adminUserId) / 1000);
  }
}

function rateLimited(response: ServerResponse, retryAfter: number): void {
  reply(
    response,
    429,
    {
      error: {
        code: 'RATE_LIMITED',
        message: `Too many uploads. Try again in ${retryAfter} s.`,
        retryAfterSeconds: retryAfter,
      },
    },
    { 'retry-after': String(retryAfter) },
  );
}

/**
 * `POST /uploads`: the raw bytes of one file as the request body, `Authorization: Bearer <admin token>`.
 * Works the same from a browser (`fetch('/uploads', { method: 'POST', body: file })`) and from an HR system
 * (`curl --data-binary @file.csv`). Answers `201 { uploadId, size, sha256, rowCount }`; the upload is then
 * named in `previewImport`. Only operators and site admins upload; only the uploader can use an upload.
 * While the bytes arrive, records are counted and binary files recognised; nothing is parsed here, and a
 * refused file is never stored.
 */
export async function handleUpload(
  request: IncomingMessage,
  response: ServerResponse,
  deps: {
    orm: MikroORM;
    services: Services;
    limits: UploadLimits;
    limiter: UploadRateLimiter;
    clientAddress: string;
    logger: Logger;
  },
): Promise<void> {
  const { limits } = deps;
  if (request.method !== 'POST') {
    response.setHeader('allow', 'POST');
    return reply(response, 405, {
      error: { code: 'METHOD_NOT_ALLOWED', message: 'POST the file as the body' },
    });
  }
  // Before the token is looked up, so a flood of uploads costs no SQL.
  const addressWait = deps.limiter.address(deps.clientAddress);
  if (addressWait > 0) {
    request.resume();
    return rateLimited(response, addressWait);
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
  const adminWait = deps.limiter.admin(principal.adminUserId);
  if (adminWait > 0) {
    request.resume();
    return rateLimited(response, adminWait);
  }
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > limits.maxBytes) {
    request.resume();
    return reply(response, 413, {
      error: { code: 'PAYLOAD_TOO_LARGE', message: `At most ${limits.maxBytes} bytes` },
    });
  }
  const chunks: Buffer[] = [];
  const counter = new CsvRecordCounter();
  let head = Buffer.alloc(0);
  let size = 0;
  let refusal: { status: number; code: string; message: string } | undefined;
  const tooManyRows = () => ({
    status: 413,
    code: 'TOO_MANY_ROWS',
    message: `The file has more than ${limits.maxRows} rows, the limit of one upload; split it`,
  });
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limits.maxBytes) {
      return reply(response, 413, {
        error: { code: 'PAYLOAD_TOO_LARGE', message: `At most ${limits.maxBytes} bytes` },
      });
    }
    // Once refused, the rest of the body is read (up to the byte limit) and dropped, not looked at.
    if (refusal) continue;
    if (head.length < SIGNATURE_BYTES) head = Buffer.concat([head, chunk.subarray(0, SIGNATURE_BYTES)]);
    const kind = binaryKind(head, chunk);
    if (kind) {
      refusal = notCsv(kind);
      chunks.length = 0;
      continue;
    }
    counter.push(chunk);
    // One record is the header.
    if (counter.records > limits.maxRows + 1) {
      refusal = tooManyRows();
      chunks.length = 0;
      continue;
    }
    chunks.push(chunk);
  }
  if (!refusal && counter.finish() > limits.maxRows + 1) refusal = tooManyRows();
  if (refusal) {
    deps.logger.info({ size, code: refusal.code }, 'upload refused');
    return reply(response, refusal.status, { error: { code: refusal.code, message: refusal.message } });
  }
  if (size === 0)
    return reply(response, 400, { error: { code: 'BAD_REQUEST', message: 'The file is empty' } });
  const content = Buffer.concat(chunks);
  const sha256 = createHash('sha256').update(content).digest('hex');
  const rowCount = Math.max(0, counter.records - 1);
  const url = new URL(request.url ?? '/', 'http://localhost');
  const filename = (url.searchParams.get('filename') ?? String(request.headers['x-filename'] ?? '')).slice(
    0,
    255,
  );
  const uploadId = await deps.services.imports.repository.insertUpload(em, {
    adminUserId: principal.adminUserId,
    filename,
    size,
    sha256,
    rowCount,
    content,
  });
  deps.logger.info({ uploadId, size, rowCount }, 'upload stored');
  return reply(response, 201, { uploadId, size, sha256, rowCount });
}

function notCsv(kind: string): { status: number; code: string; message: string } {
  return {
    status: 415,
    code: 'NOT_CSV',
    message: `This looks like ${kind}, not a CSV file: save it as CSV (UTF-8 or Shift_JIS) and upload that`,
  };
}
