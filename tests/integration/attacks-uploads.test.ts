import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminOf, csv, importFile, type Preview } from '../testkit/admin.js';
import { Campaign } from '../testkit/campaign.js';
import { AVAILABILITY, ISSUED_TICKETS_FILE, PREVIEW_IMPORT } from '../testkit/operations.js';
import { TestServer } from '../testkit/server.js';
import { graphql } from '../testkit/generated/index.js';

let server: TestServer;
beforeAll(async () => {
  server = await TestServer.start();
});
afterAll(() => server.close());

interface UploadAnswer {
  status: number;
  headers: Headers;
  body: { uploadId?: string; rowCount?: number; error?: { code: string; message: string } };
}

async function post(target: TestServer, token: string, bytes: Uint8Array, address = '127.0.0.1') {
  const response = await fetch(`${target.baseUrl}/uploads?filename=file.csv`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'x-forwarded-for': address },
    body: bytes,
  });
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as UploadAnswer['body'],
  } satisfies UploadAnswer;
}

async function uploadsOf(adminUserId: string): Promise<number> {
  const [row] = await server.query<{ n: number }>(
    `select count(*)::int as n from upload where admin_user_id = ?`,
    [adminUserId],
  );
  return row!.n;
}

const PNG = Buffer.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
]);

describe('files that are not CSV', () => {
  it('a PNG upload is refused with a clear error and nothing is stored', async () => {
    const campaign = await Campaign.create(server);
    const admin = await adminOf(campaign, 'SITE_ADMIN');
    const answer = await post(server, admin.token!, Buffer.concat([PNG, Buffer.alloc(4000, 0x41)]));
    expect(answer.status).toBe(415);
    expect(answer.body.error).toEqual({
      code: 'NOT_CSV',
      message: expect.stringMatching(/PNG image.*save it as CSV/) as string,
    });
    expect(await uploadsOf(admin.adminUserId)).toBe(0);
  });

  it('an Excel workbook and a CSV with NUL bytes deep inside are refused and not stored', async () => {
    const campaign = await Campaign.create(server);
    const admin = await adminOf(campaign, 'SITE_ADMIN');
    const xlsx = Buffer.concat([
      Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]),
      Buffer.alloc(100),
    ]);
    const excel = await post(server, admin.token!, xlsx);
    expect(excel.status).toBe(415);
    expect(excel.body.error?.message).toMatch(/Excel workbook.*save it as CSV/);

    // Valid CSV for 300 kB, then one NUL byte: every chunk is looked at, not only the first.
    const rows = ['接種券番号,生年月日'];
    for (let i = 0; i < 15_000; i++) rows.push(`${String(5_000_000_000 + i)},1980/01/01`);
    const withNul = Buffer.concat([Buffer.from(csv(rows)), Buffer.from([0x00]), Buffer.from('\r\n')]);
    const nul = await post(server, admin.token!, withNul);
    expect(nul.status).toBe(415);
    expect(nul.body.error?.code).toBe('NOT_CSV');
    expect(nul.body.error?.message).toMatch(/NUL bytes.*save it as CSV/);
    expect(await uploadsOf(admin.adminUserId)).toBe(0);
  });
});

