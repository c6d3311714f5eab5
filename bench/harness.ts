import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createApp, type App } from '../server/src/app.js';
import { testConfig, type AppConfig } from '../server/src/config/config.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../server/src/config/embedded-postgres.js';
import { AdminUser } from '../server/src/modules/auth/auth.entity.js';

/**
 * A real server on a free loopback port against a fresh embedded PostgreSQL (or BENCH_DATABASE_URL),
 * driven over HTTP exactly as an HR system would drive it.
 */
export class Bench {
  private constructor(
    readonly app: App,
    private readonly db: EmbeddedDatabase | undefined,
    readonly dir: string,
    readonly token: string,
    readonly databaseUrl = '',
  ) {}

  /** `overrides` go over the test configuration (e.g. the webhook worker's settings). */
  static async start(overrides: Partial<AppConfig> = {}): Promise<Bench> {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'vaccination-bench-'));
    await chmod(dir, 0o755);
    let db: EmbeddedDatabase | undefined;
    let url = process.env.BENCH_DATABASE_URL;
    if (!url) {
      db = await startEmbeddedPostgres(path.join(dir, 'data'), { persistent: false });
      url = db.url;
    }
    const app = await createApp({
      ...testConfig(url, {
        exposeSqlStatementCount: false,
        logLevel: 'silent',
        trustedProxies: [],
        ...overrides,
      }),
      databaseUrl: url,
    });
    const em = app.orm.em.fork();
    const email = `bench-operator-${Date.now()}@bench.example`;
    em.create(AdminUser, {
      email,
      displayName: 'Bench operator',
      passwordHash: await app.services.passwords.hash('bench-password-1'),
      role: 'OPERATOR',
      siteId: null,
    });
    await em.flush();
    const bench = new Bench(app, db, dir, '');
    const { adminLogin } = await bench.graphql<{ adminLogin: { token: string } }>(
      `mutation ($input: AdminLoginInput!) { adminLogin(input: $input) { token } }`,
      { input: { email, password: 'bench-password-1' } },
    );
    return new Bench(app, db, dir, adminLogin.token, url);
  }

  async graphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const response = await fetch(`http://127.0.0.1:${this.app.port}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T; errors?: unknown[] };
    if (body.errors?.length || !body.data) throw new Error(JSON.stringify(body.errors));
    return body.data;
  }

  async upload(bytes: Uint8Array): Promise<string> {
    const response = await fetch(`http://127.0.0.1:${this.app.port}/uploads?filename=bench.csv`, {
      method: 'POST',
      headers: { authorization: `Bearer ${this.token}`, 'content-type': 'text/csv' },
      body: bytes,
    });
    const body = (await response.json()) as { uploadId: string };
    if (response.status !== 201) throw new Error(JSON.stringify(body));
    return body.uploadId;
  }

  /** Upload, preview and commit one file; returns the milliseconds of each step. */
  async importFile(siteId: string, kind: string, bytes: Uint8Array) {
    const t0 = performance.now();
    const uploadId = await this.upload(bytes);
    const t1 = performance.now();
    const { previewImport } = await this.graphql<{
      previewImport: { importId: string; errorCount: number; rowCount: number; errors: unknown[] };
    }>(
      `mutation ($input: PreviewImportInput!) { previewImport(input: $input) { importId errorCount rowCount errors { line code message } } }`,
      { input: { siteId, uploadId, kind } },
    );
    if (previewImport.errorCount > 0)
      throw new Error(`preview errors: ${JSON.stringify(previewImport.errors.slice(0, 5))}`);
    const t2 = performance.now();
    const { commitImport } = await this.graphql<{
      commitImport: { ok: boolean; createdCount: number; errors: unknown[] };
    }>(
      `mutation ($input: CommitImportInput!) { commitImport(input: $input) { ok createdCount errors { line code message } } }`,
      { input: { importId: previewImport.importId } },
    );
    if (!commitImport.ok)
      throw new Error(`commit refused: ${JSON.stringify(commitImport.errors.slice(0, 5))}`);
    const t3 = performance.now();
    return {
      uploadMs: t1 - t0,
      previewMs: t2 - t1,
      commitMs: t3 - t2,
      totalMs: t3 - t0,
      created: commitImport.createdCount,
    };
  }

  async createSite(name: string, plan = 'MUNICIPAL'): Promise<{ id: string; code: string }> {
    const { createSite } = await this.graphql<{ createSite: { id: string; code: string } }>(
      `mutation ($input: CreateSiteInput!) { createSite(input: $input) { id code } }`,
      { input: { name, plan } },
    );
    return createSite;
  }

  /** A file the embedded PostgreSQL server process can read (COPY ... FROM 'file'). */
  async serverReadableFile(name: string, content: string | Uint8Array): Promise<string> {
    const file = path.join(this.dir, name);
    await writeFile(file, content);
    await chmod(file, 0o644);
    return file;
  }

  async close(): Promise<void> {
    await this.app.close();
    await this.db?.stop();
    await rm(this.dir, { recursive: true, force: true });
  }
}

export function machine(): string {
  const load = os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(' / ');
  return `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB RAM, Node ${process.version}, load average (1/5/15 min) ${load}`;
}

export async function writeReport(name: string, markdown: string): Promise<string> {
  const dir = path.join(import.meta.dirname, 'reports');
  await mkdir(dir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-').slice(0, 19);
  const file = path.join(dir, `${name}-${stamp}.md`);
  await writeFile(file, markdown);
  return path.relative(process.cwd(), file);
}

export const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
