import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';

export interface Received {
  path: string;
  headers: Record<string, string>;
  body: string;
  answered: number;
}

/** An integrator's receiver on 127.0.0.1: records every request; `answer` decides the status. */
export class Receiver {
  readonly requests: Received[] = [];
  /** How long each answer takes (so that a crash can fall while deliveries are in flight). */
  delayMs = 0;
  answer: (request: { path: string; count: number }) => number | { status: number; location: string } = () =>
    200;
  private constructor(private readonly server: http.Server) {}

  static async start(): Promise<Receiver> {
    const holder: { receiver?: Receiver } = {};
    const server = http.createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const r = holder.receiver!;
        const answer = r.answer({ path: request.url ?? '/', count: r.requests.length });
        const status = typeof answer === 'number' ? answer : answer.status;
        r.requests.push({
          path: request.url ?? '/',
          headers: request.headers as Record<string, string>,
          body: Buffer.concat(chunks).toString('utf8'),
          answered: status,
        });
        if (typeof answer !== 'number') response.setHeader('location', answer.location);
        setTimeout(() => response.writeHead(status).end(), r.delayMs);
      });
    });
    const receiver = (holder.receiver = new Receiver(server));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return receiver;
  }

  url(pathname = '/hook'): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}${pathname}`;
  }

  /** Requests to `pathname` answered 2xx, verified, by webhook-id (duplicates dropped, as a receiver would). */
  verified(secret: string, pathname: string): Map<string, { type: string; data: Record<string, unknown> }> {
    const webhook = new Webhook(secret);
    const byId = new Map<string, { type: string; data: Record<string, unknown> }>();
    for (const request of this.requests) {
      if (request.path !== pathname || request.answered < 200 || request.answered >= 300) continue;
      const message = webhook.verify(request.body, request.headers) as {
        type: string;
        data: Record<string, unknown>;
      };
      byId.set(request.headers['webhook-id']!, message);
    }
    return byId;
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
