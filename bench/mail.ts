/**
 * bench:mail — mails per second from the outbox to a real SMTP server on loopback, next to nodemailer
 * sending the same mails directly (no outbox, no database) in the same run.
 *   npm run bench:mail [-- --mails 2000]
 */
import { mkdtemp, rm, chmod, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import nodemailer from 'nodemailer';
import { pino } from 'pino';
import { openDatabase } from '../server/src/config/database.js';
import { startEmbeddedPostgres } from '../server/src/config/embedded-postgres.js';
import { MailOutbox } from '../server/src/modules/notifications/mail-outbox.repository.js';
import { smtpTransport } from '../server/src/modules/notifications/mail.transport.js';
import { MailWorker } from '../server/src/modules/notifications/mail.worker.js';
import { sql } from '../server/src/shared/sql.js';
import { SmtpSink } from '../tests/testkit/smtp-sink.js';

const count = Number(process.argv[process.argv.indexOf('--mails') + 1] || 2000) || 2000;

async function waitFor(condition: () => boolean, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 5));
  }
}

const dir = await mkdtemp(path.join(tmpdir(), 'bench-mail-'));
await chmod(dir, 0o755);
const db = process.env.DATABASE_URL
  ? undefined
  : await startEmbeddedPostgres(path.join(dir, 'pg'), { persistent: false });
const url = process.env.DATABASE_URL ?? db!.url;
const orm = await openDatabase(url);
const sink = await SmtpSink.start();
try {
  const em = orm.em.fork();
  const [site] = await sql<{ id: string }>(
    em,
    `insert into site (code, name, plan) values ('BENCHMAIL', 'Bench', 'WORKPLACE') on conflict (code) do update set name = excluded.name returning id`,
  );
  const body = 'ワクチン接種のご予約を受け付けました。\n'.repeat(8);
  const mails = Array.from({ length: count }, (_, i) => ({
    siteId: site!.id,
    kind: 'BOOKING_CONFIRMATION' as const,
    to: `person${i}@bench.example`,
    subject: `[Bench] ご予約を受け付けました ${i}`,
    text: body,
    html: `<p>${body}</p>`,
  }));

  // Ceiling: nodemailer's pool straight to the sink, five connections, no database.
  const direct = nodemailer.createTransport({ url: sink.url, pool: true, maxConnections: 5 });
  let started = performance.now();
  for (let i = 0; i < count; i += 20) {
    await Promise.all(
      mails.slice(i, i + 20).map((m) =>
        direct.sendMail({
          from: 'bench@localhost',
          to: m.to,
          subject: m.subject,
          text: m.text,
          html: m.html,
        }),
      ),
    );
  }
  await waitFor(() => sink.received.length >= count, 120_000);
  const directSeconds = (performance.now() - started) / 1000;
  direct.close();
  sink.received.length = 0;

  // The outbox: enqueue (one statement), then the worker claims, sends and records each mail.
  const outbox = new MailOutbox();
  await outbox.enqueue(em, mails);
  const worker = new MailWorker(
    orm,
    smtpTransport(sink.url),
    {
      from: 'bench@localhost',
      pollMs: 5,
      retryBaseMs: 1000,
      maxAttempts: 3,
      render: async (_em, mail) => mail, // the bench queues finished mails
    },
    pino({ level: 'silent' }),
  );
  started = performance.now();
  worker.start();
  await waitFor(() => sink.received.length >= count, 300_000);
  const outboxSeconds = (performance.now() - started) / 1000;
  await worker.stop();
  const unique = new Set(sink.received.map((m) => m.messageId)).size;

  const lines = [
    `# bench:mail — ${new Date().toISOString()}`,
    '',
    `Machine: ${process.arch}, ${(await import('node:os')).cpus().length} cores, Node ${process.version}. Mails: ${count}, 8 lines of Japanese text + HTML each.`,
    '',
    '| path | seconds | mails/s |',
    '|---|---|---|',
    `| nodemailer pool → loopback SMTP (ceiling, no database) | ${directSeconds.toFixed(2)} | ${(count / directSeconds).toFixed(0)} |`,
    `| outbox → worker → loopback SMTP (claim, send, record) | ${outboxSeconds.toFixed(2)} | ${(count / outboxSeconds).toFixed(0)} |`,
    '',
    `Ratio outbox / ceiling: ${(directSeconds / outboxSeconds).toFixed(2)}. Delivered ${sink.received.length}, distinct Message-IDs ${unique} (duplicates: ${sink.received.length - unique}).`,
  ];
  console.log(lines.join('\n'));
  await writeFile(new URL('./reports/mail.md', import.meta.url), lines.join('\n') + '\n');
} finally {
  await sink.stop();
  await orm.close();
  await db?.stop();
  await rm(dir, { recursive: true, force: true });
}
