/**
 * Creates an API key for the HR system, logged in as a site admin (or the operator) with email and password.
 * Prints the secret once, on a line of its own: store it in your secret store at once. A site admin's own
 * site is used unless --site names one (operators must name it); the site id is printed to stderr.
 *
 *   npx tsx examples/hr-sync/create-key.ts --url https://…/graphql [--site <siteId>] \
 *     --email admin@example.jp --password … [--name 人事システム] \
 *     [--scopes ROSTER_READ,ROSTER_WRITE,BOOK_ON_BEHALF,RECORDS_READ,WEBHOOKS_MANAGE] [--expires 2027-03-31T15:00:00Z]
 *
 * Environment: VACCINATION_API_URL, VACCINATION_SITE_ID, VACCINATION_ADMIN_EMAIL, VACCINATION_ADMIN_PASSWORD.
 */
import { parseArgs } from 'node:util';
import { ApiClient, ApiError, runIfMain, UsageError } from './client.js';

const ALL_SCOPES = ['ROSTER_READ', 'ROSTER_WRITE', 'BOOK_ON_BEHALF', 'RECORDS_READ', 'WEBHOOKS_MANAGE'];

export async function main(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      url: { type: 'string' },
      site: { type: 'string' },
      email: { type: 'string' },
      password: { type: 'string' },
      name: { type: 'string', default: 'HR system' },
      scopes: { type: 'string', default: ALL_SCOPES.join(',') },
      expires: { type: 'string' },
    },
  });
  const url = values.url ?? env.VACCINATION_API_URL;
  let siteId = values.site ?? env.VACCINATION_SITE_ID;
  const email = values.email ?? env.VACCINATION_ADMIN_EMAIL;
  const password = values.password ?? env.VACCINATION_ADMIN_PASSWORD;
  if (!url || !email || !password)
    throw new UsageError(
      'usage: create-key.ts --url … [--site …] --email … --password … [--name …] [--scopes A,B] [--expires ISO]',
    );

  // 1. Log in as the admin: a session token, used only to create the key.
  const anonymous = new ApiClient({ url, key: '' });
  const { adminLogin } = await anonymous.request<{
    adminLogin: {
      ok: boolean;
      token: string | null;
      admin: { siteId: string | null } | null;
      error: { code: string; message: string } | null;
    };
  }>(
    `mutation Login($input: AdminLoginInput!) {
      adminLogin(input: $input) { ok token admin { siteId } error { code message } }
    }`,
    { input: { email, password } },
  );
  if (!adminLogin.ok || !adminLogin.token)
    throw new ApiError(adminLogin.error?.message ?? 'login failed', adminLogin.error?.code ?? 'LOGIN_FAILED');
  const admin = new ApiClient({ url, key: adminLogin.token });
  // A site admin's own site unless --site names one (an operator must name it).
  siteId ??= adminLogin.admin?.siteId ?? undefined;
  if (!siteId) throw new UsageError('--site is required for an operator');

  // 2. Create the key. The answer's `secret` is shown here only.
  const { createApiKey } = await admin.request<{
    createApiKey: {
      secret: string;
      apiKey: { id: string; prefix: string; lastFour: string; scopes: string[] };
    };
  }>(
    `mutation CreateKey($input: CreateApiKeyInput!) {
      createApiKey(input: $input) { secret apiKey { id prefix lastFour scopes } }
    }`,
    {
      input: {
        siteId,
        name: values.name,
        scopes: values.scopes
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean),
        expiresAt: values.expires ?? null,
      },
    },
  );

  // 3. End the admin's session: the HR system runs on the key from now on.
  await admin.request(`mutation { logout }`).catch(() => undefined);

  console.error(
    `site ${siteId}: key ${createApiKey.apiKey.id} (${createApiKey.apiKey.prefix}…${createApiKey.apiKey.lastFour}) scopes ${createApiKey.apiKey.scopes.join(',')}`,
  );
  console.log(createApiKey.secret);
  return 0;
}

runIfMain(import.meta.url, (argv) => main(argv));
