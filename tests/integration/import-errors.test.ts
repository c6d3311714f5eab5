import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminOf, csv, importFile, upload } from '../testkit/admin.js';
import { Campaign } from '../testkit/campaign.js';
import {
  AUDIT_LOG,
  COMMIT_IMPORT,
  IMPORT_ERRORS,
  IMPORT_HISTORY,
  ISSUED_TICKETS_FILE,
  PREVIEW_IMPORT_PAGE,
} from '../testkit/operations.js';
import { TestServer } from '../testkit/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await TestServer.start();
});
afterAll(() => server.close());

/** A roster of `rows` lines; every third has an impossible birth date, every fifth a short number. */
function badRoster(rows: number): {
  bytes: Uint8Array;
  bad: { line: number; column: string; value: string }[];
} {
  const lines = ['接種券番号,生年月日'];
  const bad: { line: number; column: string; value: string }[] = [];
  for (let i = 0; i < rows; i++) {
    const line = i + 2;
    const number = i % 5 === 0 ? `${900 + i}` : `${4_000_000_000 + i}`;
    const birth = i % 3 === 0 ? '1980/13/01' : '1980/01/31';
    lines.push(`${number},${birth}`);
    if (i % 5 === 0) bad.push({ line, column: '接種券番号', value: number });
    if (i % 3 === 0) bad.push({ line, column: '生年月日', value: birth });
  }
  return { bytes: iconv.encode(csv(lines), 'cp932'), bad };
}

describe('import problems, a page at a time', () => {
  it('a preview answers counts and the first page; importErrors pages through every problem by line, with the cell as written, and the file still cannot be committed', async () => {
    const campaign = await Campaign.create(server);
    const admin = await adminOf(campaign, 'SITE_ADMIN');
    const { bytes, bad } = badRoster(1500);
    const uploaded = await upload(server, admin.token, bytes, 'roster.csv');
    const { previewImport } = await admin.data(PREVIEW_IMPORT_PAGE, {
      input: { siteId: campaign.site.id, uploadId: uploaded.body.uploadId!, kind: 'VALID_TICKETS' },
      first: 100,
    });
    expect(previewImport).toMatchObject({ rowCount: 1500, errorCount: bad.length });
    expect(previewImport.errorPage.totalCount).toBe(bad.length);
    expect(previewImport.errorPage.edges).toHaveLength(100);
    expect(previewImport.errorPage.pageInfo.hasNextPage).toBe(true);

    const seen = previewImport.errorPage.edges.map((e) => e.node);
    let after = previewImport.errorPage.pageInfo.endCursor;
    for (let pages = 0; after && pages < 10; pages++) {
      const { importErrors } = await admin.data(IMPORT_ERRORS, {
        importId: previewImport.importId,
        first: 500,
        after,
      });
      expect(importErrors.totalCount).toBe(bad.length);
      seen.push(...importErrors.edges.map((e) => e.node));
      after = importErrors.pageInfo.hasNextPage ? importErrors.pageInfo.endCursor : null;
    }
    expect(after).toBeNull();
    // The same problems, in line order, each once, each with the cell's content as written in the file.
    expect(seen.map((e) => ({ line: e.line, column: e.column, value: e.value }))).toEqual(bad);
    expect(seen.every((e) => e.code === 'INVALID_VALUE' && e.message.length > 0)).toBe(true);

    // Reading from the start again gives the same first page as the preview.
    const { importErrors: again } = await admin.data(IMPORT_ERRORS, {
      importId: previewImport.importId,
      first: 100,
    });
    expect(again.edges.map((e) => e.node)).toEqual(previewImport.errorPage.edges.map((e) => e.node));

    const { commitImport } = await admin.data(COMMIT_IMPORT, {
      input: { importId: previewImport.importId },
    });
    expect(commitImport).toMatchObject({ ok: false, error: { code: 'INVALID_ROWS' } });
    const [written] = await server.query<{ n: number }>(
      `select count(*)::int as n from ticket where site_id = ?`,
      [campaign.site.id],
    );
    expect(written!.n).toBe(0);
  });

  it('only the admin who previewed reads the problems; page sizes and cursors of another import are refused', async () => {
    const campaign = await Campaign.create(server);
    const admin = await adminOf(campaign, 'SITE_ADMIN');
    const colleague = await adminOf(campaign, 'SITE_ADMIN');
    const staff = await adminOf(campaign, 'VENUE_STAFF', [campaign.venueId]);
    const other = await Campaign.create(server);
    const foreign = await adminOf(other, 'SITE_ADMIN');
    const first = await importFile(server, admin, campaign.site.id, 'VALID_TICKETS', badRoster(30).bytes);
    const second = await importFile(server, admin, campaign.site.id, 'VALID_TICKETS', badRoster(40).bytes);
    const importId = first.preview.importId;

    for (const caller of [colleague, foreign])
      expect(await caller.errorCode(IMPORT_ERRORS, { importId, first: 10 })).toBe('NOT_FOUND');
    expect(await staff.errorCode(IMPORT_ERRORS, { importId, first: 10 })).toBe('FORBIDDEN');
    expect(await server.caller().errorCode(IMPORT_ERRORS, { importId, first: 10 })).toBe('UNAUTHENTICATED');
    expect(await admin.errorCode(IMPORT_ERRORS, { importId, first: 501 })).toBe('BAD_USER_INPUT');
    expect(await admin.errorCode(IMPORT_ERRORS, { importId, first: 0 })).toBe('BAD_USER_INPUT');

    const { importErrors: page } = await admin.data(IMPORT_ERRORS, {
      importId: second.preview.importId,
      first: 5,
    });
    expect(await admin.errorCode(IMPORT_ERRORS, { importId, first: 5, after: page.pageInfo.endCursor })).toBe(
      'NOT_FOUND',
    );
    expect(await admin.errorCode(IMPORT_ERRORS, { importId, first: 5, after: 'not-a-cursor' })).toBe(
      'BAD_USER_INPUT',
    );
    const { importErrors: own } = await admin.data(IMPORT_ERRORS, { importId, first: 5 });
    expect(own.totalCount).toBe(first.preview.errorCount);
  });
});