describe('row caps', () => {
  it('a file over the upload row cap is refused with the cap in the message, and is not read past it', async () => {
    const small = await TestServer.start({ uploadMaxRows: 1000 });
    try {
      const campaign = await Campaign.create(small);
      const admin = await adminOf(campaign, 'SITE_ADMIN');
      const rows = ['接種券番号,生年月日'];
      for (let i = 0; i < 100_000; i++) rows.push(`${String(5_100_000_000 + i)},1980/01/01`);
      // 2 MB after the cap, then bytes that would be refused as binary if the file were looked at to its end.
      const bytes = Buffer.concat([Buffer.from(csv(rows)), Buffer.from([0x00, 0x00])]);
      const answer = await post(small, admin.token!, bytes);
      expect(answer.status).toBe(413);
      expect(answer.body.error).toEqual({
        code: 'TOO_MANY_ROWS',
        message: 'The file has more than 1000 rows, the limit of one upload; split it',
      });
      const [row] = await small.query<{ n: number }>(
        `select count(*)::int as n from upload where admin_user_id = ?`,
        [admin.adminUserId],
      );
      expect(row!.n).toBe(0);
      // At the cap exactly, the file is taken.
      const fits = await post(small, admin.token!, Buffer.from(csv(rows.slice(0, 1001))));
      expect(fits).toMatchObject({ status: 201, body: { rowCount: 1000 } });
    } finally {
      await small.close();
    }
  });

  it('a file over an import kind’s row cap is reported at the first row over it, parsed no further', async () => {
    const campaign = await Campaign.create(server);
    const admin = await adminOf(campaign, 'SITE_ADMIN');
    // Bulk booking takes 50,000 rows; this file has 60,000 (2.2 MB, parsed in a worker thread).
    const rows = ['接種券番号,会場,接種日時'];
    for (let i = 0; i < 60_000; i++) rows.push(`${String(5_200_000_000 + i)},市民会館,2030/01/01 10:00`);
    const { preview } = await importFile(
      server,
      admin,
      campaign.site.id,
      'BULK_BOOKING',
      Buffer.from(csv(rows)),
    );
    expect(preview).toMatchObject({
      rowCount: 50_001,
      errorCount: 1,
      errors: [
        { line: 50_002, code: 'TOO_MANY_ROWS', message: 'One file holds at most 50000 rows; split it' },
      ],
    });
  });
});

