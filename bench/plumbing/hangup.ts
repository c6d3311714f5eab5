/**
 * Found by bench:opening: clients that hang up while their request waits (a browser tab closed, a client
 * timeout) can leave the server's /graphql endpoint answering nothing, for good, while /healthz stays ok.
 * One server; 300 requests whose clients give up after 5–405 ms; then one patient request every 10 s.
 * With MAX_CONCURRENT_REQUESTS=0 (no admission queue) the probes are answered.
 *
 *   npx tsx bench/plumbing/hangup.ts            (probes time out on a server with the leak)
 *   HANGUP_ENV=MAX_CONCURRENT_REQUESTS=0 npx tsx bench/plumbing/hangup.ts
 */
import http from 'node:http';
import { startDatabase, startServer } from '../lib/infra.js';

const db = await startDatabase('hangup');
const env = Object.fromEntries(
  (process.env.HANGUP_ENV ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((pair) => pair.split('=') as [string, string]),
);
const server = await startServer(db.url, { TRUSTED_PROXIES: 'loopback', BUS: 'none', ...env }, 'hangup');
const url = new URL(server.url);
const agent = new http.Agent({ keepAlive: true, maxSockets: 1000 });
// A query that reads the database (a site that does not exist): a trivial one does not show the leak.
const body = Buffer.from(JSON.stringify({ query: '{ site(code: "S9999") { id name } }' }));

/** Status code, or 'gave up' when the client hangs up after `ms`. */
function post(index: number, ms: number): Promise<string> {
  return new Promise((resolve) => {
    const request = http.request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': body.length,
          'x-forwarded-for': `10.0.${index >> 8}.${index & 255}`,
        },
      },
      (response) => {
        response.resume();
        response.on('end', () => {
          clearTimeout(timer);
          resolve(String(response.statusCode));
        });
      },
    );
    const timer = setTimeout(() => {
      resolve('gave up');
      request.destroy();
    }, ms);
    request.on('error', () => undefined);
    request.end(body);
  });
}

let failed = false;
try {
  const results = await Promise.all(Array.from({ length: 300 }, (_, i) => post(i, 5 + Math.random() * 400)));
  const counts: Record<string, number> = {};
  for (const r of results) counts[r] = (counts[r] ?? 0) + 1;
  console.log(`impatient clients: ${JSON.stringify(counts)}`);
  for (let k = 1; k <= 3; k++) {
    await new Promise((resolve) => setTimeout(resolve, 10_000));
    const answer = await post(9999, 5000);
    console.log(`probe ${k * 10} s later, waiting up to 5 s: ${answer}`);
    failed = answer !== '200';
  }
} finally {
  agent.destroy();
  await server.stop();
  await db.stop();
}
console.log(failed ? 'the endpoint no longer answers: LEAK' : 'the endpoint answers');
process.exit(failed ? 1 : 0);
