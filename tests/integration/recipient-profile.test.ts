import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Campaign } from '../testkit/campaign.js';
import { TestServer } from '../testkit/server.js';
import { graphql } from '../testkit/generated/index.js';

let server: TestServer;
beforeAll(async () => {
  server = await TestServer.start();
});
afterAll(() => server.close());

const UPDATE = graphql(`
  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {
    updateMyProfile(input: $input) {
      email
      phone
      language
      reminderOptIn
    }
  }
`);
const REMINDER = graphql(`
  mutation SetReminderOptIn($enabled: Boolean!) {
    setReminderOptIn(enabled: $enabled) {
      reminderOptIn
    }
  }
`);

describe('a recipient’s own profile', () => {
  it('an address added after registration makes reminders possible; removing it switches them off', async () => {
    const campaign = await Campaign.create(server);
    const [person] = await campaign.recipients(1);
    expect(await person!.errorCode(REMINDER, { enabled: true })).toBe('BAD_USER_INPUT');

    const added = await person!.data(UPDATE, {
      input: { email: 'Hanako@Example.JP', language: 'EN' },
    });
    expect(added.updateMyProfile).toMatchObject({ email: 'hanako@example.jp', language: 'EN' });
    expect(await person!.data(REMINDER, { enabled: true })).toEqual({
      setReminderOptIn: { reminderOptIn: true },
    });

    const removed = await person!.data(UPDATE, {
      input: { email: '' },
    });
    expect(removed.updateMyProfile).toMatchObject({ email: null, reminderOptIn: false });
  });

  it('a malformed address is a BAD_USER_INPUT error and changes nothing', async () => {
    const campaign = await Campaign.create(server);
    const [person] = await campaign.recipients(1);
    expect(await person!.errorCode(UPDATE, { input: { email: 'not an address' } })).toBe('BAD_USER_INPUT');
    const { me } = await person!.data(
      graphql(`
        query MyEmail {
          me {
            email
          }
        }
      `),
    );
    expect(me.email).toBeNull();
  });
});