describe('import history and issued files', () => {
  it('the history says who uploaded and who committed, and the mails the commit queued; each download of the issued file is in the audit log with the admin, the file and the site', async () => {
    const campaign = await Campaign.create(server, { plan: 'WORKPLACE' });
    const uploader = await adminOf(campaign, 'SITE_ADMIN');
    const bytes = iconv.encode(
      csv([
        '氏名,メールアドレス,枚数',
        'ヤマダ タロウ,taro@example.jp,2',
        'スズキ ハナコ,hanako@example.jp,1',
        '印刷用,,2',
      ]),
      'cp932',
    );
    const issued = await importFile(server, uploader, campaign.site.id, 'ISSUANCE', bytes);
    expect(issued.preview).toMatchObject({ errorCount: 0, writableCount: 5 });
    const refused = await importFile(
      server,
      uploader,
      campaign.site.id,
      'ISSUANCE',
      iconv.encode(csv(['氏名,メールアドレス,枚数', 'A,not-an-address,1']), 'cp932'),
    );
    expect(refused.preview.errorCount).toBe(1);
    // Another admin of the site commits the first upload's preview.
    const colleague = await adminOf(campaign, 'SITE_ADMIN');
    const { commitImport } = await colleague.data(COMMIT_IMPORT, {
      input: { importId: issued.preview.importId },
    });
    expect(commitImport).toMatchObject({ ok: true, createdCount: 5 });

    const { imports } = await uploader.data(IMPORT_HISTORY, { siteId: campaign.site.id });
    const byId = new Map(imports.edges.map((e) => [e.node.id, e.node]));
    // Three tickets have an address: three login mails, in the outbox and in the history.
    const [queued] = await server.query<{ n: number }>(
      `select count(*)::int as n from mail_outbox where site_id = ? and kind = 'LOGIN_INFO'`,
      [campaign.site.id],
    );
    expect(queued!.n).toBe(3);
    expect(byId.get(issued.preview.importId)).toMatchObject({
      status: 'COMMITTED',
      createdCount: 5,
      mailsQueuedCount: 3,
      uploadedBy: {
        kind: 'ADMIN_USER',
        id: uploader.adminUserId,
        name: `SITE_ADMIN of ${campaign.site.code}`,
      },
      committedBy: {
        kind: 'ADMIN_USER',
        id: colleague.adminUserId,
        name: `SITE_ADMIN of ${campaign.site.code}`,
      },
    });
    expect(byId.get(refused.preview.importId)).toMatchObject({
      status: 'PREVIEWED',
      errorCount: 1,
      mailsQueuedCount: 0,
      uploadedBy: { kind: 'ADMIN_USER', id: uploader.adminUserId },
      committedBy: null,
    });

    await uploader.data(ISSUED_TICKETS_FILE, { importId: issued.preview.importId, encoding: 'CP932' });
    const { auditLog } = await uploader.data(AUDIT_LOG, {
      siteId: campaign.site.id,
      action: 'downloadIssuedTickets',
    });
    expect(auditLog.edges).toHaveLength(1);
    expect(auditLog.edges[0]!.node).toMatchObject({
      siteId: campaign.site.id,
      actorAdminUserId: uploader.adminUserId,
      actorName: `SITE_ADMIN of ${campaign.site.code}`,
      actorRole: 'SITE_ADMIN',
      targetType: 'import',
      targetId: issued.preview.importId,
      after: { downloadedAs: 'file-issued.csv', uploadedAs: 'file.csv', rows: 5, encoding: 'CP932' },
    });
    // A refused download (another site's admin) writes no entry.
    const foreign = await adminOf(await Campaign.create(server), 'SITE_ADMIN');
    expect(await foreign.errorCode(ISSUED_TICKETS_FILE, { importId: issued.preview.importId })).toBe(
      'NOT_FOUND',
    );
    const { auditLog: after } = await uploader.data(AUDIT_LOG, {
      siteId: campaign.site.id,
      action: 'downloadIssuedTickets',
    });
    expect(after.edges).toHaveLength(1);
  });
});
