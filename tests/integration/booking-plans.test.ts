import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Campaign } from '../testkit/campaign.js';
import { TestServer } from '../testkit/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await TestServer.start();
});
afterAll(() => server.close());

/** The generic plan of a statement the pool prepared, as PostgreSQL would run it for any parameters. */
async function genericPlan(name: string): Promise<string> {
  const [prepared] = await server.query<{ statement: string }>(
    `select statement from pg_prepared_statements where name = ?`,
    [name],
  );
  // The pool prepares them all in one message (connectionSetup): take this one's text.
  const own = prepared!.statement.split(';\n').find((part) => part.startsWith(`prepare ${name}(`))!;
  const text = own.replace(/^prepare \w+\([^)]*\) as /, '');
  const rows = await server.query<{ 'QUERY PLAN': string }>(`explain (generic_plan) ${text}`);
  return rows.map((row) => row['QUERY PLAN']).join('\n');
}

describe('the booking message plans', () => {
  it('a confirmation looks its ticket and recipient up by key, also when almost no recipient has a mail address', async () => {
    const campaign = await Campaign.create(server);
    // Thousands of recipients without an address, as an imported roster often is; the statistics then say
    // that `email is not null` holds for almost no row, which once made the plain join scan them all.
    await server.query(
      `with t as (
         insert into ticket (site_id, number, birth_date, kind)
         select ?, (7000000000 + n)::text, date '1960-04-01', 'REAL' from generate_series(1, 3000) n
         returning id)
       insert into recipient (ticket_id, family_name_kana, given_name_kana, password_hash, terms_accepted_at)
       select id, 'テスト', 'タロウ', 'x', now() from t`,
      [campaign.site.id],
    );
    await server.query(`analyze ticket, recipient`);

    const plan = await genericPlan('queue_booking_confirmations');
    expect(plan).toMatch(/Index Scan using ticket_pkey on ticket/);
    expect(plan).toMatch(/Index Scan using recipient_pkey on recipient/);
    expect(plan).not.toMatch(/Seq Scan on (ticket|recipient)/);
  });
});
