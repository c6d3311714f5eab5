import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';

const SetReminderOptInMutation = graphql(`
  mutation SetReminderOptIn($enabled: Boolean!) {
    setReminderOptIn(enabled: $enabled) {
      siteCode
      ticketNumber
      reminderOptIn
    }
  }
`);

/** Switches the day-before reminder mail; the profile in the cache updates from the result. */
export function useReminderOptIn() {
  const [mutate, { loading, error }] = useMutation(SetReminderOptInMutation);
  const setOptIn = async (enabled: boolean) => {
    await mutate({ variables: { enabled } });
  };
  return { setOptIn, loading, error };
}
