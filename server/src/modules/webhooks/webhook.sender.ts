import { randomBytes } from 'node:crypto';
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { BlockList, isIP, type LookupFunction } from 'node:net';
import { Webhook } from 'standardwebhooks';

/** A new signing secret in the Standard Webhooks format: `whsec_` and 24 random bytes in base64. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(24).toString('base64')}`;
}

/** Addresses a webhook may not reach unless the setting allows it: private, loopback, link-local and the like. */
const PRIVATE = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  PRIVATE.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
  ['64:ff9b::', 96],
] as const)
  PRIVATE.addSubnet(net, prefix, 'ipv6');

export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return PRIVATE.check(address, 'ipv4');
  if (family !== 6) return true;
  // An IPv4 address written as IPv6 (::ffff:10.0.0.1) is judged as the IPv4 address.
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return PRIVATE.check(mapped[1]!, 'ipv4');
  return PRIVATE.check(address, 'ipv6');
}

export class AddressRefused extends Error {}

/** The URL's host with IPv6 brackets removed. */
function hostOf(url: URL): string {
  return url.hostname.replace(/^\[|\]$/g, '');
}

/** Why an endpoint URL cannot be used (shape only; names are resolved at delivery), or undefined. */
export function urlProblem(raw: string, allowPrivate: boolean): string | undefined {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'Not a URL';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'Use an https:// (or http://) URL';
  if (url.username || url.password) return 'A webhook URL carries no user name or password';
  if (raw.length > 2000) return 'At most 2000 characters';
  const host = hostOf(url);
  if (
    !allowPrivate &&
    (isIP(host) ? isPrivateAddress(host) : host === 'localhost' || host.endsWith('.localhost'))
  )
    return 'Private, loopback and link-local addresses are not allowed';
  return undefined;
}

/**
 * Resolves a name and refuses it when ANY of its addresses is private (unless allowed); the connection then
 * goes to an address that was checked, so a second lookup cannot switch it to another (DNS rebinding).
 */
function checkedLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { all: true, family: options.family ?? 0 }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '', 0);
      const refused = allowPrivate ? undefined : addresses.find((a) => isPrivateAddress(a.address));
      if (refused) return callback(new AddressRefused(`${hostname} resolves to a private address`), '', 0);
      if (addresses.length === 0) return callback(new Error(`${hostname} has no address`), '', 0);
      if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
      callback(null, addresses[0]!.address, addresses[0]!.family);
    });
  };
}

export interface SendOutcome {
  statusCode: number | null;
  error: string | null;
}

/** The body of a webhook (Standard Webhooks: type, timestamp, data). */
export function webhookBody(event: {
  type: string;
  occurredAt: Date;
  data: Record<string, unknown>;
}): string {
  return JSON.stringify({ type: event.type, timestamp: event.occurredAt.toISOString(), data: event.data });
}

/**
 * The `webhook-signature` header: one `v1,<signature>` per secret, space-separated (Standard Webhooks lets a
 * receiver accept any of them), the current secret first. During a rotation's overlap there are two.
 */
export function webhookSignatures(
  secrets: readonly string[],
  message: { id: string; body: string; timestamp: Date },
): string {
  return secrets
    .map((secret) => new Webhook(secret).sign(message.id, message.timestamp, message.body))
    .join(' ');
}

/**
 * POSTs one signed message to exactly the endpoint's URL: a timeout on the whole exchange, no redirects
 * (a 3xx is a failure), and no private address unless allowed. 2xx is success; anything else is a failure
 * with the status code or the error.
 */
export async function sendWebhook(
  target: { url: string; secrets: readonly string[] },
  message: { id: string; body: string; timestamp: Date },
  options: { timeoutMs: number; allowPrivate: boolean },
): Promise<SendOutcome> {
  const url = new URL(target.url);
  const host = hostOf(url);
  if (!options.allowPrivate && isIP(host) && isPrivateAddress(host))
    return { statusCode: null, error: 'refused: a private, loopback or link-local address' };
  const signature = webhookSignatures(target.secrets, message);
  const client = url.protocol === 'https:' ? https : http;
  return new Promise<SendOutcome>((resolve) => {
    let settled = false;
    const done = (outcome: SendOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(outcome);
    };
    const request = client.request(
      url,
      {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(message.body),
          'user-agent': 'vaccination-reservations-webhooks/1',
          'webhook-id': message.id,
          'webhook-timestamp': String(Math.floor(message.timestamp.getTime() / 1000)),
          'webhook-signature': signature,
        },
        lookup: checkedLookup(options.allowPrivate),
        // A connection per delivery: nothing pooled outlives the timeout.
        agent: false,
      },
      (response) => {
        const statusCode = response.statusCode ?? 0;
        // The body is not needed; read and drop at most a little of it.
        response.resume();
        response.destroy();
        if (statusCode >= 200 && statusCode < 300) return done({ statusCode, error: null });
        done({
          statusCode,
          error:
            statusCode >= 300 && statusCode < 400
              ? `redirect refused (${statusCode}); webhooks follow no redirects`
              : `answered ${statusCode}`,
        });
      },
    );
    const timer = setTimeout(() => {
      request.destroy(new Error(`no answer within ${options.timeoutMs} ms`));
    }, options.timeoutMs);
    request.on('error', (error) =>
      done({
        statusCode: null,
        error:
          error instanceof AddressRefused
            ? `refused: ${error.message}`
            : error.message || (error as { code?: string }).code || 'connection failed',
      }),
    );
    request.end(message.body);
  });
}
