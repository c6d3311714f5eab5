import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { emailLooksValid, normalizeEmail } from '../../auth/contact-input';

const UpdateMyEmailMutation = graphql(`
  mutation UpdateMyEmail($input: UpdateMyProfileInput!) {
    updateMyProfile(input: $input) {
      siteCode
      ticketNumber
      email
      reminderOptIn
    }
  }
`);

/** Adds, changes or removes the address reminders go to; the cached profile updates from the result. */
export function useUpdateMyEmail() {
  const [mutate, { loading }] = useMutation(UpdateMyEmailMutation);
  const save = async (email: string): Promise<'saved' | 'invalid'> => {
    // A full-width ＠ typed on a Japanese keyboard is an @; a malformed address never leaves the page.
    const normalized = normalizeEmail(email);
    if (normalized && !emailLooksValid(normalized)) return 'invalid';
    try {
      await mutate({ variables: { input: { email: normalized } } });
      return 'saved';
    } catch (error) {
      const code = (error as { errors?: { extensions?: { code?: string } }[] }).errors?.[0]?.extensions?.code;
      if (code === 'BAD_USER_INPUT') return 'invalid';
      throw error;
    }
  };
  return { save, loading };
}