describe('personal data that stays', () => {
  async function stored(uploadId: string) {
    const [row] = await server.query<{
      content: Buffer | null;
      content_deleted_at: Date | null;
      sha256: string;
      size: number;
      row_count: number;
    }>(`select content, content_deleted_at, sha256, size, row_count from upload where id = ?`, [uploadId]);
    return row!;
  }

  async function uploadIdOf(importId: string): Promise<string> {
    const [row] = await server.query<{ upload_id: string }>(
      `select upload_id from import_batch where id = ?`,
      [importId],
    );
    return row!.upload_id;
  }

  it('an uploaded file’s content is gone once its import is committed; size, hash and row count stay', async () => {
    const campaign = await Campaign.create(server);
    const admin = await adminOf(campaign, 'SITE_ADMIN');
    const bytes = Buffer.from(csv(['接種券番号,生年月日', '5300000001,1980/01/01', '5300000002,1981/02/02']));
    const { preview, commit } = await importFile(server, admin, campaign.site.id, 'VALID_TICKETS', bytes);
    const uploadId = await uploadIdOf(preview.importId);
    expect((await stored(uploadId)).content).not.toBeNull();

    expect(await commit()).toMatchObject({ ok: true, createdCount: 2 });
    const after = await stored(uploadId);
    expect(after).toMatchObject({ content: null, size: bytes.length, row_count: 2 });
    expect(after.content_deleted_at).not.toBeNull();
    expect(after.sha256).toMatch(/^[0-9a-f]{64}$/);
    // Committing again still answers from what was kept.
    expect(await commit()).toMatchObject({ ok: true, alreadyImported: true });
    // The content is not there to preview again: a clear error, not a crash.
    const again = await admin.request(PREVIEW_IMPORT, {
      input: { siteId: campaign.site.id, uploadId, kind: 'VALID_TICKETS' },
    });
    expect(again.errors?.[0]).toMatchObject({
      extensions: { code: 'NOT_FOUND' },
      message: expect.stringMatching(/deleted once it is imported.*upload the file again/) as string,
    });
  });

  it('an abandoned upload’s content is deleted by the clean-up job after the retention time, a recent one is kept', async () => {
    const campaign = await Campaign.create(server);
    const admin = await adminOf(campaign, 'SITE_ADMIN');
    const old = await importFile(
      server,
      admin,
      campaign.site.id,
      'VALID_TICKETS',
      Buffer.from(csv(['接種券番号,生年月日', '5400000001,1980/01/01'])),
    );
    const recent = await importFile(
      server,
      admin,
      campaign.site.id,
      'VALID_TICKETS',
      Buffer.from(csv(['接種券番号,生年月日', '5400000002,1980/01/01'])),
    );
    const oldUpload = await uploadIdOf(old.preview.importId);
    const recentUpload = await uploadIdOf(recent.preview.importId);
    await server.query(`update upload set created_at = now() - interval '25 hours' where id = ?`, [
      oldUpload,
    ]);

    const deleted = await server.app.services.imports.deleteExpiredContent(server.app.orm.em.fork());
    expect(deleted.uploads).toBeGreaterThanOrEqual(1);
    expect(await stored(oldUpload)).toMatchObject({ content: null, row_count: 1 });
    expect((await stored(recentUpload)).content).not.toBeNull();
    // The abandoned import cannot be committed any more; the recent one can.
    const late = await admin.request(
      graphql(`
        mutation CommitImportById($id: ID!) {
          commitImport(input: { importId: $id }) {
            ok
          }
        }
      `),
      {
        id: old.preview.importId,
      },
    );
    expect(late.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await recent.commit()).toMatchObject({ ok: true, createdCount: 1 });
  });

  it('the clean-up job runs on the durable queue', async () => {
    const isolated = await TestServer.startIsolated({ jobs: true });
    try {
      const campaign = await Campaign.create(isolated);
      const admin = await adminOf(campaign, 'SITE_ADMIN');
      const answer = await post(
        isolated,
        admin.token!,
        Buffer.from(csv(['接種券番号,生年月日', '5500000001,1980/01/01'])),
      );
      expect(answer.status).toBe(201);
      await isolated.query(`update upload set created_at = now() - interval '25 hours' where id = ?`, [
        answer.body.uploadId,
      ]);
      await isolated.app.reminders!.runJobNow('upload-cleanup');
      let content: Buffer | null = Buffer.alloc(1);
      for (let i = 0; i < 100 && content; i++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        [{ content }] = (await isolated.query<{ content: Buffer | null }>(
          `select content from upload where id = ?`,
          [answer.body.uploadId],
        )) as [{ content: Buffer | null }];
      }
      expect(content).toBeNull();
    } finally {
      await isolated.close();
    }
  });

  it('an issued-ticket file (initial passwords) is deleted after its retention time', async () => {
    const campaign = await Campaign.create(server, { plan: 'WORKPLACE' });
    const admin = await adminOf(campaign, 'SITE_ADMIN');
    const { preview, commit } = await importFile(
      server,
      admin,
      campaign.site.id,
      'ISSUANCE',
      Buffer.from(csv(['氏名,メールアドレス,発行枚数', 'ヤマダ タロウ,taro@example.jp,1'])),
    );
    expect(await commit()).toMatchObject({ ok: true, createdCount: 1 });
    const file = { importId: preview.importId, encoding: 'UTF8_BOM' as const };
    expect((await admin.request(ISSUED_TICKETS_FILE, file)).errors).toBeUndefined();
    await server.query(`update import_batch set committed_at = now() - interval '31 days' where id = ?`, [
      preview.importId,
    ]);
    await server.app.services.imports.deleteExpiredContent(server.app.orm.em.fork());
    expect(await admin.errorCode(ISSUED_TICKETS_FILE, file)).toBe('NOT_FOUND');
  });
});

describe('upload rate limit', () => {
  it('uploads are limited per admin (from any address) and per client address (for any admin)', async () => {
    const limited = await TestServer.start({ uploadsPerMinute: 1, uploadBurst: 2 });
    try {
      const campaign = await Campaign.create(limited);
      const [first, second] = [await adminOf(campaign, 'SITE_ADMIN'), await adminOf(campaign, 'SITE_ADMIN')];
      const file = Buffer.from(csv(['接種券番号,生年月日', '5600000001,1980/01/01']));
      expect((await post(limited, first.token!, file, '10.9.0.1')).status).toBe(201);
      expect((await post(limited, first.token!, file, '10.9.0.2')).status).toBe(201);
      const perAdmin = await post(limited, first.token!, file, '10.9.0.3');
      expect(perAdmin.status).toBe(429);
      expect(perAdmin.body.error?.code).toBe('RATE_LIMITED');
      expect(Number(perAdmin.headers.get('retry-after'))).toBeGreaterThan(0);

      // Another admin from an address that has used its burst is refused too; from a fresh one, taken.
      const third = await adminOf(campaign, 'SITE_ADMIN');
      expect((await post(limited, second.token!, file, '10.9.0.5')).status).toBe(201);
      expect((await post(limited, third.token!, file, '10.9.0.5')).status).toBe(201);
      const perAddress = await post(limited, second.token!, file, '10.9.0.5');
      expect(perAddress.status).toBe(429);
      expect(perAddress.body.error?.code).toBe('RATE_LIMITED');
      expect((await post(limited, second.token!, file, '10.9.0.6')).status).toBe(201);
    } finally {
      await limited.close();
    }
  });
});

