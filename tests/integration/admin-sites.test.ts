import { randomUUID } from 'node:crypto';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminOf } from '../testkit/admin.js';
import { Campaign } from '../testkit/campaign.js';
import type { Caller } from '../testkit/graphql-client.js';
import {
  ADMIN_USERS,
  CREATE_ADMIN_USER,
  CREATE_SITE,
  DEFAULT_TERMS_OF_USE,
  SITES,
} from '../testkit/operations.js';
import { TestServer } from '../testkit/server.js';

let server: TestServer;
let operator: Caller;
/** A word only this file's sites carry, so other tests' sites never show up in a search. */
const tag = `tag${randomUUID().slice(0, 8)}`;

beforeAll(async () => {
  server = await TestServer.start();
  operator = await server.operator();
});
afterAll(() => server.close());

async function createSite(name: string, code?: string) {
  const { createSite } = await operator.data(CREATE_SITE, {
    input: { name, plan: 'WORKPLACE', ...(code ? { code } : {}) },
  });
  return createSite;
}

describe('the site list of the admin app', () => {
  it('the operator finds sites by part of their name or code, case-insensitively, page by page', async () => {
    const created = [];
    for (let i = 0; i < 5; i++) created.push(await createSite(`${tag} 株式会社サンプル${i}`));
    const byCode = await createSite('別の名前', `${tag}-X`);
    await createSite('関係のないサイト');

    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page++) {
      const { sites }: ResultOf<typeof SITES> = await operator.data(SITES, {
        search: tag.toUpperCase(),
        first: 2,
        after,
      });
      expect(sites.edges.length).toBeLessThanOrEqual(2);
      seen.push(...sites.edges.map((e) => e.node.code));
      if (!sites.pageInfo.hasNextPage) break;
      after = sites.pageInfo.endCursor;
    }
    expect(seen).toEqual([...created.map((s) => s.code), byCode.code].sort());

    const { sites: byName } = await operator.data(SITES, { search: 'サンプル3', first: 50 });
    expect(byName.edges.map((e) => e.node.code)).toContain(created[3]!.code);
    const { sites: wildcard } = await operator.data(SITES, { search: `${tag}%_`, first: 50 });
    expect(wildcard.edges).toEqual([]);
  });

  it('a site admin sees only their own site, whatever they search for', async () => {
    const campaign = await Campaign.create(server);
    const admin = await adminOf(campaign, 'SITE_ADMIN');
    await createSite(`${tag} other`);
    const { sites } = await admin.data(SITES, { first: 50 });
    expect(sites.edges.map((e) => e.node.id)).toEqual([campaign.site.id]);
    const { sites: searched } = await admin.data(SITES, { search: tag, first: 50 });
    expect(searched.edges).toEqual([]);
  });

  it('venue staff, recipients and strangers are refused the site list', async () => {
    const campaign = await Campaign.create(server);
    const staff = await adminOf(campaign, 'VENUE_STAFF', [campaign.venueId]);
    const [ticket] = await campaign.tickets(1);
    const recipient = await campaign.login(ticket!);
    expect(await staff.errorCode(SITES, { first: 10 })).toBe('FORBIDDEN');
    expect(await recipient.errorCode(SITES, { first: 10 })).toBe('FORBIDDEN');
    expect(await server.caller().errorCode(SITES, { first: 10 })).toBe('UNAUTHENTICATED');
    expect(await staff.errorCode(DEFAULT_TERMS_OF_USE)).toBe('FORBIDDEN');
  });

  it('a page size out of range and a cursor of another list are refused as bad input', async () => {
    expect(await operator.errorCode(SITES, { first: 0 })).toBe('BAD_USER_INPUT');
    expect(await operator.errorCode(SITES, { first: 201 })).toBe('BAD_USER_INPUT');
    const campaign = await Campaign.create(server);
    await adminOf(campaign, 'SITE_ADMIN');
    await adminOf(campaign, 'SITE_ADMIN');
    const page = await operator.data(ADMIN_USERS, { siteId: campaign.site.id, first: 1 });
    expect(page.adminUsers.pageInfo.endCursor).toBeTruthy();
    expect(await operator.errorCode(SITES, { first: 10, after: page.adminUsers.pageInfo.endCursor })).toBe(
      'BAD_USER_INPUT',
    );
  });
});

describe('a new site’s terms', () => {
  it('a site created without terms starts with the common default terms in Japanese and English', async () => {
    const site = await createSite(`${tag} terms`);
    const { sites } = await operator.data(SITES, { search: site.code, first: 1 });
    const terms = sites.edges[0]!.node.termsOfUse;
    expect(terms).toContain('利用規約');
    expect(terms).toContain('Terms of use');
    const { defaultTermsOfUse } = await operator.data(DEFAULT_TERMS_OF_USE);
    expect(terms).toBe(defaultTermsOfUse);
    const { createSite: own } = await operator.data(CREATE_SITE, {
      input: { name: `${tag} own terms`, plan: 'CLINIC', termsOfUse: '当院の規約' },
    });
    const { sites: ownSites } = await operator.data(SITES, { search: own.code, first: 1 });
    expect(ownSites.edges[0]!.node.termsOfUse).toBe('当院の規約');
  });
});

describe('a site’s admin users', () => {
  it('the operator and the site’s admins list its admins by email; another site’s admin gets NOT_FOUND, staff FORBIDDEN', async () => {
    const [a, b] = [await Campaign.create(server), await Campaign.create(server)];
    const adminA = await adminOf(a, 'SITE_ADMIN');
    const staffA = await adminOf(a, 'VENUE_STAFF', [a.venueId]);
    const adminB = await adminOf(b, 'SITE_ADMIN');
    await operator.data(CREATE_ADMIN_USER, {
      input: {
        email: `aaa-${randomUUID()}@test.example`,
        displayName: '最初の管理者',
        password: 'admin-password-1',
        role: 'SITE_ADMIN',
        siteId: a.site.id,
      },
    });
    const { adminUsers } = await adminA.data(ADMIN_USERS, { siteId: a.site.id, first: 2 });
    expect(adminUsers.edges).toHaveLength(2);
    expect(adminUsers.pageInfo.hasNextPage).toBe(true);
    const rest = await operator.data(ADMIN_USERS, {
      siteId: a.site.id,
      first: 50,
      after: adminUsers.pageInfo.endCursor,
    });
    const all = [...adminUsers.edges, ...rest.adminUsers.edges].map((e) => e.node);
    expect(all.map((u) => u.id).sort()).toEqual(
      expect.arrayContaining([adminA.adminUserId, staffA.adminUserId]),
    );
    expect(all).toHaveLength(3);
    expect(all.map((u) => u.email)).toEqual(all.map((u) => u.email).sort());
    expect(all.every((u) => u.siteId === a.site.id)).toBe(true);

    expect(await adminB.errorCode(ADMIN_USERS, { siteId: a.site.id, first: 10 })).toBe('NOT_FOUND');
    expect(await adminB.errorCode(ADMIN_USERS, { siteId: 'not-a-uuid', first: 10 })).toBe('NOT_FOUND');
    expect(await operator.errorCode(ADMIN_USERS, { siteId: 'not-a-uuid', first: 10 })).toBe('NOT_FOUND');
    expect(await staffA.errorCode(ADMIN_USERS, { siteId: a.site.id, first: 10 })).toBe('FORBIDDEN');
  });
});
