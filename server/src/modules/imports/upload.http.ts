import { createHash } from 'node:crypto';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import { bearerToken } from '../../graphql/http.js';
import { TokenBuckets } from '../../graphql/rate-limit.js';
import type { AuthService } from '../auth/auth.service.js';
import type { ImportService } from './import.service.js';
import { binaryKind, CsvRecordCounter, SIGNATURE_BYTES } from '../../shared/csv.js';
import { WORKER_MIN_BYTES, warmParsingWorker } from './parse-file.js';

function reply(
  response: FastifyReply,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): FastifyReply {
  return response
    .code(status)
    .headers({
      'content-type': 'application/json',
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      ...headers,
    })
    .send(JSON.stringify(body));
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

function rateLimited(response: FastifyReply, retryAfter: number): FastifyReply {
  return reply(
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

type Refusal = { status: number; code: string; message: string };

/** What the body parser hands the route: the file, or why it was refused while it arrived. */
type UploadBody =
  | { kind: 'file'; content: Buffer; size: number; records: number }
  | { kind: 'refused'; refusal: Refusal; size: number }
  | { kind: 'tooLarge' };

/**
 * Reads the body as it arrives: records are counted and binary files recognised; nothing is parsed here,
 * and a refused file is never kept.
 */
async function readUpload(payload: AsyncIterable<Buffer>, limits: UploadLimits): Promise<UploadBody> {
  const chunks: Buffer[] = [];
  const counter = new CsvRecordCounter();
  let head = Buffer.alloc(0);
  let size = 0;
  let refusal: Refusal | undefined;
  const tooManyRows = () => ({
    status: 413,
    code: 'TOO_MANY_ROWS',
    message: `The file has more than ${limits.maxRows} rows, the limit of one upload; split it`,
  });
  // Not `for await`: leaving it would destroy the socket before the 413 is written.
  const chunksOfBody = payload[Symbol.asyncIterator]();
  for (let next = await chunksOfBody.next(); !next.done; next = await chunksOfBody.next()) {
    const chunk = next.value;
    size += chunk.length;
    if (size > limits.maxBytes) return { kind: 'tooLarge' };
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
  if (refusal) return { kind: 'refused', refusal, size };
  return { kind: 'file', content: Buffer.concat(chunks), size, records: counter.records };
}

export interface UploadRouteOptions {
  orm: MikroORM;
  /** Only what the route needs, so the route does not know the whole wiring (services.ts sits above it). */
  services: { auth: Pick<AuthService, 'principalForToken'>; imports: Pick<ImportService, 'storeUpload'> };
  limits: UploadLimits;
  limiter: UploadRateLimiter;
  logger: Logger;
}

const uploaders = new WeakMap<FastifyRequest, { em: EntityManager; adminUserId: string }>();

/**
 * `POST /uploads`: the raw bytes of one file as the request body, `Authorization: Bearer <admin token>`.
 * Works the same from a browser (`fetch('/uploads', { method: 'POST', body: file })`) and from an HR system
 * (`curl --data-binary @file.csv`). Answers `201 { uploadId, size, sha256, rowCount }`; the upload is then
 * named in `previewImport`. Only operators and site admins upload; only the uploader can use an upload.
 * Who may upload is settled before the body is read; the body parser streams it (readUpload).
 */
export async function uploadRoute(fastify: FastifyInstance, deps: UploadRouteOptions): Promise<void> {
  const { limits } = deps;
  fastify.removeAllContentTypeParsers();
  // Any content type, the file as it arrives; fastify's bodyLimit is not applied to a streaming parser.
  fastify.addContentTypeParser('*', (_request: FastifyRequest, payload: AsyncIterable<Buffer>) =>
    readUpload(payload, limits),
  );

  fastify.all('/uploads', {
    preParsing: async (request, response) => {
      if (request.method !== 'POST') {
        void reply(
          response,
          405,
          { error: { code: 'METHOD_NOT_ALLOWED', message: 'POST the file as the body' } },
          {
            allow: 'POST',
          },
        );
        return;
      }
      // Before the token is looked up, so a flood of uploads costs no SQL.
      const addressWait = deps.limiter.address(request.ip ?? 'unknown');
      if (addressWait > 0) {
        request.raw.resume();
        void rateLimited(response, addressWait);
        return;
      }
      const em = deps.orm.em.fork();
      const principal = await deps.services.auth.principalForToken(
        em,
        bearerToken(request.headers.authorization),
      );
      if (principal.kind === 'anonymous') {
        request.raw.resume();
        void reply(response, 401, { error: { code: 'UNAUTHENTICATED', message: 'Log in first' } });
        return;
      }
      if (principal.kind !== 'admin' || principal.role === 'VENUE_STAFF') {
        request.raw.resume();
        void reply(response, 403, { error: { code: 'FORBIDDEN', message: 'Only site admins upload files' } });
        return;
      }
      const adminWait = deps.limiter.admin(principal.adminUserId);
      if (adminWait > 0) {
        request.raw.resume();
        void rateLimited(response, adminWait);
        return;
      }
      const declared = Number(request.headers['content-length'] ?? 0);
      if (declared > limits.maxBytes) {
        request.raw.resume();
        void reply(response, 413, {
          error: { code: 'PAYLOAD_TOO_LARGE', message: `At most ${limits.maxBytes} bytes` },
        });
        return;
      }
      uploaders.set(request, { em, adminUserId: principal.adminUserId });
      // A large file is previewed next: its parsing thread starts while the bytes arrive.
      if (declared >= WORKER_MIN_BYTES) warmParsingWorker();
    },
    errorHandler: (error, _request, response) => {
      deps.logger.error({ err: error }, 'upload failed');
      void reply(response, 500, { error: { code: 'INTERNAL_SERVER_ERROR', message: 'Upload failed' } });
    },
    handler: async (request, response) => {
      const uploader = uploaders.get(request)!;
      const body = request.body as UploadBody | undefined;
      if (body?.kind === 'tooLarge') {
        // The rest of the body is not read: the connection closes after this answer.
        return reply(
          response,
          413,
          { error: { code: 'PAYLOAD_TOO_LARGE', message: `At most ${limits.maxBytes} bytes` } },
          { connection: 'close' },
        );
      }
      if (body?.kind === 'refused') {
        deps.logger.info({ size: body.size, code: body.refusal.code }, 'upload refused');
        return reply(response, body.refusal.status, {
          error: { code: body.refusal.code, message: body.refusal.message },
        });
      }
      if (!body || body.size === 0)
        return reply(response, 400, { error: { code: 'BAD_REQUEST', message: 'The file is empty' } });
      const { content, size } = body;
      const sha256 = createHash('sha256').update(content).digest('hex');
      const rowCount = Math.max(0, body.records - 1);
      const url = new URL(request.url, 'http://localhost');
      const filename = (
        url.searchParams.get('filename') ?? String(request.headers['x-filename'] ?? '')
      ).slice(0, 255);
      const uploadId = await deps.services.imports.storeUpload(uploader.em, {
        adminUserId: uploader.adminUserId,
        filename,
        size,
        sha256,
        rowCount,
        content,
      });
      deps.logger.info({ uploadId, size, rowCount }, 'upload stored');
      return reply(response, 201, { uploadId, size, sha256, rowCount });
    },
  });
}

function notCsv(kind: string): { status: number; code: string; message: string } {
  return {
    status: 415,
    code: 'NOT_CSV',
    message: `This looks like ${kind}, not a CSV file: save it as CSV (UTF-8 or Shift_JIS) and upload that`,
  };
}
