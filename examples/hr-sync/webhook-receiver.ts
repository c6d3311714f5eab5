/**
 * A webhook receiver: a small node:http server that verifies each delivery's Standard Webhooks signature with
 * the endpoint's secret, drops duplicates by `webhook-id` (deliveries are at least once), answers 2xx at once
 * and handles the event afterwards (here: prints one JSON line per event).
 *
 *   WEBHOOK_SECRET=whsec_… npx tsx examples/hr-sync/webhook-receiver.ts [--port 8787] [--host 127.0.0.1] [--path /hooks/vaccination]
 *
 * While rotating the secret (`rotateWebhookSecret`), give both, space- or comma-separated
 * (WEBHOOK_SECRET="whsec_new whsec_old"): a delivery is accepted when any of its signatures matches any of
 * them. During the server's overlap each delivery carries a signature of each secret, so either alone would
 * do; holding both covers a switch on the receiver's side that comes before or after the overlap.
 *
 * Output lines: {"listening":"http://…"} once, then {"received":id,"type":…,"data":…} per new event,
 * {"duplicate":id} for a delivery already handled, {"rejected":reason} for a request that failed verification.
 * In production keep the seen ids in a table with a unique key instead of memory, and put the receiver
 * behind HTTPS.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { Webhook } from 'standardwebhooks';
import { runIfMain, UsageError } from './client.js';

const MAX_BODY = 1024 * 1024;

export interface Delivery {
  type: string;
  timestamp: string;
  data: Record<string, unknown>;
}

/** The secrets of `WEBHOOK_SECRET`: one, or several (space- or comma-separated) while rotating. */
export function secretsOf(value: string): string[] {
  return value.split(/[\s,]+/).filter(Boolean);
}

/**
 * Verifies the raw body against every secret held: the `webhook-signature` header may carry several
 * `v1,<signature>` entries (one per secret the server signs with), and one match with one secret is enough.
 */
export function verifyAny(
  webhooks: readonly Webhook[],
  body: string,
  headers: Record<string, string>,
): Delivery {
  let failure: unknown;
  for (const webhook of webhooks) {
    try {
      return webhook.verify(body, headers) as Delivery;
    } catch (error) {
      failure = error;
    }
  }
  throw failure;
}

export function createReceiver(
  secrets: string | readonly string[],
  pathname: string,
  onEvent: (id: string, event: Delivery) => void,
) {
  const webhooks = (typeof secrets === 'string' ? secretsOf(secrets) : secrets).map((s) => new Webhook(s));
  const seen = new Set<string>();
  return http.createServer((request, response) => {
    if (request.method !== 'POST' || request.url !== pathname) return void response.writeHead(404).end();
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) request.destroy();
      else chunks.push(chunk);
    });
    request.on('end', () => {
      // Verify the raw body as received: re-serialised JSON would not match the signature.
      const body = Buffer.concat(chunks).toString('utf8');
      let event: Delivery;
      try {
        event = verifyAny(webhooks, body, request.headers as Record<string, string>);
      } catch (error) {
        console.log(JSON.stringify({ rejected: error instanceof Error ? error.message : String(error) }));
        return void response.writeHead(400).end();
      }
      const id = String(request.headers['webhook-id']);
      response.writeHead(204).end(); // answer first, work afterwards
      if (seen.has(id)) {
        console.log(JSON.stringify({ duplicate: id }));
        return;
      }
      seen.add(id);
      onEvent(id, event);
    });
  });
}

export async function main(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string', default: env.PORT ?? '8787' },
      host: { type: 'string', default: '127.0.0.1' },
      path: { type: 'string', default: '/hooks/vaccination' },
      secret: { type: 'string' },
    },
  });
  const secrets = secretsOf(values.secret ?? env.WEBHOOK_SECRET ?? '');
  if (secrets.length === 0)
    throw new UsageError(
      'usage: WEBHOOK_SECRET=whsec_… (or "whsec_new whsec_old" while rotating) webhook-receiver.ts [--port] [--host] [--path]',
    );
  const server = createReceiver(secrets, values.path, (id, event) =>
    console.log(JSON.stringify({ received: id, type: event.type, data: event.data })),
  );
  await new Promise<void>((resolve) => server.listen(Number(values.port), values.host, resolve));
  const { port } = server.address() as AddressInfo;
  console.log(JSON.stringify({ listening: `http://${values.host}:${port}${values.path}` }));
  await new Promise<void>((resolve) => {
    const stop = () => server.close(() => resolve());
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
  });
  return 0;
}

runIfMain(import.meta.url, (argv) => main(argv));