describe('a large upload', () => {
  it('a 19 MB file being uploaded, checked and committed does not hold up a concurrent simple query', async () => {
    const campaign = await Campaign.create(server);
    const admin = await adminOf(campaign, 'SITE_ADMIN');
    const rows = ['接種券番号,生年月日,市町村コード,社員番号,メールアドレス'];
    for (let i = 0; rows.length <= 199_000; i++) {
      const n = String(5_700_000_000 + i);
      rows.push(`${n},1980/01/01,131016,EMPLOYEE-${n},someone.with.a.long.name.${n}@example.co.jp`);
    }
    const bytes = Buffer.from(csv(rows));
    expect(bytes.length).toBeGreaterThan(18 * 1024 * 1024);

    let done = false;
    const latencies: number[] = [];
    const reader = server.caller();
    const probe = (async () => {
      while (!done) {
        const started = performance.now();
        await reader.data(AVAILABILITY, {
          venueId: campaign.venueId,
          vaccineId: campaign.vaccineId,
          from: '2030-01-01',
          to: '2030-01-07',
        });
        latencies.push(performance.now() - started);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    })();
    const started = performance.now();
    let preview: Preview;
    let created: number;
    try {
      const imported = await importFile(server, admin, campaign.site.id, 'VALID_TICKETS', bytes);
      preview = imported.preview;
      created = (await imported.commit()).createdCount;
    } finally {
      done = true;
      await probe;
    }
    const elapsed = performance.now() - started;
    expect(preview).toMatchObject({ rowCount: 199_000, errorCount: 0 });
    expect(created).toBe(199_000);
    // The file took longer than the bound below, and no query waited that long meanwhile.
    expect(elapsed).toBeGreaterThan(1000);
    expect(latencies.length).toBeGreaterThan(5);
    expect(Math.max(...latencies)).toBeLessThan(1000);
  });
});

describe('response headers', () => {
  it('/graphql answers carry no-store and nosniff, errors and 429 included', async () => {
    const limited = await TestServer.start({ rateLimitPerAddress: 1, rateLimitBurstPerAddress: 1 });
    try {
      const post = (body: string) =>
        fetch(limited.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-forwarded-for': '10.8.0.1' },
          body,
        });
      const answers = [await post(JSON.stringify({ query: '{ __typename }' })), await post('{')];
      expect(answers.map((a) => a.status)).toEqual([200, 429]);
      const malformed = await fetch(limited.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': '10.8.0.2' },
        body: '{',
      });
      expect(malformed.status).toBe(400);
      for (const answer of [...answers, malformed]) {
        expect(answer.headers.get('cache-control')).toBe('no-store');
        expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
      }
    } finally {
      await limited.close();
    }
  });

  it('static files are sent with nosniff and a source map is never served', async () => {
    const dist = await mkdtemp(path.join(tmpdir(), 'dist-'));
    await mkdir(path.join(dist, 'assets'));
    await writeFile(path.join(dist, 'index.html'), '<!doctype html><title>t</title>');
    await writeFile(
      path.join(dist, 'assets', 'app-abc.js'),
      'console.log(1);\n//# sourceMappingURL=app-abc.js.map',
    );
    await writeFile(path.join(dist, 'assets', 'app-abc.js.map'), '{"version":3,"sources":["secret.ts"]}');
    const web = await TestServer.start({ clientDistDir: dist });
    try {
      const script = await fetch(`${web.baseUrl}/assets/app-abc.js`);
      expect(script.status).toBe(200);
      expect(script.headers.get('x-content-type-options')).toBe('nosniff');
      const map = await fetch(`${web.baseUrl}/assets/app-abc.js.map`);
      expect(map.status).toBe(404);
      expect(await map.text()).not.toContain('secret.ts');
    } finally {
      await web.close();
      await rm(dist, { recursive: true, force: true });
    }
  });
});
