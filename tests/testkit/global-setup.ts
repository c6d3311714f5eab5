import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../server/src/config/embedded-postgres.js';
import { openDatabase } from '../../server/src/config/database.js';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

/**
 * One real PostgreSQL for the whole run: a fresh database on TEST_DATABASE_URL / DATABASE_URL when given,
 * otherwise an embedded server in a temporary folder. Migrations run once here; every test file then
 * starts its own server on port 0 and builds its own site, so files run concurrently.
 */
export default async function setup(project: TestProject) {
  const external = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;
  let embedded: EmbeddedDatabase | undefined;
  let dataDir: string | undefined;
  let url: string;
  let dropDatabase: (() => Promise<void>) | undefined;

  if (external) {
    const name = `vaccination_test_${process.pid}_${Date.now()}`;
    const admin = new pg.Client({ connectionString: external });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const target = new URL(external);
    target.pathname = `/${name}`;
    url = target.toString();
    dropDatabase = async () => {
      const client = new pg.Client({ connectionString: external });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    };
  } else {
    dataDir = await mkdtemp(path.join(tmpdir(), 'vaccination-test-pg-'));
    // As root, PostgreSQL runs as the postgres user, who must be able to enter the folder.
    await chmod(dataDir, 0o755);
    embedded = await startEmbeddedPostgres(path.join(dataDir, 'data'), { persistent: false });
    url = embedded.url;
  }

  const orm = await openDatabase(url);
  await orm.close();
  project.provide('databaseUrl', url);

  return async () => {
    await dropDatabase?.();
    await embedded?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  };
}
