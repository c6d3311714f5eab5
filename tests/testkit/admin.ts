import { randomUUID } from 'node:crypto';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { Campaign } from './campaign.js';
import type { Caller } from './graphql-client.js';
import { expect } from 'vitest';
import {
  ADMIN_LOGIN,
  ASSIGN_STAFF_VENUES,
  COMMIT_IMPORT,
  CREATE_ADMIN_USER,
  PREVIEW_IMPORT,
} from './operations.js';
import type { TestServer } from './server.js';

/** POSTs raw file bytes to /uploads as an HR system's curl would; returns the parsed JSON and status. */
export async function upload(
  server: TestServer,
  token: string | undefined,
  bytes: Uint8Array,
  filename = 'file.csv',
): Promise<{ status: number; body: { uploadId?: string; size?: number; error?: { code: string } } }> {
  const response = await fetch(
    `http://127.0.0.1:${server.app.port}/uploads?filename=${encodeURIComponent(filename)}`,
    {
      method: 'POST',
      headers: { 'content-type': 'text/csv', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: bytes,
    },
  );
  return { status: response.status, body: (await response.json()) as never };
}

/** Creates an admin user of `role` for the campaign's site through the API and logs them in. */
export async function adminOf(
  campaign: Campaign,
  role: 'SITE_ADMIN' | 'VENUE_STAFF',
  venueIds: string[] = [],
): Promise<Caller & { adminUserId: string }> {
  const email = `${role.toLowerCase()}-${randomUUID()}@test.example`;
  const password = 'admin-password-1';
  const { createAdminUser } = await campaign.operator.data(CREATE_ADMIN_USER, {
    input: {
      email,
      displayName: `${role} of ${campaign.site.code}`,
      password,
      role,
      siteId: campaign.site.id,
    },
  });
  if (role === 'VENUE_STAFF') {
    await campaign.operator.data(ASSIGN_STAFF_VENUES, {
      input: { adminUserId: createAdminUser.id, venueIds },
    });
  }
  const { adminLogin } = await campaign.server.caller().data(ADMIN_LOGIN, { input: { email, password } });
  return Object.assign(campaign.server.caller(adminLogin.token), { adminUserId: createAdminUser.id });
}

export type Preview = ResultOf<typeof PREVIEW_IMPORT>['previewImport'];
export type Commit = ResultOf<typeof COMMIT_IMPORT>['commitImport'];

/** Uploads a file and previews it as an import; `commit()` then commits the previewed import. */
export async function importFile(
  server: TestServer,
  admin: Caller,
  siteId: string,
  kind: 'VALID_TICKETS' | 'BULK_BOOKING' | 'ISSUANCE' | 'REAL_TICKET_LINKS',
  bytes: Uint8Array,
): Promise<{ preview: Preview; commit: () => Promise<Commit> }> {
  const uploaded = await upload(server, admin.token, bytes);
  expect(uploaded.status).toBe(201);
  const { previewImport } = await admin.data(PREVIEW_IMPORT, {
    input: { siteId, uploadId: uploaded.body.uploadId!, kind },
  });
  return {
    preview: previewImport,
    commit: async () =>
      (
        await admin.data(COMMIT_IMPORT, {
          input: { importId: previewImport.importId },
        })
      ).commitImport,
  };
}

export function csv(lines: string[]): string {
  return `${lines.join('\r\n')}\r\n`;
}
